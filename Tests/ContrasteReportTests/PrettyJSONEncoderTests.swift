import ContrasteClaims
import ContrasteCompare
import ContrasteNormalizer
import Foundation
import Testing

@testable import ContrasteReport

/// The fast report encoder writes exactly what `JSONEncoder` writes with the report's options.
@Suite("Pretty JSON encoder")
struct PrettyJSONEncoderTests {
  func foundation(_ value: some Encodable) throws -> String {
    String(decoding: try ReportRenderer.jsonEncoder().encode(value), as: UTF8.self)
  }

  @Test func everyElementOfTheSeedAuditMatchesFoundation() throws {
    let reader = try ArticleReader()
    let corpus = CorpusReader(reader: reader).read([ReportSnapshotTests.root + "/seeds"])
    let audit = try Auditor(lexicon: Lexicon.bundled(), folder: reader.folder).audit(corpus)
    #expect(!audit.findings.isEmpty && !audit.events.isEmpty)
    for finding in audit.findings { #expect(try PrettyJSONEncoder().encode(finding) == foundation(finding)) }
    for event in audit.events { #expect(try PrettyJSONEncoder().encode(event) == foundation(event)) }
    #expect(try PrettyJSONEncoder().encode(audit) == foundation(audit))
  }

  /// Escapes, empty containers, keys that sort differently by bytes and by locale, nesting.
  @Test func awkwardValuesMatchFoundation() throws {
    struct Awkward: Encodable {
      var text =
        "comillas \" barra \\ y / tab\t nl\n cr\r bs\u{08} ff\u{0C} nul\u{00} us\u{1F} del\u{7F} ls\u{2028} ñ 😀"
      var empty: [String] = []
      var emptyObject: [String: String] = [:]
      var nested: [[Int]] = [[], [1, -2], [Int.max]]
      var keys = ["b": "1", "B": "2", "a10": "3", "a9": "4", "é": "5", "e": "6", "": "7"]
      var flag = true
      var missing: String? = nil
      var present: String? = "sí"
      var unsigned: UInt8 = 255
      var severity = Severity.warning
    }
    #expect(try PrettyJSONEncoder().encode(Awkward()) == foundation(Awkward()))
    #expect(try PrettyJSONEncoder().encode([Awkward(), Awkward()]) == foundation([Awkward(), Awkward()]))
    #expect(try PrettyJSONEncoder().encode([String]()) == foundation([String]()))
  }

  @Test func indentationLevelMatchesTheStreamedReport() throws {
    let value = ["documentos": ["a", "b"]]
    let indented = try PrettyJSONEncoder().encode(value, level: 2)
    #expect(indented == ReportRenderer.indent(try ReportRenderer.jsonEncoder().encode(value), by: 4))
  }

  @Test func floatingPointIsLeftToFoundation() {
    #expect(throws: PrettyJSONEncoder.Unsupported.self) { try PrettyJSONEncoder().encode(["x": 0.1]) }
  }
}
