import Testing

/// Words counted from the DCT: days, weekdays, weeks, months, years (DCT Tuesday 2025-12-16).
@Suite struct RelativeTests {
  static let daysCases: [TagCase] = [
    TagCase("El gobernador rindió ayer su primer informe de gobierno.", "ayer → 2025-12-15"),
    TagCase("El tribunal notificará mañana la resolución a las partes.", "mañana → 2025-12-17"),
    TagCase("La ceremonia será pasado mañana en el Palacio de Bellas Artes.", "pasado mañana → 2025-12-18"),
    TagCase("Anteayer se registró un apagón en el norte de la ciudad.", "Anteayer → 2025-12-14"),
    TagCase("Antier detuvieron a dos presuntos extorsionadores en Tepito.", "Antier → 2025-12-14"),
    TagCase("HOY INICIA LA VENTA DE BOLETOS PARA EL CLÁSICO.", "HOY → 2025-12-16"),
    TagCase("A partir de mañana, el metro abrirá una hora antes.", "mañana → 2025-12-17", "una hora → PT1H"),
  ]

  static let partsOfDayCases: [TagCase] = [
    TagCase("Anoche cayó una fuerte granizada sobre el valle.", "Anoche → 2025-12-15TNI"),
    TagCase("Por la mañana, los vecinos retiraron el lodo de las calles.", "Por la mañana → 2025-12-16TMO"),
    TagCase("Los comerciantes abrieron temprano esta mañana pese al frío.", "esta mañana → 2025-12-16TMO"),
    TagCase("Una mañana de octubre el escritor llegó a Oaxaca.", "octubre → 2025-10"),
    TagCase("El ministro viajó ayer por la tarde a Bruselas.", "ayer por la tarde → 2025-12-15TAF"),
    TagCase("El equipo entrenará mañana por la mañana en el estadio.", "mañana por la mañana → 2025-12-17TMO"),
    TagCase("Esta noche se apagarán las luces del Zócalo.", "Esta noche → 2025-12-16TNI"),
    TagCase(
      "La mañana de este 11 de diciembre se reunieron los gabinetes.",
      "La mañana de este 11 de diciembre → 2025-12-11TMO"),
    TagCase("La noche del sábado se desbordó el río.", "La noche del sábado → 2025-12-13TNI"),
    TagCase("En la conferencia mañanera se habló del tema."),
  ]

  static let weekdaysCases: [TagCase] = [
    TagCase("La asamblea se reunió este lunes en la sede sindical.", "este lunes → 2025-12-15"),
    TagCase("La asamblea se reunirá este jueves en la sede sindical.", "este jueves → 2025-12-18"),
    TagCase("El alcalde inauguró el sábado el nuevo mercado.", "sábado → 2025-12-13"),
    TagCase("El alcalde inaugurará el sábado el nuevo mercado.", "sábado → 2025-12-20"),
    TagCase("El martes pasado se desplomó una barda en Iztapalapa.", "El martes pasado → 2025-12-09"),
    TagCase("El próximo martes vence el plazo para pagar el predial.", "El próximo martes → 2025-12-23"),
    TagCase("Este martes la Suprema Corte discutió el proyecto.", "Este martes → 2025-12-16"),
    TagCase("El domingo, miles de fieles llegaron a la Basílica.", "domingo → 2025-12-14"),
    TagCase("Los manifestantes marcharon el miércoles pasado hacia el Senado.", "el miércoles pasado → 2025-12-10"),
  ]

