extension UTF8Scalar {
  /// `bytes` (valid UTF-8) without the White_Space scalars at either end, as
  /// `String.trimmingSpaces` trims, without decoding a `String`.
  static func trimmingWhitespace(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
    var start = 0
    var end = bytes.count
    while start < end {
      let (value, length) = decode(bytes, at: start)
      guard isWhitespace(value) else { break }
      start += length
    }
    while end > start {
      // The last scalar starts at the last byte that is not a continuation byte.
      var lead = end - 1
      while lead > start, bytes[lead] & 0xC0 == 0x80 { lead -= 1 }
      guard isWhitespace(decode(bytes, at: lead).value) else { break }
      end = lead
    }
    return UnsafeBufferPointer(rebasing: bytes[start..<end])
  }

  /// The Unicode property White_Space (what `Unicode.Scalar.Properties.isWhitespace` answers).
  @inline(__always)
  static func isWhitespace(_ value: UInt32) -> Bool {
    if value < 0x80 { return value == 0x20 || (value >= 0x09 && value <= 0x0D) }
    return Unicode.Scalar(value)?.properties.isWhitespace ?? false
  }

  /// True when `needle`'s UTF-8 occurs in `bytes`.
  static func contains(_ bytes: UnsafeBufferPointer<UInt8>, _ needle: StaticString) -> Bool {
    contains(bytes, UnsafeBufferPointer(start: needle.utf8Start, count: needle.utf8CodeUnitCount))
  }

  /// True when `pattern` occurs in `bytes`.
  static func contains(_ bytes: UnsafeBufferPointer<UInt8>, _ pattern: UnsafeBufferPointer<UInt8>) -> Bool {
    let count = pattern.count
    guard count >= 2 else { return count == 0 || bytes.contains(pattern[0]) }
    guard let base = bytes.baseAddress, bytes.count >= count else { return false }
    let last = bytes.count - count
    // Every line of every article is searched for a credit label: eight positions at a time,
    // a position is a candidate when both of the needle's first two bytes are there (a zero
    // byte in `both`, found with the classic has-zero-byte test).
    let ones: UInt64 = 0x0101_0101_0101_0101
    let (first, second) = (UInt64(pattern[0]) &* ones, UInt64(pattern[1]) &* ones)
    var start = 0
    while start + 9 <= bytes.count {
      let here = UnsafeRawPointer(base + start).loadUnaligned(as: UInt64.self)
      let next = UnsafeRawPointer(base + start + 1).loadUnaligned(as: UInt64.self)
      let both = (here ^ first) | (next ^ second)
      var zeros = (both &- ones) & ~both & (ones << 7)
      while zeros != 0 {
        let position = start + zeros.trailingZeroBitCount / 8
        if position <= last, matches(base + position, pattern) { return true }
        zeros &= zeros &- 1
      }
      start += 8
    }
    while start <= last {
      if matches(base + start, pattern) { return true }
      start += 1
    }
    return false
  }

  @inline(__always)
  private static func matches(_ text: UnsafePointer<UInt8>, _ pattern: UnsafeBufferPointer<UInt8>) -> Bool {
    for index in pattern.indices where text[index] != pattern[index] { return false }
    return true
  }
}
