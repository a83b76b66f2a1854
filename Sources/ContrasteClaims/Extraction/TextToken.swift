import ContrasteNormalizer

/// A word, number or punctuation mark of folded article text, with its original range.
struct TextToken: Sendable, Hashable {
  enum Kind: Sendable, Hashable {
    case word
    case number
    case punctuation
  }

  /// Folded text of the token.
  var text: TokenText
  /// UTF-8 byte range of the token in the folded article (`FoldedText.utf8`), end exclusive.
  var byteStart: Int32 = 0
  var byteEnd: Int32 = 0
  var kind: Kind
  /// Unicode-scalar range in the original article text.
  var range: Range<Int>
  /// The original token starts with an uppercase letter.
  var isCapitalized: Bool
  /// The word's number in the lexicon's vocabulary (phrase words and word-class words), or -1.
  var id: Int32 = -1
  /// Which phrase matchers have a phrase starting with this word (see `Vocabulary`).
  var starts: UInt32 = 0
  /// The extractor's word classes this word belongs to.
  var classes: WordClass = []

  var isWord: Bool { kind == .word }

  /// True when the folded text starts with `prefix`, read from `folded` (the article's
  /// `FoldedText.utf8`) when it is too long to be held inline.
  func hasPrefix(_ prefix: StaticString, in folded: [UInt8]) -> Bool {
    if let inline = text.hasPrefix(prefix) { return inline }
    let bytes = UnsafeBufferPointer(start: prefix.utf8Start, count: prefix.utf8CodeUnitCount)
    return folded[Int(byteStart)..<Int(byteEnd)].starts(with: bytes)
  }

  /// The folded text as a `String`, read from `folded` (the article's `FoldedText.utf8`) when
  /// it is too long to be held inline.
  func string(in folded: [UInt8]) -> String {
    if let inline = text.inlineString { return inline }
    return String(decoding: folded[Int(byteStart)..<Int(byteEnd)], as: UTF8.self)
  }
}

/// Splits folded text into tokens: runs of letters, numbers (with inner `.` or `,` between
/// digits) and single punctuation marks.
enum Tokenizer {
  /// Tokens of the folded scalars `folded[range]`; `original` maps them back.
  static func tokens(
    folded: [Unicode.Scalar], in range: Range<Int>, map: FoldedText, original: [Unicode.Scalar],
    vocabulary: [String: Int32] = [:]
  ) -> [TextToken] {
    var tokens: [TextToken] = []
    // UTF-8 offsets of the folded scalars, for each token's byte range.
    var byte = folded[..<range.lowerBound].reduce(0) { $0 + UTF8.width($1) }
    var index = range.lowerBound
    while index < range.upperBound {
      let scalar = folded[index]
      if isSpace(scalar) {
        byte += UTF8.width(scalar)
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
      let text = String(scalars: folded[start..<index])
      let byteStart = byte
      byte += text.utf8.count
      tokens.append(
        TextToken(
          text: TokenText(text), byteStart: Int32(byteStart), byteEnd: Int32(byte), kind: kind, range: originalRange,
          isCapitalized: isUpper(first), id: vocabulary[text] ?? -1))
    }
    return tokens
  }

  /// A position in folded text: UTF-8 byte offset and scalar offset, moved forward only.
  struct Cursor {
    var byte = 0
    var scalar = 0
  }

  /// Tokens of folded scalars `range`, scanning the folded UTF-8 from `cursor` (which must not
  /// be past `range`); faster than `tokens(folded:in:map:original:vocabulary:)` for whole articles.
  static func tokens(
    folded: FoldedText, in range: Range<Int>, cursor: inout Cursor, original: [Unicode.Scalar],
    vocabulary: Vocabulary
  ) -> [TextToken] {
    var tokens: [TextToken] = []
    tokens.reserveCapacity(range.count / 4 + 1)
    let asciiAlphanumerics = UTF8Scalar.asciiAlphanumerics
    folded.utf8.withUnsafeBufferPointer { bytes in
      asciiAlphanumerics.withUnsafeBufferPointer { asciiWord in
        // Scalars are decoded in place from the folded UTF-8.
        func scalar(at byte: Int) -> Unicode.Scalar {
          let lead = bytes[byte]
          if lead < 0x80 { return Unicode.Scalar(lead) }
          return Unicode.Scalar(UTF8Scalar.decode(bytes, at: byte).value) ?? " "
        }
        func advance() {
          let lead = bytes[cursor.byte]
          cursor.byte += lead < 0x80 ? 1 : UTF8Scalar.length(lead: lead)
          cursor.scalar += 1
        }
        while cursor.scalar < range.lowerBound, cursor.byte < bytes.count { advance() }
        while cursor.scalar < range.upperBound, cursor.byte < bytes.count {
          let current = scalar(at: cursor.byte)
          if isSpace(current) {
            advance()
            continue
          }
          let start = cursor
          let kind: TextToken.Kind
          if isDigit(current) {
            kind = .number
            advance()
            while cursor.scalar < range.upperBound, cursor.byte < bytes.count {
              let next = bytes[cursor.byte]
              if next &- 0x30 < 10 {
                advance()
              } else if next == 0x2E || next == 0x2C, cursor.byte + 1 < bytes.count,
                bytes[cursor.byte + 1] &- 0x30 < 10,
                cursor.scalar + 1 < range.upperBound
              {
                advance()
                advance()
              } else {
                break
              }
            }
          } else if isLetter(current) {
            kind = .word
            var byte = cursor.byte
            var scalarIndex = cursor.scalar
            let end = bytes.count
            while scalarIndex < range.upperBound, byte < end {
              let lead = bytes[byte]
              if lead < 0x80 {
                // A run of ASCII letters and digits, the common case: bytes and scalars advance
                // together, so only the byte bound is checked, and a byte's class is one load.
                let first = byte
                let stop = min(end, byte + (range.upperBound - scalarIndex))
                while byte < stop, asciiWord[Int(bytes[byte])] { byte += 1 }
                scalarIndex += byte - first
                // Stopped at a byte that ends the word, unless it starts a longer scalar.
                if byte < stop, bytes[byte] < 0x80 { break }
                continue
              } else {
                let (value, length) = UTF8Scalar.decode(bytes, at: byte)
                guard let next = Unicode.Scalar(value), isLetter(next) else { break }
                byte += length
              }
              scalarIndex += 1
            }
            cursor = Cursor(byte: byte, scalar: scalarIndex)
          } else {
            kind = .punctuation
            advance()
          }
          tokens.append(
            token(
              kind, scalars: start.scalar..<cursor.scalar, bytes: start.byte..<cursor.byte, in: bytes, folded: folded,
              original: original, vocabulary: vocabulary))
        }
      }
    }
    return tokens
  }

  /// Folded tokens of a lexicon phrase.
  static func phrase(_ text: String, folder: Folder) -> [String] {
    guard let folded = try? folder.fold(text) else { return [] }
    let scalars = folded.string.scalarArray
    let original = text.scalarArray
    return tokens(folded: scalars, in: 0..<scalars.count, map: folded, original: original).map {
      $0.string(in: folded.utf8)
    }
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
