import ContrasteClaims
import ContrasteCompare
import ContrasteNormalizer
import Foundation

/// Audits of the seeds and the claims fixture sets, as the CLI runs them.
enum AuditFixtures {
  static let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

  static func path(_ relative: String) -> String { packageRoot + "/" + relative }

  /// The audit of a folder, with the folder's `lexicon.yml` merged on top of the default.
  static func audit(_ folder: String) throws -> Audit {
    var lexicon = try Lexicon.bundled()
    let extra = path(folder) + "/lexicon.yml"
    if FileManager.default.fileExists(atPath: extra) { lexicon = try lexicon.merging(file: extra) }
    let reader = try ArticleReader()
    let corpus = CorpusReader(reader: reader).read([path(folder)])
    return try Auditor(lexicon: lexicon, folder: reader.folder).audit(corpus)
  }
}
