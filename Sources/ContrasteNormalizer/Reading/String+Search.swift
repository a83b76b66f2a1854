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
