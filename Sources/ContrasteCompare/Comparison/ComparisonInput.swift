import ContrasteClaims
import ContrasteNormalizer

/// What the comparer needs from one article: its metadata, claims and text shingles.
///
/// The article text itself is not kept, so a large corpus can be compared from claims alone.
public struct ComparisonInput: Sendable, Codable {
  public var document: Document
  public var claims: ArticleClaims
  /// Word 5-gram hashes of the folded text, for copy detection.
  public var shingles: Set<UInt64>

  public init(document: Document, claims: ArticleClaims, shingles: Set<UInt64>) {
    self.document = document
    self.claims = claims
    self.shingles = shingles
  }

  /// Builds the input for `article`, folding its body text with `folder`.
  public init(article: Article, claims: ArticleClaims, folder: Folder) {
    let scalars = Array(article.text.unicodeScalars)
    var body = String.UnicodeScalarView()
    for segment in article.segments where segment.boilerplate == nil {
      body.append(contentsOf: scalars[segment.range])
      body.append(" ")
    }
    let folded = (try? folder.key(String(body))) ?? ""
    self.init(
      document: Document(
        id: article.id, path: article.source, outlet: article.outlet, title: article.title,
        date: article.published?.value, dateSource: article.published?.source.rawValue),
      claims: claims, shingles: DependenceDetector.shingles(folded))
  }
}
