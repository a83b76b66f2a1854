import ContrasteClaims
import ContrasteNormalizer
import Testing

/// Extraction rules on sentences written for these tests.
@Suite("Extractor rules")
struct ExtractorRuleTests {
  let extractor: ClaimExtractor

  init() throws { extractor = try ClaimsTestSupport.extractor() }

  func claims(_ text: String) throws -> [Claim] {
    try extractor.extract(ClaimsTestSupport.article(text)).claims
  }

  func values(_ text: String, _ attribute: String) throws -> [String] {
    try claims(text).filter { $0.attribute == attribute }.map(\.value.key)
  }

  @Test(
    "Figures: numbers, hedges and units",
    arguments: [
      ("El sismo dejó al menos 12 muertos en la costa.", "figure.deaths", "atLeast 12"),
      ("El sismo dejó más de 125 heridos, según Protección Civil.", "figure.injured", "above 125"),
      ("El sismo dejó cerca de cuarenta heridos en la sierra.", "figure.injured", "about 40"),
      ("El operativo aseguró 1,2 toneladas de cocaína en el puerto.", "figure.seized", "exact 1200 kg"),
      ("El operativo aseguró mil 200 kilos de cocaína en el puerto.", "figure.seized", "exact 1200 kg"),
      ("El operativo aseguró 1.200 kilogramos de cocaína en el puerto.", "figure.seized", "exact 1200 kg"),
      ("El operativo terminó con una docena de detenidos.", "figure.detainees", "exact 12"),
      ("El sismo de magnitud 7,1 sacudió la capital.", "figure.magnitude", "exact 7.1"),
      ("El sismo, de magnitud 6.1, sacudió la costa.", "figure.magnitude", "exact 6.1"),
      ("El operativo dejó veintiocho detenidos.", "figure.detainees", "exact 28"),
      ("El operativo aseguró medio millón de pesos en efectivo.", "figure.money", "exact 500000 MXN"),
    ])
  func figures(text: String, attribute: String, value: String) throws {
    #expect(try values(text, attribute) == [value])
  }

  @Test func percentagesNeedWhatTheyAreOf() throws {
    #expect(
      try values("La votación del sismo dejó el 62 % de los votos a favor.", "figure.percentage-votos") == [
        "exact 62 %"
      ])
    #expect(
      try claims("Los aranceles del sismo van de 4 % a 12 %.").filter { $0.attribute.hasPrefix("figure") }.isEmpty)
  }

  @Test func numbersInsideDatesAreNotFigures() throws {
    let text = "MADRID, 4 de marzo de 2025.- El sismo del 2 de marzo dejó 3 muertos en 32 municipios."
    #expect(try claims(text).filter { $0.attribute.hasPrefix("figure") }.map(\.value.key) == ["exact 3"])
  }

  @Test func eventsWithBodyOrdinalAndRelations() throws {
    let text = """
      MÉXICO, 12 de diciembre de 2025.- El Grupo de Implementación de Seguridad celebró ayer su vigésima quinta \
      reunión en la Ciudad de México.

      La siguiente reunión del Grupo de Implementación de Seguridad se llevará a cabo en enero de 2026.

      La reunión anterior del Grupo de Implementación de Seguridad tuvo lugar en septiembre de 2025.
      """
    let claims = try claims(text)
    let events = Set(claims.filter { $0.attribute == "event" }.map(\.value.key))
    #expect(events == ["gis/reunion/24", "gis/reunion/25", "gis/reunion/26"])
    #expect(claims.first { $0.attribute == "date.happened" && $0.event == "gis/reunion/24" }?.value.key == "2025-09")
    #expect(claims.first { $0.attribute == "date.happened" && $0.event == "gis/reunion/25" }?.value.key == "2025-12-11")
    #expect(claims.first { $0.attribute == "date.happened" && $0.event == "gis/reunion/26" }?.value.key == "2026-01")
    #expect(claims.first { $0.attribute == "place" }?.value.key == "mx/cdmx")
  }

  @Test func rolesFromTitlesAppositionsAndStatus() throws {
    let text = """
      La reunión fue encabezada por la canciller Ana Ruiz Paredes, y participaron Luis Mora, subsecretario \
      para América del Norte y encargado de despacho de la Secretaría de Relaciones Exteriores, y el \
      gobernador Pedro Salas, que está bajo licencia.
      """
    let claims = try claims(text)
    #expect(
      Set(claims.filter { $0.attribute == "role" }.map(\.value.key)) == [
        "ana ruiz paredes=canciller", "luis mora=subsecretario-america-del-norte", "luis mora=canciller:acting",
        "pedro salas=gobernador:onLeave",
      ])
    #expect(claims.filter { $0.attribute == "leader" }.map(\.value.key) == ["ana ruiz paredes"])
    #expect(Set(claims.filter { $0.attribute == "participant" }.map(\.value.key)) == ["luis mora", "pedro salas"])
  }

  @Test func topicsFoldSynonyms() throws {
    let text = "Durante la reunión acordaron combatir el huachicol y el uso de sistemas aéreos no tripulados."
    #expect(try Set(values(text, "topic")) == ["robo-de-combustible", "drones"])
  }

  @Test func attributionIsRecorded() throws {
    let text = "La reunión terminó con 4 detenidos, según el comunicado de la Fiscalía."
    let figure = try #require(try claims(text).first { $0.attribute == "figure.detainees" })
    #expect(figure.attribution == "el comunicado de la Fiscalía")
  }

  @Test func boilerplateGivesNoClaims() throws {
    let text = """
      Por Marta Gil
      Crédito foto: la reunión de 2 de marzo con 40 heridos

      El sismo dejó 3 heridos.

      Otra reunión dejó 50 heridos
      """
    let claims = try claims(text)
    #expect(claims.filter { $0.attribute.hasPrefix("figure") }.map(\.value.key) == ["exact 3"])
  }

  @Test func everyClaimQuotesItsExactOriginalWords() throws {
    let text = "MÉXICO, 11 de enero de 2026.- México y Estados Unidos celebraron AYER la segunda reunión del GIS."
    let article = try ClaimsTestSupport.article(text)
    for claim in extractor.extract(article).claims {
      #expect(article.quote(claim.evidence.start..<claim.evidence.end) == claim.evidence.quote)
      #expect(article.location(of: claim.evidence.start) == (claim.evidence.line, claim.evidence.column))
    }
    let date = try #require(extractor.extract(article).claims.first { $0.attribute == "date.happened" })
    #expect(date.value.key == "2026-01-10")
    #expect(date.evidence.quote == "AYER")
  }

  /// An event announced unnamed (`sostendrán una reunión`) and named later takes the later key:
  /// its date is not claimed twice, and its event claim quotes where it is named.
  @Test func eventNamedLaterKeepsOneClaimPerValue() throws {
    let text = """
      México, 2 de marzo de 2026.- Los cancilleres de ambos países sostendrán una reunión el próximo jueves en la capital.

      La segunda reunión del Grupo de Implementación de Seguridad se celebrará el 5 de marzo de 2026 en la Ciudad de México.
      """
    let claims = try claims(text)
    let dates = claims.filter { $0.attribute == "date.happened" }
    #expect(dates.map(\.event) == ["gis/reunion/2"])
    #expect(dates.map(\.value.key) == ["2026-03-05"])
    #expect(dates.map(\.evidence.quote) == ["el próximo jueves"])
    let event = try #require(claims.first { $0.attribute == "event" })
    #expect(event.value.key == "gis/reunion/2")
    #expect(event.evidence.quote == "segunda reunión")
  }
}
