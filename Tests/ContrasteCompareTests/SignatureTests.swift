import Testing

@testable import ContrasteCompare

/// The MinHash signature (computed in C, vectorised) is its definition, function by function.
@Suite("MinHash signature")
struct SignatureTests {
  /// Function `j` of each shingle is `first + j·step` on 32 bits (wrapping); the signature holds
  /// each function's minimum in signed order, read back with the top bit flipped.
  static func definition(_ shingles: [UInt32]) -> [UInt32] {
    (0..<64).map { function in
      var smallest = Int32.max
      for shingle in shingles {
        let hash = DependenceDetector.mix(UInt64(shingle))
        let first = UInt32(truncatingIfNeeded: hash) ^ 0x8000_0000
        let step = UInt32(truncatingIfNeeded: hash >> 32) | 1
        smallest = min(smallest, Int32(bitPattern: first &+ UInt32(function) &* step))
      }
      return UInt32(bitPattern: smallest) ^ 0x8000_0000
    }
  }

  /// No shingle, one, the extreme values, and random sets of many sizes.
  @Test func signatureMatchesItsDefinition() {
    var state: UInt64 = 23
    func next() -> UInt32 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return UInt32(truncatingIfNeeded: state >> 32)
    }
    var cases: [[UInt32]] = [[], [0], [.max], [0, 1, 2, .max, 0x8000_0000, 0x7FFF_FFFF]]
    for size in [2, 3, 15, 16, 17, 100, 1_000, 5_000] { cases.append((0..<size).map { _ in next() }) }
    for shingles in cases {
      #expect(DependenceDetector.signature(shingles) == Self.definition(shingles), "\(shingles.count) shingles")
    }
    #expect(DependenceDetector.signature([]) == Array(repeating: UInt32.max, count: 64))
  }

  /// The C screen of a bucket's pairs passes exactly the pairs whose Swift estimate passes, on
  /// signatures that agree in every number of positions around the bar.
  @Test(arguments: [0, 1, 2, 17, 40, 64])
  func bucketScreenMatchesTheEstimate(_ size: Int) {
    var state = UInt64(size) &+ 5
    func next() -> UInt32 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return UInt32(truncatingIfNeeded: state >> 32)
    }
    // Signatures copied from a few bases with a random number of positions changed, so pairs
    // agree anywhere from nowhere to everywhere.
    let bases = (0..<3).map { _ in (0..<64).map { _ in next() } }
    var signatures: [UInt32] = []
    for _ in 0..<(size + 5) {
      var signature = bases[Int(next() % 3)]
      for _ in 0..<Int(next() % 64) { signature[Int(next() % 64)] = next() }
      signatures += signature
    }
    // Members out of order and not every input, as a leaf of a bucket is.
    let members = (0..<size).map { ($0 * 7 + 3) % (size + 5) }
    var expected: [UInt16] = []
    for second in members.indices {
      for first in 0..<second {
        let (a, b) = (members[first] * 64, members[second] * 64)
        let estimate = signatures.withUnsafeBufferPointer {
          DependenceDetector.estimate(
            UnsafeBufferPointer(rebasing: $0[a..<(a + 64)]), UnsafeBufferPointer(rebasing: $0[b..<(b + 64)]))
        }
        if estimate >= DependenceDetector.threshold - 0.1 { expected.append(UInt16(second) << 8 | UInt16(first)) }
      }
    }
    #expect(DependenceDetector.similarPairs(in: signatures, members: members) == expected)
    if size >= 40 { #expect(!expected.isEmpty && expected.count < size * (size - 1) / 2) }
  }
}
