/// Where a claim comes from: an exact range of the original article text and its quote.
public struct Evidence: Sendable, Hashable, Codable {
  /// Article id.
  public var article: String
  /// Unicode-scalar offsets into the article text, end exclusive.
  public var start: Int
  public var end: Int
  /// 1-based line and column (in scalars) of `start`.
  public var line: Int
  public var column: Int
  /// The original text of `start..<end`.
  public var quote: String

  public init(article: String, start: Int, end: Int, line: Int, column: Int, quote: String) {
    self.article = article
    self.start = start
    self.end = end
    self.line = line
    self.column = column
    self.quote = quote
  }
}
