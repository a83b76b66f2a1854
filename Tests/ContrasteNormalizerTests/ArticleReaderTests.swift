import ContrasteNormalizer
import Foundation
import Testing

@Suite("Article reader")
struct ArticleReaderTests {
  let reader: ArticleReader

  init() throws { reader = try ArticleReader() }

  func read(_ path: String) throws -> Article {
    let result = reader.read(path: path, id: (path as NSString).lastPathComponent)
    #expect(result.errors.isEmpty, "\(result.errors)")
    return try #require(result.articles.first)
  }

  func quotes(_ article: Article, _ role: Boilerplate) -> [String] {
    article.segments.filter { $0.boilerplate == role }.map { article.quote($0.range) }
  }

  @Test func seed004TakesItsDateFromTheMetadataLine() throws {
    let article = try read(TestSupport.seed("004"))
    #expect(article.published?.value == "2025-12-11")
    #expect(article.published?.source == .metadataLine)
    let evidence = try #require(article.published?.evidence)
    #expect(article.quote(evidence) == "2025-12-11")
    #expect(article.lines.filter { $0.role == .credit }.count == 3)
    #expect(quotes(article, .credit).contains("Crédito: X @SRE_mx"))
    #expect(quotes(article, .metadata).last == "Crédito: X @SRE_mx")
    let headings = article.segments.filter { $0.kind == .heading }.map { article.quote($0.range) }
    #expect(headings.contains("Encuentro de la SRE y empresarios suecos"))
  }

