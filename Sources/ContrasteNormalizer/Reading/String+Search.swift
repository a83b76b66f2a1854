extension String {
  /// True when `needle` occurs in the string, comparing UTF-8 bytes (no locale, no Foundation).
  func containsBytes(_ needle: String) -> Bool {
    var (haystack, needle) = (self, needle)
    // Native strings are contiguous; scanning in place spares a copy per call.
    return haystack.withUTF8 { haystack in needle.withUTF8 { UTF8Scalar.contains(haystack, $0) } }
  }
}

extension String {
  /// The non-empty fields between occurrences of an ASCII `separator`.
  ///
  /// What `split(separator:)` gives for keys such as `?/reunion/2` or `event\u{1F}date`, found
  /// by scanning bytes instead of grapheme clusters (keys are split on every claim).
  package func fields(separatedBy separator: Unicode.Scalar) -> [Substring] {
    precondition(separator.isASCII, "fields(separatedBy:) takes an ASCII separator")
    // A separator is a character of its own unless a neighbour joins it into a larger one: a
    // combining mark after it (`/` + U+0301), a prepended mark before it, or CR with LF. Only
    // then does `split` not split, and only then is the slow path taken.
    let byte = UInt8(truncatingIfNeeded: separator.value)
    // `;`, `` ` `` and `K` have non-ASCII canonical equivalents (U+037E, U+1FEF, U+212A) that
    // `split` also splits on; those separators, and CR or LF, take the slow path outright.
    switch byte {
    case 0x0A, 0x0D, 0x3B, 0x4B, 0x60: return split(separator: Character(separator))
    default: break
    }
    var result: [Substring] = []
    var start = utf8.startIndex
    var index = start
    var previous: (lead: UInt8, last: UInt8) = (0, 0)
    while index != utf8.endIndex {
      let current = utf8[index]
      if current == byte {
        let next = utf8.index(after: index)
        // Before it: ASCII or a two-byte scalar below U+0300 (no prepended marks there).
        let joinsBefore = previous.last >= 0x80 && !(previous.lead >= 0xC2 && previous.lead <= 0xCB)
        if joinsBefore || (next != utf8.endIndex && utf8[next] >= 0x80) {
          return split(separator: Character(separator))
        }
        if start != index { result.append(self[start..<index]) }
        start = next
      }
      previous = (current & 0xC0 == 0x80 ? previous.lead : current, current)
      index = utf8.index(after: index)
    }
    if start != utf8.endIndex { result.append(self[start..<utf8.endIndex]) }
    return result
  }
}
