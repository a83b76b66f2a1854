import Testing

@testable import ContrasteCompare

/// Sorting and dropping repeats in place gives what a set, sorted, gives.
@Suite("Sort unique")
struct SortUniqueTests {
  @Test(arguments: [
    [String](), ["a"], ["b", "a", "b"], ["?/sismo/?", "gis/reunion/2", "?/sismo/?", "gis/reunion/?"],
    ["x", "x", "x"], ["c", "b", "a", "a", "b", "c"],
  ])
  func keysMatchASortedSet(keys: [String]) {
    var unique = keys
    unique.sortUnique()
    #expect(unique == Set(keys).sorted())
  }

  @Test func pairsMatchASortedSet() {
    // Pair keys as copy detection builds them, many repeated.
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    var pairs: [UInt64] = []
    for _ in 0..<5_000 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      pairs.append((state >> 33) % 300 << 32 | (state >> 20) % 7)
    }
    var unique = pairs
    unique.sortUnique()
    #expect(unique == Set(pairs).sorted())
  }
}
