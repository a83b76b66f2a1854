import Testing

/// Numbers and words that are not temporal expressions (DCT Tuesday 2025-12-16).
@Suite struct NegativeTests {
  static let negativeCases: [TagCase] = [
    TagCase("El diputado presentó 18 iniciativas en el periodo ordinario."),
    TagCase("La Ley 5/2024 de protección de datos entró en vigor sin reglamento."),
    TagCase("El América goleó 4-0 al Toluca en el Estadio Azteca."),
    TagCase("El kilo de aguacate alcanzó los 90 pesos."),
    TagCase("La Secretaría reportó 2.150 casos de dengue."),
    TagCase("El 45 % de los hogares carece de drenaje."),
    TagCase("El 15 por ciento de los votos fue anulado."),
    TagCase("Para más información, llame al 800 123 4567."),
    TagCase("La autopista 57 quedó bloqueada por manifestantes."),
    TagCase("Los vecinos de la calle 16 de Septiembre denunciaron fugas."),
    TagCase("Los heridos fueron llevados al Hospital 20 de Noviembre."),
    TagCase("El expediente 345/2023 sigue abierto."),
    TagCase("El G20 y el G7 discutirán la deuda de los países pobres."),
    TagCase("Tres de cada cuatro estudiantes usan transporte público."),
    TagCase("En la mañanera el presidente habló de seguridad."),
    TagCase("«Mañana es otro día», cantaba el grupo en su primer disco."),
    TagCase("La unidad 2030 del metro sufrió una avería."),
    TagCase("Se vendieron 2024 boletos para el concierto."),
    TagCase("El COVID-19 sigue circulando en la región."),
    TagCase("El artículo 123 constitucional protege a los trabajadores."),
    TagCase("El equipo ocupa el lugar 15 de la tabla general."),
    TagCase("La cuenta oficial @SRE_mx difundió el comunicado."),
    TagCase("El XXV Congreso Nacional reunió a mil delegados."),
    TagCase("El lote 2023-B fue retirado de las farmacias."),
    TagCase("El precio cerró en 20,15 dólares por barril."),
    TagCase("El Boeing 737 aterrizó sin contratiempos."),
    TagCase("La colonia 5 de Mayo se quedó sin agua."),
    TagCase("El partido terminó 2-1 con gol en el minuto 90."),
    TagCase("El día 1 de su mandato el alcalde firmó diez decretos."),
    TagCase("Los precios van de 1500 a 2000 pesos por tonelada."),
  ]

  @Test(arguments: negativeCases) func findsNothing(_ testCase: TagCase) throws { try testCase.check() }

  @Test func aRealDateNextToALawIsStillFound() throws {
    try TagCase(
      "El Decreto 14/2024, publicado el 3 de abril de 2024, regula los drones.", "3 de abril de 2024 → 2024-04-03"
    ).check()
  }
}
