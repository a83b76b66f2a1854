import ContrasteClaims
import ContrasteNormalizer
import Foundation
import Testing

@testable import ContrasteCompare
@testable import ContrasteReport

/// The report's own JSON writer writes exactly what `JSONEncoder` writes with the report's options.
@Suite("JSON writer")
struct JSONWriterTests {
  func foundation(_ value: some Encodable) throws -> String {
    String(decoding: try ReportRenderer.jsonEncoder().encode(value), as: UTF8.self)
  }

  func written(_ value: some JSONWritable) -> String {
    var writer = JSONWriter()
    value.write(to: &writer, level: 0)
    return writer.text
  }

  @Test func everyElementOfTheSeedAuditMatchesFoundation() throws {
    let reader = try ArticleReader()
    let corpus = CorpusReader(reader: reader).read([ReportSnapshotTests.root + "/seeds"])
    let audit = try Auditor(lexicon: Lexicon.bundled(), folder: reader.folder).audit(corpus)
    #expect(!audit.findings.isEmpty && !audit.events.isEmpty && !audit.documents.isEmpty)
    for finding in audit.findings { #expect(try written(finding) == foundation(finding)) }
    for event in audit.events { #expect(try written(event) == foundation(event)) }
    for document in audit.documents { #expect(try written(document) == foundation(document)) }
    #expect(try written(audit.sourceClusters[0]) == foundation(audit.sourceClusters[0]))
    #expect(try ReportRenderer().render(audit, format: .json) == foundation(audit) + "\n")
  }

  static let awkward =
    "comillas \" barra \\ y / tab\t nl\n cr\r bs\u{08} ff\u{0C} nul\u{00} us\u{1F} del\u{7F} ls\u{2028} ñ 😀"

  static let evidence = Evidence(article: awkward, start: 0, end: 12_345_678, line: 10, column: -1, quote: awkward)

  /// Escapes in every string, empty arrays and objects, absent optionals, numbers of every
  /// width, message keys that sort differently by bytes and by locale.
  static let awkwardFindings: [Finding] = [
    Finding(
      kind: .singleSource, severity: .warning, event: awkward, eventLabel: nil, attribute: awkward, rule: awkward,
      message: Message(
        awkward, ["b": "1", "B": "2", "a10": "3", "a9": "4", "é": "5", "e": "6", "": "7", "\"": awkward]),
      values: [
        FindingValue(
          value: awkward, display: "", evidence: [evidence, evidence], independentSources: 0, articles: [],
          stated: true, inferredIn: [awkward, ""], attributed: false)
      ],
      documents: [awkward, "b"], fingerprint: awkward),
    Finding(
      kind: .dependence, severity: .info, event: nil, eventLabel: awkward, attribute: "", rule: "",
      message: Message(""), values: [], documents: [], fingerprint: ""),
  ]

  @Test func awkwardFindingsMatchFoundation() throws {
    for finding in Self.awkwardFindings { #expect(try written(finding) == foundation(finding)) }
  }

  @Test func awkwardDocumentsEventsAndSkippedFilesMatchFoundation() throws {
    let documents = [
      Document(id: Self.awkward, path: "/a/b", outlet: nil, title: nil, date: nil, dateSource: nil),
      Document(id: "x", path: Self.awkward, outlet: Self.awkward, title: "", date: "2025-12-11", dateSource: "front"),
    ]
    for document in documents { #expect(try written(document) == foundation(document)) }
    let events = [
      EventCluster(id: Self.awkward, label: Self.awkward, mentions: [Self.evidence]),
      EventCluster(id: "", label: "", mentions: []),
    ]
    for event in events { #expect(try written(event) == foundation(event)) }
    let skipped = Skipped(path: Self.awkward, reason: Self.awkward)
    #expect(try written(skipped) == foundation(skipped))
    #expect(try written([String]()) == foundation([String]()))
  }

  /// A value far larger than the writer's first buffer: it grows many times, keeping every byte.
  @Test func aLargeValueGrowsTheBuffer() throws {
    let mentions = (0..<2_000).map { index in
      Evidence(article: "a\(index)", start: index, end: index * 1_000, line: index, column: -index, quote: Self.awkward)
    }
    let event = EventCluster(id: "x", label: Self.awkward, mentions: mentions)
    let json = written(event)
    #expect(json.utf8.count > 100 * 1_024)
    #expect(try json == foundation(event))
  }

  /// An awkward audit whole: the top-level arrays, empty and not, in their streamed form.
  @Test func anAwkwardAuditMatchesFoundation() throws {
    let audit = Audit(
      documents: [Document(id: Self.awkward, path: "p", outlet: nil, title: nil, date: nil, dateSource: nil)],
      events: [], sourceClusters: [[Self.awkward, "b"], []], findings: Self.awkwardFindings,
      skipped: [Skipped(path: "a", reason: Self.awkward)])
    #expect(try ReportRenderer().render(audit, format: .json) == foundation(audit) + "\n")
  }
}
