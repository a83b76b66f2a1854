import Foundation
import Testing

@testable import ContrasteNormalizer

/// ICU run on windows around terminators must find exactly the boundaries ICU finds on the
/// whole text: on every fixture and seed, and on random texts built from the pieces that
/// sentence rules care about.
@Suite("Sentence boundaries in windows match ICU on whole texts")
struct SentenceWindowTests {
  /// Pieces of text for the generator: words of each case, the abbreviations ICU's Spanish data
  /// and Contraste know, every kind of terminator, closer, opener and separator, numbers with
  /// inner marks, other scripts and astral characters.
  static let pieces: [String] = [
    "la", "reunión", "México", "Estados", "Unidos", "GIS", "celebraron", "ayer", "el", "de", "ONU", "Ávila", "ñandú",
    "Sr.", "Sra.", "Dr.", "Lic.", "EE.UU.", "EE. UU.", "p. ej.", "etc.", "núm.", "art.", "a.C.", "S.A.", "Av.",
    ".", ".", ".", "?", "!", "…", "...", ".-", ".–", "¿", "¡", ";", ":", ",", "-", "—", "(", ")", "«", "»", "\"",
    "”", "“", "'", "’", "[", "]", "1.200", "3,5", "11", "2026", "1.", "2.", "º", "%",
    " ", " ", " ", " ", " ", "  ", "\n", "\n\n", "\r\n", "\r", "\t", "\u{A0}", "\u{2028}", "\u{2029}", "\u{85}",
    "\u{200B}", "\u{301}", "Σ", "αβγ", "。", "؟", "\u{1F600}", "\u{1D400}", "中文", "\u{11047}", "a\u{11047}",
    "\u{1680}", "\u{2003}", "\u{3000}", "a. C", "d. C", "ea. C",
  ]

  static func randomText(_ generator: inout FoldingPropertyTests.Generator) -> String {
    var text = ""
    for _ in 0..<Int.random(in: 0...80, using: &generator) {
      // Mostly pieces, with a space after words as prose has; now and then any scalar.
      if Int.random(in: 0..<20, using: &generator) == 0 {
        if let scalar = Unicode.Scalar(UInt32.random(in: 0...0x2FFF, using: &generator)) {
          text.unicodeScalars.append(scalar)
        }
        continue
      }
      text += pieces[Int.random(in: pieces.indices, using: &generator)]
      if Bool.random(using: &generator) { text += " " }
    }
    return text
  }

  /// Both ways, as UTF-16 offsets.
  static func boundaries(_ text: String, _ iterator: BreakIterator) throws -> (whole: [Int], windows: [Int]) {
    let utf16 = Array(text.utf16)
    let whole = try iterator.boundaries(in: utf16).map(\.offset)
    let windows = try iterator.sentenceBoundaries(in: utf16).map { Int($0) }
    return (whole, windows)
  }

  @Test func randomTextsGiveICUsBoundaries() throws {
    let iterator = try BreakIterator(.sentence, locale: "es@ss=standard")
    var generator = FoldingPropertyTests.Generator(state: 29)
    var failures: [String] = []
    var compared = 0
    for _ in 0..<40_000 {
      let text = Self.randomText(&generator)
      let (whole, windows) = try Self.boundaries(text, iterator)
      compared += whole.count
      if whole != windows, failures.count < 3 {
        failures.append("\(text.debugDescription): ICU \(whole), windows \(windows)")
      }
    }
    #expect(failures.isEmpty, "texts where the windows differ: \(failures)")
    // The texts really have sentences to find (about a dozen boundaries each on average).
    #expect(compared > 200_000)
  }

  @Test func fixturesAndSeedsGiveICUsBoundaries() throws {
    let iterator = try BreakIterator(.sentence, locale: "es@ss=standard")
    var files: [String] = []
    for folder in ["seeds", "Fixtures"] {
      let root = TestSupport.path(folder)
      let walker = try #require(FileManager.default.enumerator(atPath: root))
      for case let name as String in walker where name.hasSuffix(".txt") || name.hasSuffix(".md") {
        files.append(root + "/" + name)
      }
    }
    var checked = 0
    for path in files.sorted() {
      // Fixtures in other encodings or broken on purpose are read as they decode.
      let data = try Data(contentsOf: URL(fileURLWithPath: path))
      let text = String(decoding: data, as: UTF8.self)
      let (whole, windows) = try Self.boundaries(text, iterator)
      #expect(whole == windows, "\(path)")
      checked += 1
    }
    #expect(checked >= 20)
  }

  /// Texts where windows chain over many terminators: every boundary still ICU's.
  @Test(arguments: [
    String(repeating: "a.", count: 2_000), String(repeating: ".", count: 3_000), String(repeating: ". ", count: 1_000),
    String(repeating: "EE.UU. ", count: 500), String(repeating: "Sr. ", count: 500),
    String(repeating: "a\u{11047}", count: 1_000), "fin. " + String(repeating: "x", count: 5_000) + ". Otra.",
    // A suppression's forward match (`a. C.`) cut short by a separator right after the window.
    "a. C\u{2029}", "siglo III d. C\r\nOtro.", "ea. C\u{85}x",
  ])
  func chainsOfTerminatorsGiveICUsBoundaries(text: String) throws {
    let iterator = try BreakIterator(.sentence, locale: "es@ss=standard")
    let (whole, windows) = try Self.boundaries(text, iterator)
    #expect(whole == windows)
  }

  @Test func emptyTextHasNoBoundary() throws {
    let iterator = try BreakIterator(.sentence, locale: "es@ss=standard")
    #expect(try iterator.sentenceBoundaries(in: []).isEmpty)
    #expect(try iterator.boundaries(in: []).isEmpty)
  }
}
