/// Splits text into words, numbers and punctuation with ICU's word break rules for Spanish.
///
/// Whitespace is dropped. Not thread-safe: one per task.
public struct WordSegmenter {
  private let iterator: BreakIterator

  public init() throws(ICUError) {
    self.iterator = try BreakIterator(.word, locale: "es")
  }

  /// The tokens of `text`, in order.
  public func tokens(of text: String) throws(ICUError) -> [Token] {
    let scalars = text.scalarArray
    let offsets = UTF16Offsets(scalars: scalars)
    var tokens: [Token] = []
    var start = 0
    for boundary in try iterator.boundaries(in: offsets.utf16) {
      let end = offsets.scalar(atUTF16: boundary.offset)
      defer { start = end }
      guard end > start else { continue }
      // ICU word rule statuses: 0 none, 100–199 number, 200–499 letters, kana, ideographs.
      switch boundary.ruleStatus {
      case 100..<200: tokens.append(Token(range: start..<end, kind: .number))
      case 200..<500: tokens.append(Token(range: start..<end, kind: .word))
      default:
        if !scalars[start..<end].allSatisfy(\.properties.isWhitespace) {
          tokens.append(Token(range: start..<end, kind: .punctuation))
        }
      }
    }
    return tokens
  }
}
