import ContrasteClaims
import ContrasteCompare
import ContrasteNormalizer
import Foundation
import Testing

@testable import ContrasteReport

/// The JSON report written piece by piece is the same bytes as `JSONEncoder` writes for the
/// whole report.
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
    #expect(pieces.joined() == (try foundation(audit)))
  }

  /// Windows of a few elements, so every array spans many: each window is made while the one
  /// before is written, and the pieces still come in order.
  @Test(arguments: [1, 2, 3])
  func manyWindowsKeepTheirOrder(workers: Int) throws {
    let reader = try ArticleReader()
    let corpus = CorpusReader(reader: reader).read([ReportSnapshotTests.root + "/seeds"])
    let audit = try Auditor(lexicon: Lexicon.bundled(), folder: reader.folder).audit(corpus)
    #expect(audit.findings.count > 6)
    var pieces: [String] = []
    try ReportRenderer().writeJSON(audit, workers: workers, windowPerWorker: 1, into: { pieces.append($0) })
    #expect(pieces.joined() == (try foundation(audit)))
  }

  /// The byte sink gets the same report, in buffers of several elements each: the seeds'
  /// report has more elements than buffers.
  @Test(arguments: [1, 3])
  func bytesMakeTheWholeReport(workers: Int) throws {
    let reader = try ArticleReader()
    let corpus = CorpusReader(reader: reader).read([ReportSnapshotTests.root + "/seeds"])
    let audit = try Auditor(lexicon: Lexicon.bundled(), folder: reader.folder).audit(corpus)
    var bytes: [UInt8] = []
    var pieces = 0
    try ReportRenderer().writeJSON(audit, workers: workers) { (piece: UnsafeRawBufferPointer) in
      bytes += piece
      pieces += 1
    }
    #expect(String(decoding: bytes, as: UTF8.self) == (try foundation(audit)))
    let elements = audit.documents.count + audit.events.count + audit.findings.count + audit.sourceClusters.count
    // Nine literal pieces (braces, keys, the schema version) and a buffer per array at least.
    #expect(pieces < elements)
  }

  /// A sink that fails stops the report at its first failure, and the error reaches the caller.
  @Test func aFailingSinkStopsTheReport() throws {
    let reader = try ArticleReader()
    let corpus = CorpusReader(reader: reader).read([ReportSnapshotTests.root + "/seeds"])
    let audit = try Auditor(lexicon: Lexicon.bundled(), folder: reader.folder).audit(corpus)
    struct Full: Error {}
    var written = 0
    #expect(throws: Full.self) {
      try ReportRenderer().writeJSON(audit, workers: 2, windowPerWorker: 1) { (_: UnsafeRawBufferPointer) in
        if written == 5 { throw Full() }
        written += 1
      }
    }
    #expect(written == 5)
  }

  func foundation(_ audit: Audit) throws -> String {
    String(decoding: try ReportRenderer.jsonEncoder().encode(audit), as: UTF8.self) + "\n"
  }

  @Test func anEmptyAuditToo() throws {
    let audit = Audit(documents: [], events: [], sourceClusters: [], findings: [], skipped: [])
    var pieces: [String] = []
    try ReportRenderer().writeJSON(audit, into: { pieces.append($0) })
    #expect(pieces.joined() == (try foundation(audit)))
  }
}
