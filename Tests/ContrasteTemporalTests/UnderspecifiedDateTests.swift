import Testing

/// Dates without a year (or month): the DCT's year, moved by the tense (DCT Tuesday 2025-12-16).
@Suite struct UnderspecifiedDateTests {
  static let monthDays: [TagCase] = [
    TagCase("Los productores bloquearon la autopista el 2 de diciembre.", "2 de diciembre → 2025-12-02"),
    TagCase("La alcaldía inauguró el 20 de diciembre la pista de hielo.", "20 de diciembre → 2024-12-20"),
    TagCase("La comisión sesionará el 10 de diciembre para votar el dictamen.", "10 de diciembre → 2026-12-10"),
    TagCase("El festival se celebrará el 20 de diciembre en el malecón.", "20 de diciembre → 2025-12-20"),
    TagCase(
      "El pasado 30 de diciembre se registró una explosión en la refinería.", "El pasado 30 de diciembre → 2024-12-30"),
    TagCase(
      "El próximo 10 de diciembre vence el plazo para el refrendo.", "El próximo 10 de diciembre → 2026-12-10"),
    TagCase("Los alumnos regresarán a clases el 7 de enero.", "7 de enero → 2026-01-07"),
    TagCase("El sismo registrado el 19 de septiembre causó daños menores.", "19 de septiembre → 2025-09-19"),
    TagCase("La audiencia, prevista para el 5 de febrero, fue aplazada.", "5 de febrero → 2026-02-05"),
    TagCase("El 8 de enero se reanudará el juicio contra el exgobernador.", "8 de enero → 2026-01-08"),
    TagCase("Fue detenido el 23 de noviembre en un retén de la Guardia Nacional.", "23 de noviembre → 2025-11-23"),
    TagCase("El nuevo peaje comenzará a cobrarse el 2 de enero.", "2 de enero → 2026-01-02"),
    TagCase(
      "El ministro anunció que el 20 de enero se abrirá la convocatoria.", "20 de enero → 2026-01-20"),
    TagCase(
      "Hoy, 16 de diciembre, se cumplen cinco años del accidente.", "Hoy → 2025-12-16",
      "16 de diciembre → 2025-12-16", "cinco años → P5Y"),
    TagCase(
      "La comisión aprobó el 3 de marzo de 2024 el dictamen y lo publicó el 10 de abril.",
      "3 de marzo de 2024 → 2024-03-03", "10 de abril → 2024-04-10"),
  ]

  static let daysOfMonth: [TagCase] = [
    TagCase("El pago de aguinaldos se hará el día 20, informó la empresa.", "día 20 → 2025-12-20"),
    TagCase("La junta se reunió el 4 y aprobó el presupuesto.", "4 → 2025-12-04"),
    TagCase("La cosecha se perdió el día 28 por las heladas.", "día 28 → 2025-11-28"),
    TagCase("Los resultados se darán a conocer el día 2, según el instituto electoral.", "día 2 → 2026-01-02"),
    TagCase("La entrega se realizará antes del 31, advirtió la autoridad fiscal.", "31 → 2025-12-31"),
    TagCase(
      "El Congreso aprobó la reforma el 3 de marzo de 2024 y la publicó el día 5.",
      "3 de marzo de 2024 → 2024-03-03", "día 5 → 2024-03-05"),
  ]

  static let months: [TagCase] = [
    TagCase("Las remesas crecieron en octubre por segundo mes consecutivo.", "octubre → 2025-10"),
    TagCase("La licitación se publicará en febrero, anunció la secretaría.", "febrero → 2026-02"),
    TagCase(
      "Durante noviembre se registraron menos robos que el año anterior.", "noviembre → 2025-11",
      "el año anterior → 2024"),
    TagCase("La temporada de lluvias terminará a finales de octubre.", "finales de octubre → 2026-10"),
    TagCase("La economía se contrajo en el segundo trimestre, según el banco central.", "segundo trimestre → 2025-Q2"),
    TagCase("Las ventas crecerán en el primer trimestre, prevé la cámara de comercio.", "primer trimestre → 2026-Q1"),
    TagCase("El pasado mes de agosto la inflación se disparó.", "El pasado mes de agosto → 2025-08"),
    TagCase("La veda se levantará en marzo próximo.", "marzo próximo → 2026-03"),
  ]

  static let clauseCases: [TagCase] = [
    TagCase(
      "El ministro explicó que los pagos se harán en tres tramos: el primero, en febrero; el segundo, en junio, y el "
        + "tercero, a comienzos de octubre.",
      "febrero → 2026-02", "junio → 2026-06", "comienzos de octubre → 2026-10"),
    TagCase("El 1ro. de mayo marcharon miles de trabajadores.", "1ro. de mayo → 2025-05-01"),
  ]

  @Test(arguments: clauseCases) func tenseAcrossClauses(_ testCase: TagCase) throws { try testCase.check() }

  @Test(arguments: monthDays) func monthAndDay(_ testCase: TagCase) throws { try testCase.check() }
  @Test(arguments: daysOfMonth) func dayOfMonth(_ testCase: TagCase) throws { try testCase.check() }
  @Test(arguments: months) func monthsAndPeriods(_ testCase: TagCase) throws { try testCase.check() }

  @Test func theTenseUsedIsReported() throws {
    let past = try #require(
      try TaggerFixture.tag("La alcaldía inauguró el 20 de diciembre la pista.", dct: "2025-12-16").first)
    #expect(past.tense == .past)
    #expect(past.anchor == .dct)
    let future = try #require(
      try TaggerFixture.tag("La comisión sesionará el 10 de diciembre.", dct: "2025-12-16").first)
    #expect(future.tense == .future)
  }

  @Test func withoutAVerbTheNearestYearWins() throws {
    let mention = try #require(try TaggerFixture.tag("Cierre de la feria: 5 de enero.", dct: "2025-12-16").first)
    #expect(mention.value == "2026-01-05")
    #expect(mention.tense == .none)
  }
}
