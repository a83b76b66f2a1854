import ContrasteTemporal
import Testing

/// Without a DCT: relative words stay open, dates without a year take one from the text.
@Suite struct NoDCTTests {
  static let inferenceCases: [TagCase] = [
    TagCase(
      "El pasado 5 de mayo, durante la feria de 2024, se presentó el libro.", dct: nil,
      "El pasado 5 de mayo → 2024-05-05", "2024 → 2024"),
    TagCase("Ayer se reportaron lluvias en la sierra.", dct: nil, "Ayer → XXXX-XX-XX"),
    TagCase("El 14 de febrero se celebrará la boda colectiva.", dct: nil, "14 de febrero → XXXX-02-14"),
    TagCase(
      "La próxima reunión será en marzo de 2026; la anterior se celebró el 4 de diciembre.", dct: nil,
      "marzo de 2026 → 2026-03", "4 de diciembre → 2025-12-04"),
    TagCase(
      "El proyecto se entregó en junio de 2024 y se aprobó el 3 de agosto.", dct: nil, "junio de 2024 → 2024-06",
      "3 de agosto → 2024-08-03"),
    TagCase("La audiencia será el día 12 ante el juez.", dct: nil, "día 12 → XXXX-XX-12"),
    TagCase("En enero la producción cayó un 5 %.", dct: nil, "enero → XXXX-01"),
    TagCase("Esta mañana hubo un apagón.", dct: nil, "Esta mañana → XXXX-XX-XXTMO"),
    TagCase("El primer trimestre fue el peor del sector.", dct: nil, "primer trimestre → XXXX-Q1"),
  ]

  @Test(arguments: inferenceCases) func resolvesWithoutADCT(_ testCase: TagCase) throws { try testCase.check() }

  @Test func anInferredYearIsMarked() throws {
    let mentions = try TaggerFixture.tag(
      "Se informó que la siguiente reunión se llevará a cabo en enero de 2026; "
        + "la anterior fue el pasado 11 de diciembre.",
      dct: nil)
    let meeting = try #require(mentions.last)
    #expect(meeting.value == "2025-12-11")
    #expect(meeting.anchor == .inferred)
    #expect(meeting.timex.yearIsUnknown)
  }

  @Test func withoutAnyYearTheDateKeepsItsXs() throws {
    let mention = try #require(try TaggerFixture.tag("El pasado 30 de noviembre cerró la planta.", dct: nil).first)
    #expect(mention.value == "XXXX-11-30")
    #expect(mention.anchor == .none)
    #expect(mention.timex.yearIsUnknown)
    #expect(mention.interval == nil)
  }
}
