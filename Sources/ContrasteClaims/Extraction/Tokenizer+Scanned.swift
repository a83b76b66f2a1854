import ContrasteNormalizer
import ContrasteTemporal

extension Tokenizer {
  /// Where a walk over a `ScannedText` has got to: its next token and next entered segment.
  struct ScanCursor {
    var token = 0
    var entered = 0
  }

  /// Tokens of folded scalars `range` made from the tagger's tokens, or nil to read the bytes.
  ///
  /// `range` is one segment the tagger split. The tokens equal those of
  /// `tokens(folded:in:cursor:original:vocabulary:)`; where the two could differ this answers
  /// nil and the caller reads the bytes instead. `bytesCursor` (the bytes' reader's) moves to
  /// the last token's end, so the next segment read from the bytes does not walk this one.
  /// `wordIds` gives the vocabulary id of each tagger word (`ScanToken.word`): a claim token
  /// that is one tagger word takes its id from there instead of probing the vocabulary again.
  ///
  /// The tagger splits letters from digits and numbers at `.` and `,`; claim tokens join them
  /// (`g20`, `1.200,5`). On ASCII text that is all that differs, so the joins are redone here. A
  /// segment holding any other scalar (where the two tokenizers' letters and spaces differ), or
  /// cut through a token at either end, is left to the bytes.
  static func tokens(
    from scanned: ScannedText, cursor: inout ScanCursor, bytesCursor: inout Cursor, in range: Range<Int>,
    folded: FoldedText,
    original: [Unicode.Scalar], vocabulary: Vocabulary, wordIds: [Int32]
  ) -> [TextToken]? {
    let scan = scanned.tokens
    // Kinds compared by raw value: the enum's `==` from another module is a witness call.
    let (number, punctuation) = (ScanToken.Kind.number.rawValue, ScanToken.Kind.punctuation.rawValue)
    let (lower, upper) = (Int32(range.lowerBound), Int32(range.upperBound))
    while cursor.token < scan.count, scan[cursor.token].start < lower { cursor.token += 1 }
    let first = cursor.token
    while cursor.token < scan.count, scan[cursor.token].start < upper { cursor.token += 1 }
    let last = cursor.token
    let entered = scanned.enteredSegments
    while cursor.entered < entered.count, entered[cursor.entered] < lower { cursor.entered += 1 }
    // A token from before the segment runs into it.
    if cursor.entered < entered.count, entered[cursor.entered] == lower { return nil }
    if first > 0, scan[first - 1].end > lower { return nil }
    let agreed = folded.utf8.withUnsafeBufferPointer { bytes in
      for index in first..<last {
        let token = scan[index]
        guard token.end <= upper else { return false }
        // Beyond ASCII a token's bytes outnumber its scalars, and its scalars are checked.
        if token.byteEnd - token.byteStart != token.end - token.start, !agrees(token, bytes) { return false }
      }
      return true
    }
    guard agreed else { return nil }
    var tokens: [TextToken] = []
    tokens.reserveCapacity(last - first)
    folded.utf8.withUnsafeBufferPointer { bytes in
      var index = first
      while index < last {
        let start = scan[index]
        var end = index
        let kind: TextToken.Kind
        switch start.kind {
        case .word:
          kind = .word
          // Letters, then letters and digits: `g20`.
          while end + 1 < last, scan[end + 1].kind.rawValue != punctuation, scan[end + 1].start == scan[end].end {
            end += 1
          }
        case .number:
          kind = .number
          // Digits joined by `.` or `,` before a digit: `1.200,5`.
          while end + 2 < last, scan[end + 1].kind.rawValue == punctuation,
            scan[end + 1].value == 0x2E || scan[end + 1].value == 0x2C,
            scan[end + 1].start == scan[end].end, scan[end + 2].kind.rawValue == number,
            scan[end + 2].start == scan[end + 1].end
          {
            end += 2
          }
        case .punctuation:
          kind = .punctuation
        }
        // One tagger word: its id is known (the tagger's probe found it, or no phrase uses it).
        let known: Int32? =
          kind == .word && end == index ? (start.word >= 0 ? wordIds[Int(start.word)] : -1) : nil
        tokens.append(
          token(
            kind, scalars: Int(start.start)..<Int(scan[end].end), bytes: Int(start.byteStart)..<Int(scan[end].byteEnd),
            in: bytes, folded: folded, original: original, vocabulary: vocabulary, id: known))
        index = end + 1
      }
    }
    if last > first, Int(scan[last - 1].end) > bytesCursor.scalar {
      bytesCursor = Cursor(byte: Int(scan[last - 1].byteEnd), scalar: Int(scan[last - 1].end))
    }
    return tokens
  }

  /// True when a tagger token holding scalars beyond ASCII is split here as the tagger split
  /// it: a word of letters only (the tagger takes any scalar from U+0250 to U+036F as a letter),
  /// a mark that is no letter, digit or space (the tagger takes `ª`, `º`, `µ` and non-ASCII
  /// spaces as marks).
  private static func agrees(_ token: ScanToken, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var byte = Int(token.byteStart)
    while byte < Int(token.byteEnd) {
      let (value, length) = bytes[byte] < 0x80 ? (UInt32(bytes[byte]), 1) : UTF8Scalar.decode(bytes, at: byte)
      guard let scalar = Unicode.Scalar(value) else { return false }
      switch token.kind {
      case .word: if !isLetter(scalar) { return false }
      case .punctuation: if isLetter(scalar) || isDigit(scalar) || isSpace(scalar) { return false }
      case .number: return false
      }
      byte += length
    }
    return true
  }

  /// The token of folded `scalars` (UTF-8 `bytes` of `buffer`), with its original range and
  /// vocabulary entry (`id` when the caller knows it).
  @inline(__always)
  static func token(
    _ kind: TextToken.Kind, scalars: Range<Int>, bytes: Range<Int>, in buffer: UnsafeBufferPointer<UInt8>,
    folded: FoldedText, original: [Unicode.Scalar], vocabulary: Vocabulary, id known: Int32? = nil
  ) -> TextToken {
    let originalRange = folded.originalRange(of: scalars)
    let first = originalRange.lowerBound < original.count ? original[originalRange.lowerBound] : " "
    let text = TokenText(in: buffer, from: bytes.lowerBound, to: bytes.upperBound)
    let id = known ?? vocabulary.id(text: text, bytes: UnsafeBufferPointer(rebasing: buffer[bytes]))
    return TextToken(
      text: text, byteStart: Int32(bytes.lowerBound), byteEnd: Int32(bytes.upperBound), kind: kind,
      range: originalRange, isCapitalized: isUpper(first), id: id,
      starts: id >= 0 ? vocabulary.starts[Int(id)] : 0, classes: id >= 0 ? vocabulary.classes[Int(id)] : [])
  }
}
