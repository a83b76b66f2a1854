import ContrasteNormalizer

/// A word, number or punctuation mark of folded article text, with its original range.
struct TextToken: Sendable, Hashable {
  enum Kind: Sendable, Hashable {
    case word
    case number
    case punctuation
  }

  /// Folded text of the token.
  var text: String
  var kind: Kind
  /// Unicode-scalar range in the original article text.
  var range: Range<Int>
  /// The original token starts with an uppercase letter.
  var isCapitalized: Bool

  var isWord: Bool { kind == .word }
}

/// Splits folded text into tokens: runs of letters, numbers (with inner `.` or `,` between
/// digits) and single punctuation marks.
enum Tokenizer {
  /// Tokens of the folded scalars `folded[range]`; `original` maps them back.
  static func tokens(
    folded: [Unicode.Scalar], in range: Range<Int>, map: FoldedText, original: [Unicode.Scalar]
  ) -> [TextToken] {
    var tokens: [TextToken] = []
    var index = range.lowerBound
    while index < range.upperBound {
      let scalar = folded[index]
      if isSpace(scalar) {
        index += 1
        continue
      }
      let start = index
      let kind: TextToken.Kind
      if isDigit(scalar) {
        kind = .number
        index += 1
        while index < range.upperBound {
          if isDigit(folded[index]) {
            index += 1
          } else if folded[index] == "." || folded[index] == ",", index + 1 < range.upperBound,
            isDigit(folded[index + 1])
          {
            index += 2
          } else {
            break
          }
        }
      } else if isLetter(scalar) {
        kind = .word
        index += 1
        while index < range.upperBound, isLetter(folded[index]) || isDigit(folded[index]) {
          index += 1
        }
      } else {
        kind = .punctuation
        index += 1
      }
      let originalRange = map.originalRange(of: start..<index)
      let first = originalRange.lowerBound < original.count ? original[originalRange.lowerBound] : " "
      tokens.append(
        TextToken(
          text: String(String.UnicodeScalarView(folded[start..<index])), kind: kind, range: originalRange,
          isCapitalized: isUpper(first)))
    }
    return tokens
  }

  /// Folded tokens of a lexicon phrase.
  static func phrase(_ text: String, folder: Folder) -> [String] {
    guard let folded = try? folder.fold(text) else { return [] }
    let scalars = Array(folded.string.unicodeScalars)
    let original = Array(text.unicodeScalars)
    return tokens(folded: scalars, in: 0..<scalars.count, map: folded, original: original).map(\.text)
  }

  static func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar.value &- 0x30 < 10 }

  // ASCII fast paths: folded news text is almost all ASCII.
  static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 0x80 { return (value | 0x20) &- 0x61 < 26 }
    return scalar.properties.isAlphabetic
  }

  static func isUpper(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 0x80 { return value &- 0x41 < 26 }
    return scalar.properties.isUppercase
  }

  static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 0x80 { return value == 0x20 || (value >= 0x09 && value <= 0x0D) }
    return scalar.properties.isWhitespace
  }
}
