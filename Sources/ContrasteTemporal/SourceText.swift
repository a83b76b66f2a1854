import ContrasteNormalizer

/// The text being tagged: the original UTF-8 (for quotes, letter case and accents) and the
/// folded text the tokens point into.
struct SourceText {
  /// The original text's UTF-8 and where each of its scalars starts.
  let original: UTF8Text
  let folded: FoldedText

  init(_ original: UTF8Text, folded: FoldedText) {
    self.original = original
    self.folded = folded
  }

  /// The original scalar range of a folded range.
  func originalRange(_ start: Int32, _ end: Int32) -> Range<Int> {
    folded.originalRange(of: Int(start)..<Int(end))
  }

  /// The original text of a scalar range.
  func quote(_ range: Range<Int>) -> String { original.quote(range) }

  /// The original scalar at scalar offset `offset`.
  func scalar(at offset: Int) -> Unicode.Scalar {
    let start = Int(original.scalarStart[offset])
    let value = original.utf8.withUnsafeBufferPointer { UTF8Scalar.decode($0, at: start).value }
    return Unicode.Scalar(value) ?? "\u{FFFD}"
  }

  /// True when the token is written with a capital and then a small letter (`Mayo`, not `MAYO`).
  func isTitlecase(_ token: ScanToken) -> Bool {
    let range = originalRange(token.start, token.end)
    guard range.count >= 2 else { return false }
    return Self.isUppercase(scalar(at: range.lowerBound)) && Self.isLowercase(scalar(at: range.lowerBound + 1))
  }

  /// True when the original text at scalar offset `offset` is a small letter.
  func isLowercase(at offset: Int) -> Bool { Self.isLowercase(scalar(at: offset)) }

  static func isLowercase(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value < 0x80 ? scalar.value >= 0x61 && scalar.value <= 0x7A : scalar.properties.isLowercase
  }

  static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value < 0x80 ? scalar.value >= 0x41 && scalar.value <= 0x5A : scalar.properties.isUppercase
  }

  /// True when the original letters behind folded scalar `offset` carry an acute accent (`ó`, `á`).
  func hasAccent(atFolded offset: Int) -> Bool {
    for index in folded.originalRange(of: offset..<(offset + 1)) {
      switch scalar(at: index).value {
      case 0xE1, 0xE9, 0xED, 0xF3, 0xFA, 0xC1, 0xC9, 0xCD, 0xD3, 0xDA, 0x301: return true
      default: continue
      }
    }
    return false
  }

  /// The folded word of a token (`informo`).
  func foldedWord(_ token: ScanToken) -> String {
    String(decoding: folded.utf8[Int(token.byteStart)..<Int(token.byteEnd)], as: UTF8.self)
  }
}
