import ContrasteNormalizer
import ContrasteTemporal
import Foundation
import Testing

/// One fold table for all tests (building it asks ICU about every scalar); each test gets its own
/// folder and tagger, since a `Folder` is not thread-safe.
private let sharedTable = try? FoldTable()

/// Helpers shared by the temporal tests.
enum TaggerFixture {
  static func tagger() throws -> TemporalTagger {
    let table = try #require(sharedTable, "ICU could not build the fold table")
    return try TemporalTagger(folder: Folder(table: table))
  }

  static func day(_ iso: String) throws -> DayDate {
    try #require(DayDate(iso: iso), "not a date: \(iso)")
  }

  /// The mentions of `text` with DCT `dct` (`nil` for none).
  static func tag(_ text: String, dct: String?) throws -> [TemporalMention] {
    try tagger().tag(text, dct: dct.map(day))
  }

  /// The package root, found from this file's path.
  static var packageRoot: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
  }
}

/// A sentence, its DCT and the mentions expected in it, in order, as `text → value` pairs.
struct TagCase: Sendable, CustomTestStringConvertible {
  var text: String
  var dct: String?
  var expected: [String]

  init(_ text: String, dct: String? = "2025-12-16", _ expected: String...) {
    self.text = text
    self.dct = dct
    self.expected = expected
  }

  var testDescription: String { text }

  /// Runs the tagger and compares every mention (`text → value`), so extra mentions fail too.
  func check() throws {
    let mentions = try TaggerFixture.tag(text, dct: dct)
    #expect(mentions.map { "\($0.text) → \($0.value)" } == expected, "in: \(text)")
  }
}
