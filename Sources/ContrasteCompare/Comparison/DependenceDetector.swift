import ContrasteClaims
import ContrasteNormalizer

/// Finds articles that are not independent: near-copies of the same text (word 5-gram shingles,
/// MinHash signatures, LSH banding for candidates, exact Jaccard on candidates only) and
/// articles that relay the same primary source for the same event.
struct DependenceDetector: Sendable {
  /// Shingle size in words.
  static let shingle = 5
  // 32 bands of 2 rows: a pair at Jaccard 0.25 becomes a candidate with probability 0.87, at 0.4 with 0.99.
  static let bands = 32
  static let rows = 2
  /// Jaccard similarity at or above which two texts are copies.
  static let threshold = 0.25

  /// The shingle hashes of a folded text.
  static func shingles(_ folded: String) -> Set<UInt64> {
    let words = folded.split { !$0.isLetter && !$0.isNumber }
    guard words.count >= shingle else { return words.isEmpty ? [] : [hash(words[...])] }
    var result = Set<UInt64>()
    for start in 0...(words.count - shingle) { result.insert(hash(words[start..<(start + shingle)])) }
    return result
  }

  /// FNV-1a over the words; stable across runs (Swift's `Hasher` is seeded per process).
  static func hash(_ words: ArraySlice<Substring>) -> UInt64 {
    var value: UInt64 = 0xcbf2_9ce4_8422_2325
    for word in words {
      for byte in word.utf8 {
        value ^= UInt64(byte)
        value &*= 0x100_0000_01b3
      }
      value ^= 0x20
      value &*= 0x100_0000_01b3
    }
    return value
  }

  /// MinHash signature: the minimum of each of `bands × rows` mixed hashes.
  static func signature(_ shingles: Set<UInt64>) -> [UInt64] {
    (0..<(bands * rows)).map { seed in
      let salt = UInt64(seed) &* 0x9E37_79B9_7F4A_7C15
      var minimum = UInt64.max
      for shingle in shingles { minimum = min(minimum, mix(shingle ^ salt)) }
      return minimum
    }
  }

  static func mix(_ input: UInt64) -> UInt64 {
    var z = input &+ 0x9E37_79B9_7F4A_7C15
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// One hash per LSH band of a signature, band number mixed in.
  static func bandHashes(_ signature: [UInt64]) -> [UInt64] {
    (0..<bands).map { band in
      var value = mix(UInt64(band))
      for row in signature[(band * rows)..<((band + 1) * rows)] { value = mix(value ^ row) }
      return value
    }
  }

  /// One string per LSH band of a signature, band number included.
  static func bandKeys(_ signature: [UInt64]) -> [String] {
    (0..<bands).map { band in
      "\(band):" + signature[(band * rows)..<((band + 1) * rows)].map { String($0, radix: 16) }.joined(separator: ",")
    }
  }

  /// Pairs of near-copies (indices into `shingles`) with their Jaccard similarity.
  ///
  /// Only candidates from a shared LSH bucket are compared, and within a bucket each article is
  /// compared with one representative per group of copies, so a corpus of many copies stays
  /// near-linear.
  static func copies(_ shingles: [Set<UInt64>], bands bandHashes: [[UInt64]], joining union: inout UnionFind)
    -> [(Int, Int, Double)]
  {
    var result: [(Int, Int, Double)] = []
    var tested = Set<[Int]>()
    for band in 0..<bands {
      var buckets: [UInt64: [Int]] = [:]
      for index in shingles.indices where !shingles[index].isEmpty && band < bandHashes[index].count {
        buckets[bandHashes[index][band], default: []].append(index)
      }
      for key in buckets.keys.sorted() {
        guard let bucket = buckets[key], bucket.count > 1 else { continue }
        // One representative per group of copies already found: a bucket of 400 copies costs
        // 400 comparisons, not 80,000.
        var representatives: [Int] = []
        for member in bucket {
          if representatives.contains(where: { union.find($0) == union.find(member) }) { continue }
          var joined = false
          for representative in representatives where tested.insert([representative, member]).inserted {
            let (a, b) = (shingles[representative], shingles[member])
            let jaccard = Double(a.intersection(b).count) / Double(max(1, a.union(b).count))
            if jaccard >= threshold {
              union.union(representative, member)
              result.append((representative, member, jaccard))
              joined = true
              break
            }
          }
          if !joined { representatives.append(member) }
        }
      }
    }
    return result.sorted { ($0.0, $0.1) < ($1.0, $1.1) }
  }

}
