import ContrasteClaims
import ContrasteCompare
import ContrasteNormalizer
import ContrasteReport
import Foundation
import Testing

/// The JSON report written piece by piece is the same bytes as the report encoded whole.
@Suite("Streamed JSON")
struct StreamedJSONTests {
  /// The seeds (no skipped file) and the reader fixtures (skipped files, warnings, JSONL), on
  /// one and three encoding threads.
  @Test(arguments: ["seeds", "Fixtures/reader", "Fixtures/claims/sismo-oaxaca"], [1, 3])
  func piecesMakeTheWholeReport(folder: String, workers: Int) throws {
    let reader = try ArticleReader()
    let corpus = CorpusReader(reader: reader).read([ReportSnapshotTests.root + "/" + folder])
    let audit = try Auditor(lexicon: Lexicon.bundled(), folder: reader.folder).audit(corpus)
    var pieces: [String] = []
    try ReportRenderer().writeJSON(audit, workers: workers, into: { pieces.append($0) })
    #expect(pieces.count > 3)
    #expect(pieces.joined() == (try ReportRenderer().render(audit, format: .json)))
  }

  @Test func anEmptyAuditToo() throws {
    let audit = Audit(documents: [], events: [], sourceClusters: [], findings: [], skipped: [])
    var pieces: [String] = []
    try ReportRenderer().writeJSON(audit, into: { pieces.append($0) })
    #expect(pieces.joined() == (try ReportRenderer().render(audit, format: .json)))
  }
}
