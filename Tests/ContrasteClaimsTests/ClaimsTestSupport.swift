import ContrasteClaims
import ContrasteNormalizer
import Foundation

/// Paths and shared setup for the claims tests.
enum ClaimsTestSupport {
  static let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

  static func path(_ relative: String) -> String { packageRoot + "/" + relative }

  /// Reads an article from text, as the reader would a `.txt` file.
  static func article(_ text: String, id: String = "nota.txt") throws -> Article {
    try ArticleReader().article(id: id, source: id, text: text)
  }

  /// An extractor with the default lexicon plus `extra` lexicon files.
  static func extractor(lexicons extra: [String] = []) throws -> ClaimExtractor {
    var lexicon = try Lexicon.bundled()
    for file in extra { lexicon = try lexicon.merging(file: file) }
    return try ClaimExtractor(lexicon: lexicon, folder: Folder())
  }
}
