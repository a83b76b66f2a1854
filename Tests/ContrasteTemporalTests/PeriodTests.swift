import ContrasteTemporal
import Testing

/// Months, years, parts of periods, quarters, decades and ranges (DCT Tuesday 2025-12-16).
@Suite struct PeriodTests {
  static let periodCases: [TagCase] = [
    TagCase("La planta cerró en marzo de 2024 por falta de insumos.", "marzo de 2024 → 2024-03"),
    TagCase("Las obras se reanudarán en enero, de acuerdo con la constructora.", "enero → 2026-01"),
    TagCase("La inflación repuntó en julio y agosto.", "julio → 2025-07", "agosto → 2025-08"),
    TagCase("La cifra de homicidios es la más alta desde 2019.", "2019 → 2019"),
    TagCase("El padrón se actualizó en el 2024 con datos del censo.", "2024 → 2024"),
    TagCase("El informe anual correspondiente a 2024 llegó con retraso.", "2024 → 2024"),
    TagCase("A mediados de enero se publicará la convocatoria.", "mediados de enero → 2026-01"),
    TagCase("A principios de 2025 la empresa despidió a 500 trabajadores.", "principios de 2025 → 2025"),
    TagCase("A finales del mes pasado el precio del gas subió.", "finales del mes pasado → 2025-11"),
    TagCase("La encuesta se levantó durante el tercer trimestre de 2025.", "tercer trimestre de 2025 → 2025-Q3"),
    TagCase("El último trimestre del año suele concentrar las ventas.", "último trimestre del año → 2025-Q4"),
    TagCase("En los años ochenta la ciudad creció sin planeación.", "años ochenta → 198"),
    TagCase("A finales de los noventa la banca fue rescatada.", "finales de los noventa → 199"),
    TagCase("El templo data del siglo XVI.", "siglo XVI → 15"),
    TagCase("El verano de 2025 fue el más caluroso del que se tiene registro.", "verano de 2025 → 2025-SU"),
    TagCase("El presupuesto de 2026 prevé recortes en salud.", "2026 → 2026"),
  ]

  static let rangeCases: [TagCase] = [
    TagCase(
      "La exposición podrá visitarse de marzo a junio de 2026.", "marzo → 2026-03", "junio de 2026 → 2026-06"),
    TagCase("El congreso se celebrará del 9 al 11 de marzo.", "9 → 2026-03-09", "11 de marzo → 2026-03-11"),
    TagCase("Las tarifas subirán entre el 2 y el 5 de enero.", "2 → 2026-01-02", "5 de enero → 2026-01-05"),
    TagCase(
      "Las oficinas cerrarán del 22 de diciembre al 2 de enero.", "22 de diciembre → 2025-12-22",
      "2 de enero → 2026-01-02"),
    TagCase(
      "Los días 3, 4 y 5 de febrero habrá cortes de agua.", "3 → 2026-02-03", "4 → 2026-02-04",
      "5 de febrero → 2026-02-05"),
    TagCase("Entre 2020 y 2024 la deuda creció 30 %.", "2020 → 2020", "2024 → 2024"),
    TagCase(
      "La cumbre será desde el lunes 29 hasta el viernes 2 de enero.", "lunes 29 → 2025-12-29",
      "viernes 2 de enero → 2026-01-02"),
  ]

  @Test(arguments: periodCases) func periods(_ testCase: TagCase) throws { try testCase.check() }
  @Test(arguments: rangeCases) func ranges(_ testCase: TagCase) throws { try testCase.check() }

  @Test func partsCarryTheirModifier() throws {
    let mentions = try TaggerFixture.tag(
      "A principios de marzo, a mediados de abril y a finales de mayo de 2026 habrá revisiones.", dct: "2025-12-16")
    #expect(mentions.map(\.mod) == [.start, .mid, .end])
    let end = try #require(mentions.last)
    #expect(end.value == "2026-05")
    #expect(end.interval?.lowerBound == (try TaggerFixture.day("2026-05-21")))
    #expect(end.interval?.upperBound == (try TaggerFixture.day("2026-05-31")))
  }

  @Test func rangeEndsAreMarkedAndTheFirstBorrowsItsMonth() throws {
    let mentions = try TaggerFixture.tag("El festival será del 13 al 15 de julio de 2026.", dct: "2025-12-16")
    #expect(mentions.map(\.rangeRole) == [.from, .to])
    let first = try #require(mentions.first)
    #expect(first.text == "13")
    #expect(first.value == "2026-07-13")
    #expect(first.anchor == .absolute)
  }

  @Test func aStartIsNotARange() throws {
    let mention = try #require(
      try TaggerFixture.tag("A partir del 1 de enero de 2026 aumentará el salario mínimo.", dct: "2025-12-16").first)
    #expect(mention.isStart)
    #expect(mention.rangeRole == nil)
    #expect(mention.value == "2026-01-01")
  }
}