  static let periodsCases: [TagCase] = [
    TagCase("La semana pasada el peso se apreció frente al dólar.", "La semana pasada → 2025-W50"),
    TagCase("Esta semana concluye el periodo de sesiones.", "Esta semana → 2025-W51"),
    TagCase("El mes que viene entrará en vigor el nuevo reglamento.", "El mes que viene → 2026-01"),
    TagCase("El año pasado se vendieron 1,2 millones de autos.", "El año pasado → 2024"),
    TagCase("El próximo año habrá elecciones intermedias.", "El próximo año → 2026"),
    TagCase("Hace dos semanas comenzó el paro de transportistas.", "Hace dos semanas → 2025-W49"),
    TagCase("Hace tres meses se presentó la denuncia.", "Hace tres meses → 2025-09"),
    TagCase("Dentro de dos años se renovará el Congreso.", "Dentro de dos años → 2027"),
    TagCase("Dentro de diez días se conocerá el fallo.", "Dentro de diez días → 2025-12-26"),
    TagCase("Este año la cosecha de café fue la peor en una década.", "Este año → 2025", "una década → P10Y"),
    TagCase("El fin de semana pasado se registraron 40 accidentes.", "El fin de semana pasado → 2025-W50-WE"),
    TagCase("En lo que va de año se han registrado 300 incendios.", "lo que va de año → 2025"),
    TagCase("A mediados de la próxima semana bajarán las temperaturas.", "mediados de la próxima semana → 2025-W52"),
    TagCase("La empresa opera con pérdidas desde hace diez años.", "diez años → P10Y"),
  ]

  static let referencesCases: [TagCase] = [
    TagCase("Actualmente el organismo atiende a 3.000 familias.", "Actualmente → PRESENT_REF"),
    TagCase("Recientemente, la fiscalía abrió una carpeta de investigación.", "Recientemente → PAST_REF"),
    TagCase("Hasta el momento no hay personas detenidas.", "el momento → PRESENT_REF"),
    TagCase("El gobernador dijo que en el futuro habrá más hospitales.", "el futuro → FUTURE_REF"),
    TagCase("Ahora bien, nadie explicó el retraso."),
    TagCase("Hace años que no llovía así en la sierra.", "Hace años → PAST_REF"),
    TagCase("Durante años fue el hombre fuerte del partido.", "años → PXY"),
  ]

  @Test(arguments: daysCases) func relativeDays(_ testCase: TagCase) throws { try testCase.check() }
  @Test(arguments: partsOfDayCases) func partsOfDay(_ testCase: TagCase) throws { try testCase.check() }
  @Test(arguments: weekdaysCases) func weekdays(_ testCase: TagCase) throws { try testCase.check() }
  @Test(arguments: periodsCases) func relativePeriods(_ testCase: TagCase) throws { try testCase.check() }
  @Test(arguments: referencesCases) func vagueReferences(_ testCase: TagCase) throws { try testCase.check() }

  @Test func aPartOfDayIsATime() throws {
    let mention = try #require(try TaggerFixture.tag("Anoche cayó una granizada.", dct: "2025-12-16").first)
    #expect(mention.type == .time)
    #expect(mention.granularity == .partOfDay)
    #expect(mention.timex.partOfDay == .night)
    #expect(mention.anchor == .dct)
  }

  @Test func aPartitionStartIsFlagged() throws {
    let mention = try #require(
      try TaggerFixture.tag("A partir del próximo lunes cambiará el horario.", dct: "2025-12-16").first)
    #expect(mention.text == "próximo lunes")
    #expect(mention.value == "2025-12-22")
    #expect(mention.isStart)
  }

  @Test func relativeWordsStayOpenWithoutADCT() throws {
    let mentions = try TaggerFixture.tag("Ayer se reportaron lluvias y la semana próxima se votará la ley.", dct: nil)
    #expect(mentions.map(\.value) == ["XXXX-XX-XX", "XXXX-WXX"])
    #expect(mentions.allSatisfy { $0.anchor == .none })
  }

  @Test func weeksUseISONumbering() throws {
    let mention = try #require(try TaggerFixture.tag("La semana pasada nevó en la sierra.", dct: "2027-01-08").first)
    #expect(mention.value == "2026-W53")
    #expect(mention.interval?.lowerBound == (try TaggerFixture.day("2026-12-28")))
    #expect(mention.interval?.upperBound == (try TaggerFixture.day("2027-01-03")))
  }
}
