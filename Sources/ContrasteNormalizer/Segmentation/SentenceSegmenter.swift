/// Splits article text into sentences with ICU's Spanish rules plus fixes for news prose.
///
/// ICU's `es@ss=standard` rules handle most abbreviations; on top of them a dateline
/// (`México, 11 de enero de 2026.-`) becomes a segment of its own, and no sentence ends after a
/// title or abbreviation such as `Sr.`, `Lic.`, `EE.UU.`, `núm.` or `p. ej.`. Not thread-safe.
public struct SentenceSegmenter {
  private let iterator: BreakIterator
  private let folder: Folder

  /// Abbreviations after which a sentence never ends, written folded (lower case, no accents:
  /// `Núm.` is `num.`), as the words they are compared with are; `SegmenterTests` checks it.
  static let titles: Set<String> = [
    "sr.", "sra.", "srta.", "sres.", "dr.", "dra.", "lic.", "licda.", "ing.", "mtro.", "mtra.",
    "gral.", "gob.", "pdte.", "arq.", "prof.", "profa.", "sto.", "sta.", "num.", "nº.", "no.",
    "art.", "arts.", "pag.", "pags.", "av.", "avda.", "col.", "dpto.", "ej.", "aprox.", "tel.",
  ]
  /// Abbreviations (folded) after which a sentence ends only when a capitalised word follows.
  static let lowercaseContinues: Set<String> = ["ee.uu.", "ee. uu.", "uu.", "etc.", "cia."]
  /// Two-part abbreviations: no sentence ends between the parts (`EE. UU.`, `p. ej.`).
  static let firstParts: [String: String] = ["ee.": "uu.", "p.": "ej."]

  public init(folder: Folder) throws(ICUError) {
    self.iterator = try BreakIterator(.sentence, locale: "es@ss=standard")
    self.folder = folder
  }

  /// The sentence segments of `text`.
  public func segments(of text: String) throws(ICUError) -> [Segment] {
    try segments(scalars: text.scalarArray)
  }

  /// The sentence segments of a text given as its scalars (the reader has them already).
  func segments(scalars: [Unicode.Scalar]) throws(ICUError) -> [Segment] {
    let offsets = UTF16Offsets(scalars: scalars)
    // ICU's boundaries and the dateline ends both come in ascending order: merge them.
    let found = try iterator.sentenceBoundaries(in: offsets.utf16).lazy.map { offsets.scalar(atUTF16: Int($0)) }
      .filter { !continuesAfterAbbreviation(scalars, at: $0) }
    let datelineEnds = datelineBoundaries(scalars)
    var segments: [Segment] = []
    var start = 0
    var next = datelineEnds.startIndex
    func close(at end: Int, kind: Segment.Kind) {
      guard end > start else { return }
      if let range = trimmed(scalars, start..<end) { segments.append(Segment(range: range, kind: kind)) }
      start = end
    }
    for end in found {
      while next < datelineEnds.endIndex, datelineEnds[next] < end {
        close(at: datelineEnds[next], kind: .dateline)
        next += 1
      }
      if next < datelineEnds.endIndex, datelineEnds[next] == end {
        close(at: end, kind: .dateline)
        next += 1
      } else {
        close(at: end, kind: .sentence)
      }
    }
    for end in datelineEnds[next...] { close(at: end, kind: .dateline) }
    if start < scalars.count, let range = trimmed(scalars, start..<scalars.count) {
      segments.append(Segment(range: range, kind: .sentence))
    }
    return segments
  }