  @Test func seed003TakesItsDateAndPlaceFromTheDateline() throws {
    let article = try read(TestSupport.seed("003"))
    #expect(article.published?.value == "2026-01-11")
    #expect(article.published?.source == .dateline)
    #expect(article.dateline?.place == "México")
    let dateline = try #require(article.dateline)
    #expect(article.quote(dateline.range) == "México, 11 de enero de 2026.-")
    #expect(article.location(of: dateline.range.lowerBound) == (3, 1))
    #expect(
      quotes(article, .relatedHeadline) == ["México plantea reforzar comunicación con Trump ante tensión por cárteles"])
    #expect(quotes(article, .bulletSummary).count == 1)
  }

  @Test(arguments: ["000", "001"])
  func seedsWithoutDateHaveNone(prefix: String) throws {
    let article = try read(TestSupport.seed(prefix))
    #expect(article.published == nil)
    #expect(article.segments.allSatisfy { $0.boilerplate == nil })
  }

  @Test func seed002MarksBylineCreditAndPlaceLine() throws {
    let article = try read(TestSupport.seed("002"))
    #expect(article.published == nil)
    #expect(article.dateline?.place == "Ciudad de México")
    #expect(quotes(article, .byline) == ["Judith Moreno"])
    #expect(quotes(article, .credit) == ["Crédito foto: Sergio F Cara (NotiPress)"])
  }

  @Test func windows1252ReadsToTheSameTextAsUTF8() throws {
    let utf8 = try read(TestSupport.fixture("utf8.txt"))
    let result = reader.read(path: TestSupport.fixture("windows1252.txt"), id: "windows1252.txt")
    let converted = try #require(result.articles.first)
    #expect(converted.text == utf8.text)
    #expect(converted.segments == utf8.segments)
    #expect(
      result.warnings.map(\.message) == [
        "not UTF-8; read as windows-1252 (ICU confidence 89%). Convert the file to UTF-8 to silence this warning, e.g. iconv -f windows-1252 -t UTF-8."
      ])
  }

  @Test func latin1IsDetected() throws {
    let result = reader.read(path: TestSupport.fixture("latin1.txt"), id: "latin1.txt")
    let article = try #require(result.articles.first)
    #expect(article.text.contains("Julián Ibáñez"))
    #expect(result.warnings.first?.message.hasPrefix("not UTF-8; read as ISO-8859-1") == true)
  }

  @Test func byteOrderMarkAndCRLFChangeNothingButOffsets() throws {
    let utf8 = try read(TestSupport.fixture("utf8.txt"))
    let bom = try read(TestSupport.fixture("bom.txt"))
    #expect(bom.text == utf8.text)
    #expect(bom.warnings.isEmpty)
    let crlf = try read(TestSupport.fixture("crlf.txt"))
    #expect(crlf.segments.map { crlf.quote($0.range) } == utf8.segments.map { utf8.quote($0.range) })
    #expect(
      crlf.segments.map { crlf.location(of: $0.range.lowerBound).line }
        == utf8.segments.map { utf8.location(of: $0.range.lowerBound).line })
    #expect(crlf.published?.value == "2025-03-03")
    #expect(crlf.dateline?.place == "OAXACA")
  }

  /// Front matter read by the quick path for plain lines and by the YAML parser for the rest
  /// gives what YAML means: quotes, escapes, colons inside values, comments; a repeated key is
  /// an error either way.
  @Test(arguments: [
    ("title: Sismo de 7.1 sacude Oaxaca", "Sismo de 7.1 sacude Oaxaca"),
    ("title: \"El sismo: una noche larga\"", "El sismo: una noche larga"),
    ("title: 'Lo que dijo el \"gobernador\"'", "Lo que dijo el \"gobernador\""),
    ("title: \"Cita \\\"textual\\\" del alcalde\"", "Cita \"textual\" del alcalde"),
    ("title: Balance: 12 heridos", nil),
    ("title: Inundaciones en Tabasco # borrador", "Inundaciones en Tabasco"),
    ("title:   Espacios de más   ", "Espacios de más"),
    ("title: Primero\ntitle: Segundo", nil),
    ("title: 'Primero'\ntitle: Segundo", nil),
    ("autor: Ana Ruiz\n\ntitle: Con línea en blanco", "Con línea en blanco"),
  ])
  func frontMatterValuesAreWhatYAMLSays(yaml: String, title: String?) throws {
    let text = "---\n\(yaml)\ndate: 2025-09-18\n---\n\nEl gobernador informó que hubo 12 heridos.\n"
    let article = try? reader.article(id: "fm.md", source: "fm.md", text: text, format: .markdown)
    #expect(article?.title == title)
    if title != nil { #expect(article?.published?.value == "2025-09-18") }
  }

  @Test func frontMatterGivesMetadata() throws {
    let article = try read(TestSupport.fixture("front-matter.md"))
    #expect(article.title == "Lluvias dejan 40 colonias inundadas en Monterrey")
    #expect(article.outlet == "El Norte Digital")
    #expect(article.url == "https://example.org/monterrey/lluvias-colonias")
    #expect(article.published == PublicationDate(DayDate(year: 2025, month: 9, day: 18)!, source: .frontMatter))
    #expect(article.lines.prefix(7).allSatisfy { $0.role == .frontMatter })
    let body = article.segments.filter { $0.boilerplate == nil && $0.kind == .sentence }
    #expect(body.first.map { article.location(of: $0.range.lowerBound).line } == 10)
  }

  @Test func metadataLineForm() throws {
    let article = try read(TestSupport.fixture("metadata-line.txt"))
    #expect(article.published?.value == "2025-07-21")
    #expect(article.lines.first?.role == .metadata)
  }

  @Test func datelineWithAgencyAndNoYear() throws {
    let article = try read(TestSupport.fixture("dateline-agency.txt"))
    #expect(article.published?.value == "XXXX-02-02")
    #expect(article.published?.source == .dateline)
    #expect(article.dateline?.place == "PUEBLA")
    #expect(quotes(article, .byline) == ["Por Ana Ruiz"])
  }

  /// An agency byline is recognised whether its accent is one scalar or a letter and a
  /// combining mark (text saved on a Mac often comes decomposed).
  @Test(arguments: ["Redacción", "Redaccio\u{301}n", "Por Redaccio\u{301}n"])
  func agencyBylineInEitherNormalForm(byline: String) throws {
    let text = """
      \(byline)
      OAXACA, Oax., 3 de marzo de 2026.- El cabildo aprobó ayer el presupuesto de obras para el año.
      """
    let article = try reader.article(id: "nota", source: "nota.txt", text: text)
    #expect(quotes(article, .byline) == [byline])
  }

  @Test func jsonlCorpusKeepsGoodRecordsPastBadLines() throws {
    let result = reader.read(path: TestSupport.fixture("corpus.jsonl"), id: "corpus.jsonl")
    #expect(result.articles.map(\.id) == ["nota-001", "nota-002", "nota-004"])
    #expect(result.articles.first?.outlet == "Diario del Sur")
    #expect(result.articles.first?.published?.source == .jsonl)
    // A JSONL record without a date falls back to its dateline (no year written).
    #expect(result.articles[1].published?.value == "XXXX-06-02")
    #expect(result.errors.count == 2)
  }

  @Test func corpusFolderReadsEveryGoodFileAndReportsTheRest() throws {
    let corpus = CorpusReader(reader: reader).read([TestSupport.path("Fixtures/reader")])
    let skipped = Set(corpus.skipped.map { ($0.path as NSString).lastPathComponent })
    #expect(
      skipped == [
        "bad-date.md", "corpus.jsonl", "empty.txt", "garbage.txt", "malformed.md", "nul.txt", "unterminated.md",
      ])
    #expect(corpus.articles.map(\.id).contains("utf8.txt"))
    #expect(corpus.articles.map(\.id).contains("nota-004"))
    #expect(!corpus.articles.map(\.id).contains("README.md"))
  }

  @Test func lineIndexCountsCRLFOnce() {
    let index = LineIndex("uno\r\ndos\ntres\rcuatro")
    #expect(index.location(of: 0) == (1, 1))
    #expect(index.location(of: 5) == (2, 1))
    #expect(index.location(of: 10) == (3, 2))
    #expect(index.location(of: 14) == (4, 1))
  }

  /// Each line role's boilerplate kind is the one of the same name, or none for lines later
  /// stages read.
  @Test(arguments: LineRole.allCases)
  func boilerplateOfALineRoleIsTheOneOfTheSameName(role: LineRole) {
    #expect(role.boilerplate == Boilerplate(rawValue: role.rawValue))
    #expect((role.boilerplate == nil) == [.body, .blank, .heading, .dateline].contains(role))
  }
}
