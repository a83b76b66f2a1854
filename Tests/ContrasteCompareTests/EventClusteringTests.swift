import ContrasteClaims
import ContrasteCompare
import ContrasteNormalizer
import Testing

/// Events without a body (an earthquake, an accident) are told apart by place and date, so that
/// an archive of many such events does not turn into contradictions between them.
@Suite("Clustering events without a body")
struct EventClusteringTests {
  func audit(_ texts: [(String, String)]) throws -> Audit {
    let reader = try ArticleReader()
    let articles = try texts.map { id, text in try reader.article(id: id, source: id, text: text) }
    return try Auditor(lexicon: Lexicon.bundled(), folder: reader.folder).audit(CorpusReader.Corpus(articles: articles))
  }

  func events(_ audit: Audit) -> [[String]] {
    audit.events.map { Array(Set($0.mentions.map(\.article))).sorted() }.sorted { $0.lexicographicallyPrecedes($1) }
  }

  @Test func sameDayInTwoStatesIsTwoEvents() throws {
    let audit = try audit([
      (
        "a.txt",
        "TEHUACÁN, Pue., 3 de mayo de 2026.- Un choque entre un autobús y un tráiler registrado el 2 de mayo en Tehuacán dejó 5 muertos, informaron las autoridades."
      ),
      (
        "b.txt",
        "TAPACHULA, Chis., 3 de mayo de 2026.- Un choque entre dos camiones registrado el 2 de mayo en Tapachula dejó 9 muertos, informó la Fiscalía estatal."
      ),
    ])
    #expect(events(audit) == [["a.txt"], ["b.txt"]])
    #expect(!audit.findings.contains { $0.kind == .contradiction })
  }

  @Test func samePlaceDaysApartIsOneEventWithAWrongDate() throws {
    let audit = try audit([
      (
        "a.txt",
        "JUCHITÁN, Oax., 3 de mayo de 2026.- Un sismo de magnitud 6,1 registrado el 2 de mayo en Juchitán dejó 5 muertos, informó Protección Civil."
      ),
      (
        "b.txt",
        "JUCHITÁN, Oax., 10 de mayo de 2026.- El sismo del 9 de mayo en Juchitán dejó 5 muertos, según Protección Civil."
      ),
    ])
    #expect(events(audit) == [["a.txt", "b.txt"]])
    let finding = try #require(audit.findings.first { $0.kind == .contradiction })
    #expect(finding.attribute == "date")
  }

  @Test func samePlaceYearsApartIsTwoEvents() throws {
    let audit = try audit([
      (
        "a.txt",
        "JUCHITÁN, Oax., 3 de mayo de 2024.- Un sismo de magnitud 6,1 registrado el 2 de mayo en Juchitán dejó 5 muertos, informó Protección Civil."
      ),
      (
        "b.txt",
        "JUCHITÁN, Oax., 10 de mayo de 2026.- El sismo del 9 de mayo en Juchitán dejó 12 muertos, según Protección Civil."
      ),
    ])
    #expect(events(audit) == [["a.txt"], ["b.txt"]])
    #expect(!audit.findings.contains { $0.kind == .contradiction })
  }

  @Test func vagueMentionThatFitsTwoEventsStandsAlone() throws {
    let audit = try audit([
      (
        "a.txt",
        "JUCHITÁN, Oax., 3 de mayo de 2024.- Un sismo registrado el 2 de mayo en Juchitán dejó 5 muertos, informó Protección Civil."
      ),
      (
        "b.txt",
        "JUCHITÁN, Oax., 10 de mayo de 2026.- Un sismo registrado el 9 de mayo en Juchitán dejó 12 muertos, informó Protección Civil."
      ),
      ("c.txt", "Un sismo en Juchitán dejó 30 muertos, según vecinos."),
      ("d.txt", "Un sismo en Juchitán dejó 2 muertos, según vecinos."),
    ])
    #expect(events(audit) == [["a.txt"], ["b.txt"], ["c.txt"], ["d.txt"]])
    #expect(!audit.findings.contains { $0.kind == .contradiction })
  }
}