  private func trimmed(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> Range<Int>? {
    var lower = range.lowerBound
    var upper = range.upperBound
    while lower < upper, UTF8Scalar.isWhitespace(scalars[lower].value) { lower += 1 }
    while upper > lower, UTF8Scalar.isWhitespace(scalars[upper - 1].value) { upper -= 1 }
    return lower < upper ? lower..<upper : nil
  }

  /// True when the boundary at `offset` follows an abbreviation that does not end a sentence.
  private func continuesAfterAbbreviation(_ scalars: [Unicode.Scalar], at offset: Int) -> Bool {
    var end = offset
    while end > 0, scalars[end - 1] == " " || scalars[end - 1] == "\u{A0}" { end -= 1 }
    guard end > 0, scalars[end - 1] == "." else { return false }
    if end < offset, scalars[end..<offset].contains(where: { $0 == "\n" || $0 == "\r" }) { return false }
    if scalars[end..<offset].contains(where: { $0 == "\n" }) { return false }
    // The word before the boundary, allowing one inner space for `EE. UU.` and `p. ej.`.
    var start = end - 1
    var spaces = 0
    while start > 0 {
      let previous = scalars[start - 1]
      if previous == " " {
        guard spaces == 0, start >= 2, scalars[start - 2] == "." else { break }
        spaces += 1
      } else if !(Self.isAlphabetic(previous) || previous == "." || previous == "º") {
        break
      }
      start -= 1
    }
    // The longest abbreviation has seven scalars (`ee. uu.`): most sentence ends are ruled
    // out here, before any folding.
    let lastStart = (start..<end).last { scalars[$0] == " " }.map { $0 + 1 } ?? start
    guard end - start <= 7 || end - lastStart <= 7 else { return false }
    // Most words before a full stop are no abbreviation: an ASCII word whose key and last
    // part are in none of the lists is ruled out by integers, before any string is built.
    if let whole = asciiKey(scalars[start..<end]), let last = asciiKey(scalars[lastStart..<end]),
      !Self.asciiAbbreviations.contains(whole), !Self.asciiAbbreviations.contains(last)
    {
      return false
    }
    let word = key(scalars[start..<end])
    let lastWord = word.utf8.contains(0x20) ? word.split(separator: " ").last.map(String.init) ?? word : word
    if Self.titles.contains(word) || Self.titles.contains(lastWord) { return true }
    var next = offset
    while next < scalars.count, UTF8Scalar.isWhitespace(scalars[next].value) { next += 1 }
    if let second = Self.firstParts[lastWord], next + second.unicodeScalars.count <= scalars.count {
      if key(scalars[next..<(next + second.unicodeScalars.count)]) == second { return true }
    }
    guard Self.lowercaseContinues.contains(word) || Self.lowercaseContinues.contains(lastWord) else {
      return false
    }
    guard next < scalars.count else { return false }
    let following = scalars[next]
    return following.properties.isLowercase || following.properties.numericType != nil
  }

  // ASCII answered without Unicode property tables: these run on every sentence boundary
  // (spaces by `UTF8Scalar.isWhitespace`).
  private static func isAlphabetic(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value < 0x80 ? (scalar.value | 0x20) &- 0x61 < 26 : scalar.properties.isAlphabetic
  }

  /// Every ASCII abbreviation of the lists above packed as `asciiKey` packs a word.
  static let asciiAbbreviations: Set<UInt64> = Set(
    (titles.union(lowercaseContinues).union(firstParts.keys)).compactMap { word in
      word.unicodeScalars.allSatisfy(\.isASCII) && word.utf8.count <= 8
        ? UTF8Scalar.packed(word) : nil
    })

  /// The folded key of an ASCII word packed into an integer (0 when longer than eight bytes,
  /// which no abbreviation is), or nil when the word is not all ASCII.
  private func asciiKey(_ scalars: ArraySlice<Unicode.Scalar>) -> UInt64? {
    var packed: UInt64 = 0
    for scalar in scalars {
      guard scalar.isASCII else { return nil }
      packed = packed << 8 | UInt64(folder.table.folded(ascii: UInt8(truncatingIfNeeded: scalar.value)))
    }
    return scalars.count <= 8 ? packed : 0
  }

  /// The folded key of a few scalars: ASCII through the fold table byte by byte (what the fold
  /// does to ASCII), anything else by the folder.
  private func key(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
    guard scalars.allSatisfy({ $0.isASCII }) else {
      return (try? folder.key(String(scalars: scalars))) ?? ""
    }
    return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: scalars.count) { buffer in
      for (index, scalar) in zip(buffer.indices, scalars) {
        buffer[index] = folder.table.folded(ascii: UInt8(truncatingIfNeeded: scalar.value))
      }
      return String(decoding: buffer, as: UTF8.self)
    }
  }

  /// Offsets just after a dateline's `.-` (or `.–`, `.—`) near the start of a line.
  private func datelineBoundaries(_ scalars: [Unicode.Scalar]) -> [Int] {
    var result: [Int] = []
    var lineStart = 0
    scalars.withUnsafeBufferPointer { scalars in
      var index = ScalarScan.next("\n", or: ".", in: scalars, from: 0)
      while index < scalars.count {
        if scalars[index] == "\n" {
          lineStart = index + 1
        } else if index - lineStart < 160, index + 1 < scalars.count, ["-", "–", "—"].contains(scalars[index + 1]),
          index > lineStart, index + 2 >= scalars.count || UTF8Scalar.isWhitespace(scalars[index + 2].value)
        {
          result.append(index + 2)
          lineStart = scalars.count  // one dateline per line
        }
        index = ScalarScan.next("\n", or: ".", in: scalars, from: index + 1)
      }
    }
    return result
  }
}
