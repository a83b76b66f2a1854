/// Text folded into a matching key, with a map back to the original text.
///
/// Offsets are Unicode-scalar offsets. Folding can shrink text (`n` + combining tilde → `ñ`) or
/// grow it (`…` → `...`); every folded scalar knows the original range it came from, so a match
/// found in folded text is quoted from the exact original characters.
public struct FoldedText: Sendable {
  /// The folded text as UTF-8, for byte-level scanning.
  public let utf8: [UInt8]
  /// The folded text, decoded from `utf8` at each use: the pipeline scans the bytes, and a
  /// string kept beside them cost a validating pass over every article.
  public var string: String { String(decoding: utf8, as: UTF8.self) }
  /// Folded scalar `i` came from original scalars `originalStart[i]..<originalEnd[i]`.
  @usableFromInline let originalStart: [Int32]
  @usableFromInline let originalEnd: [Int32]
  /// Original scalar `j` starts at folded offset `foldedStart[j]`; one extra entry for the end.
  @usableFromInline let foldedStart: [Int32]

  /// Number of scalars in the folded text.
  @inlinable public var count: Int { originalStart.count }
  /// Number of scalars in the original text.
  @inlinable public var originalCount: Int { foldedStart.count - 1 }

  /// The original range that folded `range` came from.
  ///
  /// Inlinable: the claim extractor asks it for every token.
  @inlinable
  public func originalRange(of range: Range<Int>) -> Range<Int> {
    precondition(range.lowerBound >= 0 && range.upperBound <= count, "folded range out of bounds")
    if range.isEmpty {
      let start = range.lowerBound < count ? Int(originalStart[range.lowerBound]) : originalCount
      return start..<start
    }
    return Int(originalStart[range.lowerBound])..<Int(originalEnd[range.upperBound - 1])
  }

  /// The folded offset where original offset `offset` starts.
  public func foldedOffset(ofOriginal offset: Int) -> Int {
    precondition(offset >= 0 && offset <= originalCount, "original offset out of bounds")
    return Int(foldedStart[offset])
  }
}
