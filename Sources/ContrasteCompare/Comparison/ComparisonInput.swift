import ContrasteClaims
import ContrasteNormalizer
import ContrasteTemporal
import Foundation

/// What the comparer needs from one article: its metadata, claims and text shingles.
///
/// The article text itself is not kept, so a large corpus can be compared from claims alone.
public struct ComparisonInput: Sendable, Codable {
  public var document: Document
  public var claims: ArticleClaims
  /// Word 5-gram hashes of the folded text, for copy detection: sorted, distinct, 32 bits each
  /// (a 100,000-article corpus keeps them in a quarter of the memory of 64-bit hashes in a set).
  public private(set) var shingles: [UInt32]
  /// The shingles' MinHash signature: a cheap estimate of similarity before the exact one.
  public private(set) var signature: [UInt32]
  /// LSH band keys of the signature, computed once (and cached with the input).
  public private(set) var bands: [UInt64]

  private enum CodingKeys: String, CodingKey {
    case document
    case claims
    case shingles
    case signature
  }

  // Shingles and signature are stored as packed little-endian bytes: a cache of 10,000 articles
  // decodes ten times faster than with one JSON number per value.
  public init(from decoder: Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    document = try container.decode(Document.self, forKey: .document)
    claims = try container.decode(ArticleClaims.self, forKey: .claims)
    shingles = Self.unpack(try container.decode(Data.self, forKey: .shingles))
    signature = Self.unpack(try container.decode(Data.self, forKey: .signature))
    guard signature.count == DependenceDetector.bands * DependenceDetector.rows else {
      throw DecodingError.dataCorruptedError(
        forKey: .signature, in: container, debugDescription: "signature of \(signature.count) values")
    }
    bands = DependenceDetector.bandHashes(signature)
  }

  public func encode(to encoder: Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(document, forKey: .document)
    try container.encode(claims, forKey: .claims)
    try container.encode(Self.pack(shingles), forKey: .shingles)
    try container.encode(Self.pack(signature), forKey: .signature)
  }

  private static func pack(_ values: [UInt32]) -> Data {
    var packed = Data(capacity: values.count * 4)
    for value in values { withUnsafeBytes(of: value.littleEndian) { packed.append(contentsOf: $0) } }
    return packed
  }

  private static func unpack(_ packed: Data) -> [UInt32] {
    packed.withUnsafeBytes { raw in
      stride(from: 0, to: raw.count - 3, by: 4).map {
        UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: $0, as: UInt32.self))
      }
    }
  }

  /// An input from its parts; `shingles` are hashes such as `DependenceDetector.shingles` gives.
  public init(document: Document, claims: ArticleClaims, shingles: some Sequence<UInt64>) {
    self.document = document
    self.claims = claims
    let values = Self.sortedDistinct(shingles.map { UInt32(truncatingIfNeeded: $0 ^ ($0 >> 32)) })
    self.shingles = values
    self.signature = DependenceDetector.signature(self.shingles)
    self.bands = DependenceDetector.bandHashes(signature)
  }

  /// `values` sorted, each once.
  ///
  /// A radix sort, eight bits a pass: four passes over an article's thousand-odd shingles cost
  /// less than comparison sorting them. The four histograms are counted in one read of the
  /// values, into one table on the stack.
  static func sortedDistinct(_ values: consuming [UInt32]) -> [UInt32] {
    // Taken, not copied: the caller's array is usually a temporary, sorted in its own buffer.
    var values = consume values
    // Every slot of the scratch array is written by the first pass before it is read.
    var scratch = [UInt32](unsafeUninitializedCapacity: values.count) { _, count in count = values.count }
    withUnsafeTemporaryAllocation(of: Int.self, capacity: 4 * 256) { counts in
      counts.initialize(repeating: 0)
      values.withUnsafeMutableBufferPointer { values in
        scratch.withUnsafeMutableBufferPointer { scratch in
          for value in values {
            counts[Int(value & 0xFF)] &+= 1
            counts[256 + Int((value >> 8) & 0xFF)] &+= 1
            counts[512 + Int((value >> 16) & 0xFF)] &+= 1
            counts[768 + Int(value >> 24)] &+= 1
          }
          // Each histogram becomes the start of each digit's run.
          for pass in 0..<4 {
            var total = 0
            for digit in (pass * 256)..<((pass + 1) * 256) {
              let count = counts[digit]
              counts[digit] = total
              total &+= count
            }
          }
          var (source, target) = (values, scratch)
          for pass in 0..<4 {
            let (shift, base) = (UInt32(8 * pass), 256 * pass)
            for value in source {
              let slot = base + Int((value >> shift) & 0xFF)
              target[counts[slot]] = value
              counts[slot] &+= 1
            }
            swap(&source, &target)
          }
          // Four passes: the sorted values are back in `values`.
        }
      }
    }
    // Repeats removed in place: the sorted array is the result.
    var kept = 0
    values.withUnsafeMutableBufferPointer { values in
      for index in values.indices where kept == 0 || values[kept - 1] != values[index] {
        values[kept] = values[index]
        kept += 1
      }
    }
    values.removeLast(values.count - kept)
    return values
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
    let ranges = article.segments.filter { $0.boilerplate == nil }.map {
      folded.foldedOffset(ofOriginal: $0.range.lowerBound)..<folded.foldedOffset(ofOriginal: $0.range.upperBound)
    }
    self.init(
      document: Self.document(article), claims: claims,
      shingles: DependenceDetector.shingles(folded: folded.utf8, ranges: ranges))
  }

  /// Builds the input from word hashes the tagger made in its pass over the folded text, or
  /// (when they are missing or incomplete) from the text itself; the shingles are the same.
  package init(article: Article, claims: ArticleClaims, folded: FoldedText, words: WordHashes?) {
    guard let words, words.complete else {
      self.init(article: article, claims: claims, folded: folded)
      return
    }
    self.init(
      document: Self.document(article), claims: claims, shingles: DependenceDetector.shingles(words: words.values))
  }

  static func document(_ article: Article) -> Document {
    Document(
      id: article.id, path: article.source, outlet: article.outlet, title: article.title,
      date: article.published?.value, dateSource: article.published?.source.rawValue)
  }
}
