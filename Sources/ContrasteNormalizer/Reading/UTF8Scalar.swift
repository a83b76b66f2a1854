/// Decoding one Unicode scalar from UTF-8 bytes, for the stages that scan text byte by byte.
///
/// Every stage that walks folded or original text as bytes (fold, both tokenizers, line keys,
/// shingles) decodes with these, so they agree on where scalars start and what they are.
package enum UTF8Scalar {
  /// True when the eight bytes from `index` (which must exist) are all ASCII.
  @inlinable @inline(__always)
  static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>, eightAt index: Int) -> Bool {
    guard let base = bytes.baseAddress else { return false }
    return UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0
  }

  /// Where the ASCII run starting at `index` ends: the first byte from `index` on that is not
  /// ASCII, or `limit`.
  @inline(__always)
  static func asciiRunEnd(_ bytes: UnsafeBufferPointer<UInt8>, from index: Int, limit: Int) -> Int {
    var end = index
    while end + 8 <= limit, isASCII(bytes, eightAt: end) { end += 8 }
    while end < limit, bytes[end] < 0x80 { end += 1 }
    return end
  }

  /// Up to eight bytes in one integer, the first byte highest: how the language check, the
  /// sentence segmenter and the date tokenizer key short words (the caller keeps words longer
  /// than eight bytes out; their first bytes would shift away).
  ///
  /// Not generic: the date tokenizer calls it for words before a full stop, and a generic
  /// version was called unspecialised across the module boundary (3,700 instructions a word).
  @inlinable @inline(__always)
  package static func packed(_ bytes: ArraySlice<UInt8>) -> UInt64 {
    var packed: UInt64 = 0
    for byte in bytes { packed = packed << 8 | UInt64(byte) }
    return packed
  }

  /// `packed(_:)` of a word's UTF-8.
  package static func packed(_ word: String) -> UInt64 { packed(Array(word.utf8)[...]) }

  /// ASCII letters and digits, by byte.
  ///
  /// 256 entries, so that any byte may index it (every byte from 0x80 on is false): word
  /// scanners test a byte with one load.
  package static let asciiAlphanumerics: [Bool] = (0...255).map { byte in
    byte < 0x80 && ((UInt8(byte) | 0x20) &- 0x61 < 26 || UInt8(byte) &- 0x30 < 10)
  }

  /// The length in bytes of the sequence that starts with `lead`.
  @inlinable @inline(__always)
  package static func length(lead: UInt8) -> Int { lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4 }

  /// The scalar value starting at `index` and its length in bytes; a sequence cut short by the
  /// end of `bytes` reads as U+FFFD, one byte long.
  @inlinable @inline(__always)
  package static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (value: UInt32, length: Int) {
    let lead = bytes[index]
    if lead < 0x80 { return (UInt32(lead), 1) }
    if lead < 0xE0, index + 1 < bytes.count {
      return ((UInt32(lead & 0x1F) << 6) | UInt32(bytes[index + 1] & 0x3F), 2)
    }
    if lead < 0xF0, index + 2 < bytes.count {
      return (
        (UInt32(lead & 0x0F) << 12) | (UInt32(bytes[index + 1] & 0x3F) << 6) | UInt32(bytes[index + 2] & 0x3F), 3
      )
    }
    if index + 3 < bytes.count {
      let value =
        (UInt32(lead & 0x07) << 18) | (UInt32(bytes[index + 1] & 0x3F) << 12)
        | (UInt32(bytes[index + 2] & 0x3F) << 6) | UInt32(bytes[index + 3] & 0x3F)
      return (value, 4)
    }
    return (0xFFFD, 1)
  }
}
