import ContrasteNormalizer
import ContrasteTemporal
import Foundation
import Testing

/// Offsets, quotes, order and the `Article` entry point.
@Suite struct MentionAPITests {
  /// The original text of a scalar range.
  static func slice(_ text: String, _ range: Range<Int>) -> String {
    String(String.UnicodeScalarView(Array(text.unicodeScalars)[range]))
  }

  @Test func offsetsCountUnicodeScalarsOfTheOriginalText() throws {
    let text = "🎉 Se inauguro\u{301} el 5 de mayo de 2025 con “fiesta” popular."
    let mention = try #require(try TaggerFixture.tag(text, dct: nil).first)
    #expect(mention.text == "5 de mayo de 2025")
    #expect(Self.slice(text, mention.range) == mention.text)
    #expect(mention.range.lowerBound == 18)
  }

  @Test func quotesKeepTheOriginalCharacters() throws {
    let text = "La sesión del 11\u{A0}de DICIEMBRE de 2025 terminó tarde."
    let mention = try #require(try TaggerFixture.tag(text, dct: nil).first)
    #expect(mention.text == "11\u{A0}de DICIEMBRE de 2025")
    #expect(Self.slice(text, mention.range) == mention.text)
    #expect(mention.value == "2025-12-11")
  }

  @Test func decomposedAccentsStillSignalTheTense() throws {
    // `celebrara\u{301}` is `celebrará` written with a combining accent: a future.
    let mention = try #require(
      try TaggerFixture.tag("La junta se celebrara\u{301} el 2 de diciembre.", dct: "2025-12-16").first)
    #expect(mention.value == "2026-12-02")
  }

  @Test func mentionsAreSortedAndDoNotOverlap() throws {
    let text = "Ayer, a las 9:00 horas, y hoy 16 de diciembre, durante tres horas, cada año."
    let mentions = try TaggerFixture.tag(text, dct: "2025-12-16")
    #expect(mentions.map(\.text) == ["Ayer", "9:00 horas", "hoy", "16 de diciembre", "tres horas", "cada año"])
    for (first, second) in zip(mentions, mentions.dropFirst()) {
      #expect(first.range.upperBound <= second.range.lowerBound)
    }
  }

  @Test func eachLineIsReadOnItsOwn() throws {
    let mentions = try TaggerFixture.tag("La cita fue el 11 de\ndiciembre de 2025.", dct: nil)
    #expect(mentions.map(\.text) == ["diciembre de 2025"])
  }

  @Test func theArticleEntryPointSkipsBoilerplateAndUsesTheArticleDate() throws {
    let text =
      " date 2025-12-11 Foto del 3 de marzo de 2024. Crédito: archivo\n\nEl encuentro se realizó ayer en la capital.\n"
    let article = try ArticleReader().article(id: "a", source: "test", text: text)
    let mentions = try TaggerFixture.tagger().tag(article)
    #expect(mentions.map(\.text) == ["ayer"])
    #expect(mentions.first?.value == "2025-12-10")
  }

  @Test func mentionsRoundTripThroughJSON() throws {
    let mentions = try TaggerFixture.tag("A partir del 1 de enero de 2026 y durante tres semanas.", dct: "2025-12-16")
    let data = try JSONEncoder().encode(mentions)
    let decoded = try JSONDecoder().decode([TemporalMention].self, from: data)
    #expect(decoded == mentions)
  }
}
