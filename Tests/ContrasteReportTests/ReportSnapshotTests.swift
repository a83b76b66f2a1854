import ContrasteClaims
import ContrasteCompare
import ContrasteNormalizer
import ContrasteReport
import Foundation
import Testing

/// Golden files of the seeds report in every format and both languages.
///
/// Re-record with `CONTRASTE_RECORD_SNAPSHOTS=1 swift test --filter ReportSnapshotTests`, then
/// review the diff before committing.
@Suite("Report snapshots")
struct ReportSnapshotTests {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

  static func seedsAudit() throws -> (Audit, [String: String]) {
    let reader = try ArticleReader()
    let corpus = CorpusReader(reader: reader).read([root + "/seeds"])
    let audit = try Auditor(lexicon: Lexicon.bundled(), folder: reader.folder).audit(corpus)
    return (audit, Dictionary(uniqueKeysWithValues: corpus.articles.map { ($0.id, $0.text) }))
  }

  @Test(arguments: [
    (ReportFormat.text, ReportLanguage.spanish, "seeds.es.txt"),
    (.markdown, .spanish, "seeds.es.md"),
    (.html, .spanish, "seeds.es.html"),
    (.json, .spanish, "seeds.json"),
    (.text, .english, "seeds.en.txt"),
    (.markdown, .english, "seeds.en.md"),
  ])
  func seedsReport(format: ReportFormat, language: ReportLanguage, file: String) throws {
    let (audit, texts) = try Self.seedsAudit()
    // Paths as a user in the package folder would give them, whatever folder the tests run in.
    let report = try ReportRenderer(language: language).render(audit, format: format, texts: texts)
      .replacingOccurrences(of: Self.root + "/", with: "")
    let url = Self.folder.appendingPathComponent(file)
    if ProcessInfo.processInfo.environment["CONTRASTE_RECORD_SNAPSHOTS"] == "1" {
      try FileManager.default.createDirectory(at: Self.folder, withIntermediateDirectories: true)
      try Data(report.utf8).write(to: url)
      return
    }
    let expected = try String(contentsOf: url, encoding: .utf8)
    #expect(report == expected, "\(file) changed; re-record with CONTRASTE_RECORD_SNAPSHOTS=1 if intended")
  }

  @Test func reportIsTheSameOnEveryRun() throws {
    let first = try ReportRenderer().render(Self.seedsAudit().0, format: .json)
    let second = try ReportRenderer().render(Self.seedsAudit().0, format: .json)
    #expect(first == second)
  }
}
