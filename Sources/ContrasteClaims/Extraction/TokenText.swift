import ContrasteTemporal

/// The folded text of a token, kept in three integers: no `String`, no reference to count.
///
/// A token of up to 16 UTF-8 bytes is held inline; nearly every word of news prose fits. A
/// longer token keeps its length, its first 8 bytes and a 64-bit hash of all its bytes, so
/// comparing it stays exact but for a hash collision between two words of the same length and
/// the same first 8 bytes; its whole text is read from the folded article
/// (`TextToken.string(in:)`). Arrays of tokens are then plain memory: making, copying and
/// freeing them counts no references. Equal bytes are equal strings here: folded text has no
/// combining marks and no canonical singletons (U+037E is already `;`).
struct TokenText: Sendable, Hashable, ExpressibleByStringLiteral {
  /// Bytes 0–7, the first byte lowest, zero past the end.
  private var low: UInt64 = 0
  /// Bytes 8–15 (zero past the end) of a short text; a hash of every byte of a long one.
  private var high: UInt64 = 0
  /// The length in UTF-8 bytes.
  private(set) var utf8Count: Int32 = 0

  /// The text spelled by `bytes` (valid UTF-8).
  @inline(__always)
  init(bytes: UnsafeBufferPointer<UInt8>) {
    utf8Count = Int32(bytes.count)
    for index in 0..<min(bytes.count, 8) { low |= UInt64(bytes[index]) << (8 * index) }
    if bytes.count <= 16 {
      for index in min(bytes.count, 8)..<bytes.count { high |= UInt64(bytes[index]) << (8 * (index - 8)) }
    } else {
      var hash = WordHashes.seed
      for byte in bytes { hash = (hash ^ UInt64(byte)) &* WordHashes.prime }
      high = hash
    }
  }

  /// The text spelled by `buffer[start..<end]`: two 8-byte loads when 16 bytes are readable
  /// from `start`, the tokenizer's common case.
  @inline(__always)
  init(in buffer: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) {
    let count = end - start
    guard count <= 16, start + 16 <= buffer.count, let base = buffer.baseAddress else {
      self.init(bytes: UnsafeBufferPointer(rebasing: buffer[start..<end]))
      return
    }
    let raw = UnsafeRawPointer(base + start)
    let (lowMask, highMask) = Self.masks(count)
    self.init(
      low: UInt64(littleEndian: raw.loadUnaligned(as: UInt64.self)) & lowMask,
      high: UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self)) & highMask,
      utf8Count: Int32(count))
  }

  @inline(__always)
  private init(low: UInt64, high: UInt64, utf8Count: Int32) {
    (self.low, self.high, self.utf8Count) = (low, high, utf8Count)
  }

  init(_ string: String) {
    var string = string
    self = string.withUTF8 { TokenText(bytes: $0) }
  }

  /// A literal's bytes are constants: inlined, the compiler folds this to two integers.
  @inline(__always)
  init(stringLiteral value: StaticString) {
    self.init(bytes: UnsafeBufferPointer(start: value.utf8Start, count: value.utf8CodeUnitCount))
  }

  /// A well-mixed hash of the text, for hash tables (its low bits are as good as its high).
  @inline(__always)
  var mixed: UInt64 {
    var z = (low ^ (high &* 0x9E37_79B9_7F4A_7C15)) &+ UInt64(utf8Count)
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// True when the whole text is held inline (16 bytes or fewer).
  var isInline: Bool { utf8Count <= 16 }

  /// The text when it is held inline, else nil (see `TextToken.string(in:)`).
  var inlineString: String? {
    guard isInline else { return nil }
    var bytes = (low.littleEndian, high.littleEndian)
    let count = Int(utf8Count)
    return withUnsafeBytes(of: &bytes) { String(decoding: $0.prefix(count), as: UTF8.self) }
  }

  /// True when the text starts with `prefix`; nil when that lies past what is held inline
  /// (a prefix longer than 8 bytes of a text longer than 16).
  func hasPrefix(_ prefix: StaticString) -> Bool? {
    let count = prefix.utf8CodeUnitCount
    guard Int(utf8Count) >= count else { return false }
    // An inline text holds all its bytes; a long one only its first 8.
    guard isInline || count <= 8 else { return nil }
    let other = TokenText(stringLiteral: prefix)
    let (lowMask, highMask) = Self.masks(count)
    return low & lowMask == other.low && high & highMask == other.high
  }

  /// Masks keeping the first `count` (at most 16) bytes of `low` and `high`.
  @inline(__always)
  private static func masks(_ count: Int) -> (UInt64, UInt64) {
    let lowBytes = min(count, 8)
    let highBytes = count - lowBytes
    let lowMask: UInt64 = lowBytes == 8 ? ~0 : (1 << (8 * UInt64(lowBytes))) - 1
    let highMask: UInt64 = highBytes == 8 ? ~0 : (1 << (8 * UInt64(highBytes))) - 1
    return (lowMask, highMask)
  }
}
