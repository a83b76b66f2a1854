import ContrasteClaims
import ContrasteCompare
import ContrasteNormalizer
import Testing

/// Death tolls rise: counts published on different days are updates, not contradictions.
@Suite("Toll updates")
struct TollUpdateTests {
  func audit(_ texts: [(String, String)]) throws -> Audit {
    let reader = try ArticleReader()
    let articles = try texts.map { id, text in try reader.article(id: id, source: id, text: text, format: .markdown) }
    return try Auditor(lexicon: Lexicon.bundled(), folder: reader.folder).audit(CorpusReader.Corpus(articles: articles))
  }

  static let first = """
    ---
    date: 2025-06-16
    ---
    Cinco personas murieron en el ataque armado contra un palenque de Tlaquepaque, informó la Fiscalía.
    """
  static let later = """
    ---
    date: 2025-06-18
    ---
    El ataque armado contra un palenque de Tlaquepaque ya suma 7 muertos, según la Fiscalía.
    """

  @Test func laterHigherTollIsAnUpdate() throws {
    let audit = try audit([("a.md", Self.first), ("b.md", Self.later)])
    let finding = try #require(audit.findings.first { $0.attribute == "figure.deaths" })
    #expect(finding.kind == .compatible)
    #expect(finding.severity == .warning)
    #expect(finding.message.id == "value.updated")
    #expect(finding.message.arguments["days"] == "2")
  }

  @Test func sameDayDifferentTollsContradict() throws {
    let sameDay = Self.later.replacingOccurrences(of: "2025-06-18", with: "2025-06-16")
    let audit = try audit([("a.md", Self.first), ("b.md", sameDay)])
    let finding = try #require(audit.findings.first { $0.attribute == "figure.deaths" })
    #expect(finding.kind == .contradiction)
    #expect(finding.severity == .error)
  }

  @Test func laterLowerTollStillContradicts() throws {
    let lower = Self.later.replacingOccurrences(of: "7 muertos", with: "3 muertos")
    let audit = try audit([("a.md", Self.first), ("b.md", lower)])
    #expect(audit.findings.contains { $0.attribute == "figure.deaths" && $0.kind == .contradiction })
  }

  /// Many articles per count: articles giving the same counts are weighed together, and one
  /// same-day pair among all the later-day ones still makes the contradiction.
  @Test func manyArticlesPerCountAreUpdatesUntilOnePairIsSameDay() throws {
    let firsts = (1...40).map { ("a\($0).md", Self.first + "\nNota \($0).") }
    let laters = (1...40).map { ("b\($0).md", Self.later + "\nNota \($0).") }
    let updated = try audit(firsts + laters)
    let tolls = updated.findings.filter { $0.attribute == "figure.deaths" }
    #expect(tolls.map(\.kind) == [.compatible])
    #expect(tolls.first?.message.id == "value.updated")

    let sameDay = Self.later.replacingOccurrences(of: "2025-06-18", with: "2025-06-16")
    let contradicted = try audit(firsts + laters + [("c.md", sameDay)])
    #expect(contradicted.findings.filter { $0.attribute == "figure.deaths" }.map(\.kind) == [.contradiction])
  }
}
