/// A sentence-like unit of an article, with its scalar range in the article text.
public struct Segment: Sendable, Hashable, Codable {
  /// What the segment is.
  public enum Kind: String, Sendable, Hashable, Codable {
    /// An ordinary sentence.
    case sentence
    /// A dateline such as `México, 11 de enero de 2026.-`.
    case dateline
    /// A section heading or a headline line.
    case heading
  }

  /// Scalar offsets into the article text, end exclusive; leading and trailing spaces excluded.
  public var range: Range<Int>
  public var kind: Kind
  /// Set when the segment is boilerplate (a credit, byline…) that later stages skip.
  public var boilerplate: Boilerplate?

  public init(range: Range<Int>, kind: Kind, boilerplate: Boilerplate? = nil) {
    self.range = range
    self.kind = kind
    self.boilerplate = boilerplate
  }
}
