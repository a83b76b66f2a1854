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

/// The band keys' counting sort orders as a comparison sort by key then index does.
@Suite("Band key sort")
struct BandKeySortTests {
  /// Keys spread over the whole range, keys sharing their top bits (short and long runs of one
  /// digit), repeated keys, and the empty and single cases.
  @Test(arguments: [0, 1, 2, 50, 5_000])
  func countingSortMatchesComparisonSort(count: Int) {
    // Pseudo-random draws from the detector's own mixing function: the same cases every run.
    var draw = UInt64(count)
    func next() -> UInt64 {
      draw &+= 1
      return DependenceDetector.mix(draw)
    }
    var keyed: [(key: UInt64, index: Int)] = []
    for index in 0..<count {
      let key: UInt64
      switch next() % 4 {
      case 0: key = next()
      case 1: key = 0xABCD_0000_0000_0000 | (next() % 100)  // a long run of one digit
      case 2: key = 0x1234_0000_0000_0000 | (next() % 3)  // a short run, repeats
      default: key = UInt64(index % 7) << 48  // repeated keys across digits
      }
      keyed.append((key, index))
    }
    let expected = keyed.sorted { ($0.key, $0.index) < ($1.key, $1.index) }
    DependenceDetector.sortByKey(&keyed)
    #expect(keyed.map(\.key) == expected.map(\.key))
    #expect(keyed.map(\.index) == expected.map(\.index))
  }
}

/// The vector count of common shingles gives what merging the two arrays gives.
@Suite("Common shingles")
struct CommonShinglesTests {
  /// Arrays of 0 to 70 values (blocks of eight and tails), overlapping by nothing, partly and
  /// wholly, with values across the whole range (the top bit set too) and runs of neighbours.
  @Test(arguments: [0, 1, 7, 8, 9, 17, 64, 70])
  func vectorCountMatchesTheMerge(count: Int) {
    var draw = UInt64(count) &* 1_000
    func next() -> UInt64 {
      draw &+= 1
      return DependenceDetector.mix(draw)
    }
    for otherCount in [0, 1, 8, 15, 33, 70] {
      for overlap in 0..<4 {
        var a = Set<UInt32>()
        var b = Set<UInt32>()
        while a.count < count { a.insert(UInt32(truncatingIfNeeded: next()) % (overlap == 3 ? 200 : UInt32.max)) }
        while b.count < otherCount {
          // Shared values with probability overlap / 4 (while some are left), else fresh ones.
          if overlap > 0, !a.isSubset(of: b), Int(next() % 4) < overlap {
            b.insert(Array(a)[Int(next() % UInt64(a.count))])
          } else {
            b.insert(UInt32(truncatingIfNeeded: next()) % (overlap == 3 ? 200 : UInt32.max))
          }
        }
        let (x, y) = (a.sorted(), b.sorted())
        let common = a.intersection(b).count
        let expected = Double(common) / Double(max(1, x.count + y.count - common))
        #expect(DependenceDetector.jaccard(x, y) == expected, "\(count) and \(otherCount), overlap \(overlap)")
        #expect(DependenceDetector.jaccard(y, x) == expected)
        #expect(DependenceDetector.sample(x) == x.filter { $0 % 8 == 0 })
      }
    }
  }
}
