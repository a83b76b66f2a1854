import Testing

@testable import ContrasteCompare

/// The shingle radix sort gives what sorting a set gives.
@Suite("Sorted distinct shingles")
struct SortedDistinctTests {
  /// Empty and one-value arrays, many duplicates, values that differ only in their top or
  /// bottom byte, and random values of every size.
  @Test func radixSortMatchesSortingASet() {
    var state: UInt64 = 19
    func next() -> UInt32 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return UInt32(truncatingIfNeeded: state >> 32)
    }
    var cases: [[UInt32]] = [[], [7], [5, 5, 5], [0, .max, 0x0100_0000, 0xFF, 0x00FF_0000, 0xFF00, 1]]
    for size in [2, 3, 17, 256, 1_000, 5_000] {
      cases.append((0..<size).map { _ in next() })
      cases.append((0..<size).map { _ in next() & 0xFF00_00FF })  // few distinct digits
      cases.append((0..<size).map { _ in next() % 40 })  // many duplicates
    }
    for values in cases {
      #expect(ComparisonInput.sortedDistinct(values) == Array(Set(values)).sorted(), "\(values.count) values")
    }
  }
}
