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
}
