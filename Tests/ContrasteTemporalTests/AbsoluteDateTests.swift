import Testing

/// Dates written in full: the DCT plays no part (DCT 2025-12-16 unless given).
@Suite struct AbsoluteDateTests {
  static let cases: [TagCase] = [
    TagCase(
      "La cancillería confirmó que el tratado se firmó el 4 de noviembre de 2024 en Lima.",
      "4 de noviembre de 2024 → 2024-11-04"),
    TagCase("Las obras arrancaron el 1º de marzo de 2023, según el ayuntamiento.", "1º de marzo de 2023 → 2023-03-01"),
    TagCase("El decreto rige desde el primero de julio de 2025.", "primero de julio de 2025 → 2025-07-01"),
    TagCase(
      "El contrato se suscribió el veintiocho de febrero de dos mil veinticuatro ante notario.",
      "veintiocho de febrero de dos mil veinticuatro → 2024-02-28"),
    TagCase("Según el acta, la sesión del 03/10/2024 se suspendió por falta de quórum.", "03/10/2024 → 2024-10-03"),
    TagCase("La empresa presentó su balance el 2025-06-30 ante la comisión de valores.", "2025-06-30 → 2025-06-30"),
    TagCase("El pago vence el 15-01-2026, advirtió la tesorería municipal.", "15-01-2026 → 2026-01-15"),
    TagCase("La inflación de nov. 2025 se ubicó por debajo de lo previsto.", "nov. 2025 → 2025-11"),
    TagCase(
      "Quito, noviembre 28, 2025. La asamblea aprobó el presupuesto anual.", "noviembre 28, 2025 → 2025-11-28"),
    TagCase(
      "LA CORTE RESOLVIÓ EL 9 DE OCTUBRE DE 2025 A FAVOR DE LOS EJIDATARIOS.", "9 DE OCTUBRE DE 2025 → 2025-10-09"),
    TagCase(
      "Los diputados votaron el 20 de noviembre del 2025 la nueva ley de aguas.",
      "20 de noviembre del 2025 → 2025-11-20"),
    TagCase("La feria se inaugurará el 5 de marzo de 2026 en el recinto ferial.", "5 de marzo de 2026 → 2026-03-05"),
    TagCase(
      "El sabado 6 de diciembre de 2025 se celebro la marcha sin incidentes.",
      "sabado 6 de diciembre de 2025 → 2025-12-06"),
    TagCase("El 12/25/2025 figura como fecha de entrega en la factura.", "12/25/2025 → 2025-12-25"),
    TagCase("El proyecto concluirá en dos mil veintiocho, según el calendario oficial.", "dos mil veintiocho → 2028"),
    TagCase("La convención se realizó el 3 DICIEMBRE 2025 en Guadalajara.", "3 DICIEMBRE 2025 → 2025-12-03"),
    TagCase("El 11.12.2025 quedó registrado como fecha de la denuncia.", "11.12.2025 → 2025-12-11"),
    TagCase("Once de diciembre de 2025: la fecha quedó grabada en Culiacán.", "Once de diciembre de 2025 → 2025-12-11"),
    TagCase(
      "El convenio, firmado el 14 de marzo de 2022, venció el 14 de marzo de 2025.",
      "14 de marzo de 2022 → 2022-03-14", "14 de marzo de 2025 → 2025-03-14"),
    TagCase("La fundación opera desde 1998 en la sierra Tarahumara.", "1998 → 1998"),
    TagCase("La norma rige desde el 1.º de enero de 2026 en todo el país.", "1.º de enero de 2026 → 2026-01-01"),
    TagCase("El 1ro. de mayo de 2025 marcharon miles de trabajadores.", "1ro. de mayo de 2025 → 2025-05-01"),
  ]

  @Test(arguments: cases) func resolvesTheWrittenDate(_ testCase: TagCase) throws { try testCase.check() }

  @Test func absoluteDatesAreAnchoredToNothing() throws {
    let mentions = try TaggerFixture.tag("El tratado se firmó el 4 de noviembre de 2024 en Lima.", dct: nil)
    let mention = try #require(mentions.first)
    #expect(mention.anchor == .absolute)
    #expect(mention.type == .date)
    #expect(mention.granularity == .day)
    #expect(!mention.timex.yearIsUnknown)
  }

  @Test func aWrongWeekdayIsReportedAndTheDateWins() throws {
    // 11 November 2025 was a Tuesday.
    let mentions = try TaggerFixture.tag("El juicio comenzó el miércoles 11 de noviembre de 2025 en Toluca.", dct: nil)
    let mention = try #require(mentions.first)
    #expect(mention.value == "2025-11-11")
    let diagnostic = try #require(mention.diagnostics.first)
    #expect(diagnostic.kind == .weekdayMismatch)
    #expect(diagnostic.writtenWeekday == 3)
    #expect(diagnostic.actualWeekday == 2)
  }

  @Test func aRightWeekdayRaisesNoDiagnostic() throws {
    let mentions = try TaggerFixture.tag("El jueves 11 de diciembre de 2025 se instaló la mesa de diálogo.", dct: nil)
    let mention = try #require(mentions.first)
    #expect(mention.value == "2025-12-11")
    #expect(mention.diagnostics.isEmpty)
  }
}
