extension String {
  /// True when `needle` occurs in the string, comparing UTF-8 bytes (no locale, no Foundation).
  func containsBytes(_ needle: String) -> Bool {
    var haystack = self
    var pattern = needle
    // Native strings are contiguous; scanning in place spares a copy per call.
    return haystack.withUTF8 { haystack in
      pattern.withUTF8 { pattern in
        guard let first = pattern.first else { return true }
        guard haystack.count >= pattern.count else { return false }
        for start in 0...(haystack.count - pattern.count) where haystack[start] == first {
          var offset = 1
          while offset < pattern.count, haystack[start + offset] == pattern[offset] { offset += 1 }
          if offset == pattern.count { return true }
        }
        return false
      }
    }
  }
}

extension String {
  /// The non-empty fields between occurrences of an ASCII `separator`.
  ///
  /// What `split(separator:)` gives for keys such as `?/reunion/2` or `event\u{1F}date`; an
  /// ASCII key is split by scanning its bytes instead of grapheme clusters (keys are split on
  /// every claim).
  package func fields(separatedBy separator: Unicode.Scalar) -> [Substring] {
    precondition(separator.isASCII, "fields(separatedBy:) takes an ASCII separator")
    // Beyond ASCII a separator can join the next scalar into one character (`/` + U+0301),
    // which `split` does not split: such keys take the slow path.
    guard utf8.allSatisfy({ $0 < 0x80 }) else { return split(separator: Character(separator)) }
    let byte = UInt8(truncatingIfNeeded: separator.value)
    var result: [Substring] = []
    var start = utf8.startIndex
    var index = start
    while index != utf8.endIndex {
      if utf8[index] == byte {
        if start != index { result.append(self[start..<index]) }
        start = utf8.index(after: index)
      }
      index = utf8.index(after: index)
    }
    if start != utf8.endIndex { result.append(self[start..<utf8.endIndex]) }
    return result
  }
}
