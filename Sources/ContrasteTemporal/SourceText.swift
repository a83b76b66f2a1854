import ContrasteNormalizer

/// The text being tagged: the original scalars (for quotes, letter case and accents) and the
/// folded text the tokens point into.
struct SourceText {
  let original: [Unicode.Scalar]
  let folded: FoldedText

  init(_ text: String, folded: FoldedText) {
    self.original = Array(text.unicodeScalars)
    self.folded = folded
  }

  /// The original scalar range of a folded range.
  func originalRange(_ start: Int32, _ end: Int32) -> Range<Int> {
    folded.originalRange(of: Int(start)..<Int(end))
  }

  /// The original text of a scalar range.
  func quote(_ range: Range<Int>) -> String {
    var view = String.UnicodeScalarView()
    view.append(contentsOf: original[range])
    return String(view)
  }

  /// True when the token is written with a capital and then a small letter (`Mayo`, not `MAYO`).
  func isTitlecase(_ token: ScanToken) -> Bool {
    let range = originalRange(token.start, token.end)
    guard range.count >= 2 else { return false }
    return original[range.lowerBound].properties.isUppercase
      && original[range.lowerBound + 1].properties.isLowercase
  }

  /// The original word of a token in lower case, accents kept (`informó`), for tense suffixes.
  func lowercasedWord(_ token: ScanToken) -> String {
    quote(originalRange(token.start, token.end)).lowercased()
  }

  /// The folded word of a token (`informo`).
  func foldedWord(_ token: ScanToken) -> String {
    String(decoding: folded.utf8[Int(token.byteStart)..<Int(token.byteEnd)], as: UTF8.self)
  }
}
