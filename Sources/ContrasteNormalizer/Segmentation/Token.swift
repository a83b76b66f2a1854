/// A word, number or punctuation mark found by the word segmenter.
public struct Token: Sendable, Hashable, Codable {
  public enum Kind: String, Sendable, Hashable, Codable {
    case word
    case number
    case punctuation
  }

  /// Scalar offsets into the segmented text.
  public var range: Range<Int>
  public var kind: Kind

  public init(range: Range<Int>, kind: Kind) {
    self.range = range
    self.kind = kind
  }
}
