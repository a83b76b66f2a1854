import Testing

@testable import ContrasteClaims
@testable import ContrasteCompare

/// Near-copy detection on texts of known similarity: long texts, whose pairs are first screened
/// on a sample of their shingles, are joined exactly when their Jaccard similarity reaches the
/// threshold, and the similarity reported is the exact one.
@Suite("Copy detection")
struct CopyDetectionTests {
  /// An input whose shingles are `shared` plus `own` values of its own.
  func input(_ id: String, shared: Range<UInt64>, own: Range<UInt64>) -> ComparisonInput {
    let document = Document(id: id, path: id, outlet: nil, title: nil, date: nil, dateSource: nil)
    let claims = ArticleClaims(
      article: id, events: [], claims: [], sources: [], diagnostics: [], reference: nil, referenceSource: nil)
    // Mixed, as real shingle hashes are.
    return ComparisonInput(
      document: document, claims: claims, shingles: (Array(shared) + Array(own)).map(DependenceDetector.mix))
  }

  /// 2,000 shared shingles; each text adds its own so that the similarity is `jaccard`.
  @Test(arguments: [(0.5, true), (0.3, true), (0.2, false), (0.1, false)])
  func joinedExactlyAtTheThreshold(jaccard: Double, joined: Bool) {
    let shared: UInt64 = 2_000
    let own = UInt64((Double(shared) / jaccard - Double(shared)) / 2)
    let inputs = [
      input("a", shared: 0..<shared, own: 1_000_000..<(1_000_000 + own)),
      input("b", shared: 0..<shared, own: 2_000_000..<(2_000_000 + own)),
      input("c", shared: 5_000_000..<5_004_000, own: 0..<0),
    ]
    for workers in [1, 2] {
      var union = UnionFind(count: inputs.count)
      let copies = DependenceDetector.copies(inputs, workers: workers, joining: &union)
      #expect(copies.map { [$0.0, $0.1] } == (joined ? [[0, 1]] : []))
      if let similarity = copies.first?.2 {
        #expect(abs(similarity - Double(shared) / Double(shared + 2 * own)) < 1e-9)
      }
    }
  }
}
