import ContrasteClaims
import ContrasteNormalizer
import Foundation

/// What the comparer needs from one article: its metadata, claims and text shingles.
///
/// The article text itself is not kept, so a large corpus can be compared from claims alone.
public struct ComparisonInput: Sendable, Codable {
  public var document: Document
  public var claims: ArticleClaims
  /// Word 5-gram hashes of the folded text, for copy detection.
  public var shingles: Set<UInt64> { didSet { bands = Self.bands(shingles) } }
  /// LSH band keys of the shingles' MinHash signature, computed once (and cached with the input).
  public private(set) var bands: [UInt64]

  static func bands(_ shingles: Set<UInt64>) -> [UInt64] {
    DependenceDetector.bandHashes(DependenceDetector.signature(shingles))
  }

  private enum CodingKeys: String, CodingKey {
    case document
    case claims
    case shingles
    case bands
  }

  // Shingles are stored as packed little-endian bytes: a cache of 10,000 articles decodes
  // ten times faster than with one JSON number per shingle.
  public init(from decoder: Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    document = try container.decode(Document.self, forKey: .document)
    claims = try container.decode(ArticleClaims.self, forKey: .claims)
    let packed = try container.decode(Data.self, forKey: .shingles)
    var shingles = Set<UInt64>(minimumCapacity: packed.count / 8)
    packed.withUnsafeBytes { raw in
      for offset in stride(from: 0, to: raw.count - 7, by: 8) {
        shingles.insert(UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)))
      }
    }
    self.shingles = shingles
    bands = try container.decodeIfPresent([UInt64].self, forKey: .bands) ?? Self.bands(shingles)
  }

  public func encode(to encoder: Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(document, forKey: .document)
    try container.encode(claims, forKey: .claims)
    var packed = Data(capacity: shingles.count * 8)
    for value in shingles.sorted() { withUnsafeBytes(of: value.littleEndian) { packed.append(contentsOf: $0) } }
    try container.encode(packed, forKey: .shingles)
    try container.encode(bands, forKey: .bands)
  }

  public init(document: Document, claims: ArticleClaims, shingles: Set<UInt64>) {
    self.document = document
    self.claims = claims
    self.shingles = shingles
    self.bands = Self.bands(shingles)
  }

  /// Builds the input for `article`, folding its body text with `folder`.
  public init(article: Article, claims: ArticleClaims, folder: Folder) {
    guard let folded = try? folder.fold(article.text) else {
      self.init(document: Self.document(article), claims: claims, shingles: [])
      return
    }
    self.init(article: article, claims: claims, folded: folded)
  }

  /// Builds the input from the article's folded text (shingles of its non-boilerplate segments).
  public init(article: Article, claims: ArticleClaims, folded: FoldedText) {
    let scalars = Array(folded.string.unicodeScalars)
    var body = String.UnicodeScalarView()
    for segment in article.segments where segment.boilerplate == nil {
      let start = folded.foldedOffset(ofOriginal: segment.range.lowerBound)
      let end = folded.foldedOffset(ofOriginal: segment.range.upperBound)
      body.append(contentsOf: scalars[start..<end])
      body.append(" ")
    }
    self.init(document: Self.document(article), claims: claims, shingles: DependenceDetector.shingles(String(body)))
  }

  static func document(_ article: Article) -> Document {
    Document(
      id: article.id, path: article.source, outlet: article.outlet, title: article.title,
      date: article.published?.value, dateSource: article.published?.source.rawValue)
  }
}
