extension String {
  /// True when `needle` occurs in the string, comparing UTF-8 bytes (no locale, no Foundation).
  func containsBytes(_ needle: String) -> Bool {
    let haystack = Array(utf8)
    let pattern = Array(needle.utf8)
    guard !pattern.isEmpty else { return true }
    guard haystack.count >= pattern.count else { return false }
    for start in 0...(haystack.count - pattern.count) where haystack[start] == pattern[0] {
      if haystack[start..<(start + pattern.count)].elementsEqual(pattern) { return true }
    }
    return false
  }
}
