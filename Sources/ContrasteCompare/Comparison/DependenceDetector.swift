import CMinHash
import ContrasteClaims
import ContrasteNormalizer
import ContrasteTemporal

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

  /// The shingle hashes of the words in `ranges` of folded UTF-8 text, as one run of words.
  ///
  /// `ranges` are scalar offsets, ascending. Works on bytes: folded text is nearly all ASCII, and
  /// splitting it into `String`s cost more than the rest of the comparison.
  static func shingles(folded bytes: [UInt8], ranges: [Range<Int>]) -> [UInt64] {
    // The tagger's word hashes (`WordHashes`) must equal these: one FNV-1a, one word definition.
    let (offset, prime) = (WordHashes.seed, WordHashes.prime)
    var words: [UInt64] = []
    words.reserveCapacity(bytes.count / 5)
    let asciiAlphanumerics = UTF8Scalar.asciiAlphanumerics
    bytes.withUnsafeBufferPointer { bytes in
      asciiAlphanumerics.withUnsafeBufferPointer { isWord in
        var (scalar, byte) = (0, 0)
        var word = offset
        var inWord = false
        for range in ranges {
          while scalar < range.lowerBound, byte < bytes.count {
            byte += UTF8Scalar.length(lead: bytes[byte])
            scalar += 1
          }
          let end = bytes.count
          while scalar < range.upperBound, byte < end {
            if bytes[byte] < 0x80 {
              // A run of ASCII, nearly all of folded text: bytes and scalars advance together,
              // so only the byte bound is checked, and a word byte is found by one table load.
              let first = byte
              let stop = min(end, byte + (range.upperBound - scalar))
              while byte < stop {
                var lead = bytes[byte]
                if isWord[Int(lead)] {
                  // A word: hashed to its end in a tight loop.
                  repeat {
                    word = (word ^ UInt64(lead)) &* prime
                    byte += 1
                    guard byte < stop else { break }
                    lead = bytes[byte]
                  } while isWord[Int(lead)]
                  inWord = true
                } else if lead < 0x80 {
                  if inWord {
                    words.append((word ^ 0x20) &* prime)
                    (word, inWord) = (offset, false)
                  }
                  byte += 1
                } else {
                  break  // a longer scalar starts here
                }
              }
              scalar += byte - first
              continue
            }
            let (value, count) = UTF8Scalar.decode(bytes, at: byte)
            if WordHashes.isWordScalar(value) {
              for index in byte..<(byte + count) { word = (word ^ UInt64(bytes[index])) &* prime }
              inWord = true
            } else if inWord {
              words.append((word ^ 0x20) &* prime)
              (word, inWord) = (offset, false)
            }
            byte += count
            scalar += 1
          }
          if inWord {
            words.append((word ^ 0x20) &* prime)
            (word, inWord) = (offset, false)
          }
        }
      }
    }
    return shingles(words: words)
  }

  /// Word 5-gram hashes from the words' hashes in text order (a text of fewer words is one
  /// shingle).
  static func shingles(words: [UInt64]) -> [UInt64] {
    guard words.count >= shingle else { return words.isEmpty ? [] : [combine(words[...])] }
    precondition(shingle == 5, "the C shingles are 5-grams")
    // In C (`cminhash_shingles`): eight shingles side by side, as vector multiplies where the
    // processor has them. `ShingleWordsTests` checks it against `combine`.
    return words.withUnsafeBufferPointer { words in
      [UInt64](unsafeUninitializedCapacity: words.count - shingle + 1) { shingles, count in
        cminhash_shingles(words.baseAddress, words.count, shingles.baseAddress)
        count = words.count - shingle + 1
      }
    }
  }

  /// One shingle's hash from its words' hashes, in order.
  @inline(__always)
  static func combine(_ words: some Sequence<UInt64>) -> UInt64 {
    var value: UInt64 = 0xcbf2_9ce4_8422_2325
    for word in words { value = mix(value ^ word) }
    return value
  }

  /// MinHash signature: the minimum of each of `bands × rows` hash functions.
  ///
  /// The functions are `h₁ + i·h₂` from one mixed 64-bit hash (Kirsch and Mitzenmacher): one mix
  /// per shingle instead of one per shingle and function, at the same estimate quality. Computed
  /// in C (`cminhash_signature`), where the 64 functions become vector multiplies on processors
  /// that have them; `SignatureTests` checks it against the definition.
  static func signature(_ shingles: [UInt32]) -> [UInt32] {
    precondition(bands * rows == 64, "the C signature has 64 functions")
    return [UInt32](unsafeUninitializedCapacity: 64) { out, count in
      shingles.withUnsafeBufferPointer { cminhash_signature($0.baseAddress, $0.count, out.baseAddress) }
      count = 64
    }
  }

  static func mix(_ input: UInt64) -> UInt64 {
    var z = input &+ 0x9E37_79B9_7F4A_7C15
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// One hash per LSH band of a signature, band number mixed in.
  static func bandHashes(_ signature: [UInt32]) -> [UInt64] {
    (0..<bands).map { band in
      var value = mix(UInt64(band))
      for row in signature[(band * rows)..<((band + 1) * rows)] { value = mix(value ^ UInt64(row)) }
      return value
    }
  }

  /// Share of signature positions two signatures agree on: an estimate of their Jaccard similarity.
  static func estimate(_ a: UnsafeBufferPointer<UInt32>, _ b: UnsafeBufferPointer<UInt32>) -> Double {
    guard let first = a.baseAddress, let second = b.baseAddress, a.count == b.count else { return 0 }
    // Sixteen positions at a time: every pair of a bucket is screened, tens of millions of them.
    var same = SIMD16<UInt32>()
    var index = 0
    while index + 16 <= a.count {
      let x = UnsafeRawPointer(first + index).loadUnaligned(as: SIMD16<UInt32>.self)
      let y = UnsafeRawPointer(second + index).loadUnaligned(as: SIMD16<UInt32>.self)
      same &+= SIMD16(repeating: 1).replacing(with: 0, where: x .!= y)
      index += 16
    }
    var total = Int(same.wrappedSum())
    while index < a.count {
      total += a[index] == b[index] ? 1 : 0
      index += 1
    }
    return Double(total) / Double(a.count)
  }

  /// The pairs of a bucket whose signatures pass the estimate screen (`estimate` at least
  /// `threshold - 0.1`), as `second << 8 | first` (positions in `members`), by `second` then
  /// `first`.
  ///
  /// Every pair of every small bucket is screened: in C (`cminhash_similar_pairs`), with vector
  /// compares, on agreement counts (`minimumAgreements`). `members` index `signatures`, 64 values
  /// per input; at most 256 members.
  static func similarPairs(in signatures: [UInt32], members: [Int]) -> [UInt16] {
    precondition(bands * rows == 64 && members.count <= 256, "the C screen takes 64-value signatures, 256 members")
    return [UInt16](unsafeUninitializedCapacity: members.count * max(0, members.count - 1) / 2) { out, count in
      count = signatures.withUnsafeBufferPointer { signatures in
        members.map(Int64.init).withUnsafeBufferPointer { members in
          cminhash_similar_pairs(
            signatures.baseAddress, members.baseAddress, members.count, minimumAgreements, out.baseAddress)
        }
      }
    }
  }

  /// The fewest agreeing signature positions whose estimate passes the screen: the same test in
  /// whole numbers.
  static let minimumAgreements: Int32 = {
    let width = bands * rows
    return Int32((0...width).first { Double($0) / Double(width) >= threshold - 0.1 } ?? width + 1)
  }()

  /// The shingles whose low three bits are zero: an eighth of them, the same eighth in every
  /// article, so two samples' Jaccard similarity estimates the whole texts'.
  ///
  /// Counted first, then copied into a buffer of that size: `filter` grows its result by
  /// doubling, a handful of allocations per input and a quarter of the memory spare.
  static func sample(_ shingles: [UInt32]) -> [UInt32] {
    var count = 0
    for shingle in shingles { count += shingle & 7 == 0 ? 1 : 0 }
    return [UInt32](unsafeUninitializedCapacity: count) { buffer, initialized in
      var next = 0
      for shingle in shingles where shingle & 7 == 0 {
        buffer[next] = shingle
        next += 1
      }
      initialized = next
    }
  }

  /// Exact Jaccard similarity of two sorted, distinct arrays.
  ///
  /// The common values are counted in C (`cminhash_common`), eight of each side at a time
  /// where the processor allows: hundreds of thousands of candidate pairs are measured.
  static func jaccard(_ a: [UInt32], _ b: [UInt32]) -> Double {
    let common = a.withUnsafeBufferPointer { a in
      b.withUnsafeBufferPointer { b in cminhash_common(a.baseAddress, a.count, b.baseAddress, b.count) }
    }
    return Double(common) / Double(max(1, a.count + b.count - common))
  }

  /// Sorts `keyed`, whose indices ascend, by key then index.
  ///
  /// Keys are hashes, spread evenly: a counting sort on their top bits (about as many buckets
  /// as keys, at most 65,536) leaves runs of one or two, finished by insertion (stable, so equal
  /// keys keep their index order). Where a run is long, it is sorted as a whole. A comparison
  /// sort of every band's hundred thousand keys cost a third of a core-second at 100,000
  /// articles.
  static func sortByKey(_ keyed: inout [(key: UInt64, index: Int)]) {
    let count = keyed.count
    guard count > 1 else { return }
    let bits = min(16, max(1, Int.bitWidth - count.leadingZeroBitCount))
    let shift = UInt64(64 - bits)
    let buckets = 1 << bits
    var starts = [Int](repeating: 0, count: buckets + 1)
    for element in keyed { starts[Int(element.key >> shift) + 1] += 1 }
    for digit in 0..<buckets { starts[digit + 1] += starts[digit] }
    let bounds = starts
    let sorted = [(key: UInt64, index: Int)](unsafeUninitializedCapacity: count) { buffer, initialized in
      for element in keyed {
        let digit = Int(element.key >> shift)
        buffer.baseAddress!.advanced(by: starts[digit]).initialize(to: element)
        starts[digit] += 1
      }
      initialized = count
    }
    keyed = sorted
    keyed.withUnsafeMutableBufferPointer { keyed in
      for digit in 0..<buckets where bounds[digit + 1] - bounds[digit] > 1 {
        let (low, high) = (bounds[digit], bounds[digit + 1])
        if high - low > 32 {
          var run = UnsafeMutableBufferPointer(rebasing: keyed[low..<high])
          run.sort { ($0.key, $0.index) < ($1.key, $1.index) }
          continue
        }
        for position in (low + 1)..<high {
          let element = keyed[position]
          var slot = position
          while slot > low, keyed[slot - 1].key > element.key {
            keyed[slot] = keyed[slot - 1]
            slot -= 1
          }
          keyed[slot] = element
        }
      }
    }
  }

  /// Pairs of near-copies (indices into `inputs`) with their Jaccard similarity.
  ///
  /// Only candidates from a shared LSH bucket are compared, first by signature (an estimate far
  /// below the threshold is not worth the exact count), and within a bucket each article is
  /// compared with one representative per group of copies, so a corpus of many copies stays
  /// near-linear. A bucket of many articles that are similar but not copies (stories written
  /// from one template) is split by the next bands' keys first: true copies share most bands,
  /// so they still meet in a small bucket.
  ///
  /// What does not depend on earlier findings runs on `workers` threads first: each band's
  /// buckets, the pairs of each small bucket whose estimate passes, and those pairs' exact
  /// similarity. The search itself then only walks them, in the same order as a search that
  /// computed everything as it went, so the result does not depend on `workers`.
  static func copies(
    _ inputs: [ComparisonInput], workers: Int = 1, joining union: inout UnionFind
  ) -> [(Int, Int, Double)] {
    let samples = ParallelMap.map(
      count: inputs.count, workers: workers, state: { () }, { _, index in sample(inputs[index].shingles) })
    var search = CopySearch(inputs: inputs, samples: samples.enumerated().map { $1 ?? sample(inputs[$0].shingles) })
    let base = search
    let plans = ParallelMap.map(count: bands, workers: workers, state: { () }, { _, band in base.plan(band: band) })
      .map { $0 ?? CopySearch.BandPlan() }
    // Each pair once, however many bands it shares; then its exact similarity, in parallel.
    var pairs: [UInt64] = []
    for plan in plans { pairs += plan.candidates }
    pairs.sortUnique()
    let known = pairs
    let similarity = { @Sendable (k: Int) in base.jaccard(Int(known[k] >> 32), Int(known[k] & 0xFFFF_FFFF)) }
    search.known = known
    search.similarities = ParallelMap.map(count: known.count, workers: workers, state: { () }, { similarity($1) })
      .enumerated().map { k, value in value ?? similarity(k) }
    search.testedKnown = [Bool](repeating: false, count: known.count)
    // Where each plan's pairs are in `known`, found on every worker: the serial walk below
    // then reads them instead of searching.
    let position = { @Sendable (band: Int) in
      plans[band].candidates.map { Int32(CopySearch.position(of: $0, in: known)) }
    }
    let positions = ParallelMap.map(count: plans.count, workers: workers, state: { () }, { position($1) })
      .enumerated().map { band, found in found ?? position(band) }
    for (band, plan) in plans.enumerated() {
      var next = 0
      for (leaf, members) in plan.leaves.enumerated() {
        if members.count > CopySearch.largeBucket {
          search.compareLarge(members, union: &union)
        } else {
          let count = plan.passing[leaf].count
          search.compareSmall(
            members, passing: plan.passing[leaf], known: positions[band][next..<(next + count)], union: &union)
          next += count
        }
      }
    }
    // A hundred thousand small arrays: freed on another thread (see `Auditor.release`).
    Auditor.release((consume plans, consume positions))
    return search.result.sorted { ($0.0, $0.1) < ($1.0, $1.1) }
  }

  /// The pairwise step of `copies`, with what it has tested and found so far.
  private struct CopySearch: Sendable {
    let inputs: [ComparisonInput]
    /// Every input's signature, one after another: read without copying an input.
    let signatures: [UInt32]
    let width = DependenceDetector.bands * DependenceDetector.rows
    var result: [(Int, Int, Double)] = []
    /// Pairs (`first << 32 | second`, sorted) worked out before the search, their similarity,
    /// and whether the search has tested them yet.
    var known: [UInt64] = []
    var similarities: [Double] = []
    var testedKnown: [Bool] = []
    /// Tested pairs that were not worked out before (those of large buckets).
    var tested = Set<UInt64>()
    /// The roots of the copy groups met in the bucket being compared.
    ///
    /// `roots[root] == bucket` for those: one array for every bucket, where a set per bucket
    /// cost an allocation and hashing.
    var roots: [Int32]
    var bucket: Int32 = 0
    /// Each member's rank among the bucket's representatives, -1 when it is none.
    var rank: [Int] = []

    /// Buckets larger than this are split by the next band before any pair is compared.
    static let largeBucket = 64
    /// Splits at most this deep; past it, each article meets at most `largeBucket` representatives.
    static let maxDepth = 4

    /// Each input's `sample` of shingles.
    let samples: [[UInt32]]
    /// Every input's band keys, one after another (`bands` per input), and whether it has them
    /// (shingles and a full set of bands): buckets are split by reading this array, not by
    /// reaching into each input's own array, two dependent cache misses per member.
    let bandKeys: [UInt64]
    let banded: [Bool]

    init(inputs: [ComparisonInput], samples: [[UInt32]]) {
      self.inputs = inputs
      self.samples = samples
      self.roots = [Int32](repeating: -1, count: inputs.count)
      var signatures = [UInt32](repeating: 0, count: inputs.count * width)
      for (index, input) in inputs.enumerated() where input.signature.count == width {
        signatures.replaceSubrange((index * width)..<((index + 1) * width), with: input.signature)
      }
      self.signatures = signatures
      let bands = DependenceDetector.bands
      var bandKeys = [UInt64](repeating: 0, count: inputs.count * bands)
      var banded = [Bool](repeating: false, count: inputs.count)
      for index in inputs.indices where !inputs[index].shingles.isEmpty && inputs[index].bands.count >= bands {
        banded[index] = true
        bandKeys.replaceSubrange((index * bands)..<((index + 1) * bands), with: inputs[index].bands.prefix(bands))
      }
      self.bandKeys = bandKeys
      self.banded = banded
    }

    func estimate(_ a: Int, _ b: Int) -> Double {
      signatures.withUnsafeBufferPointer { all in
        DependenceDetector.estimate(
          UnsafeBufferPointer(rebasing: all[(a * width)..<((a + 1) * width)]),
          UnsafeBufferPointer(rebasing: all[(b * width)..<((b + 1) * width)]))
      }
    }

    /// The Jaccard similarity of two inputs when it can reach the threshold; below it, possibly
    /// only the estimate that ruled it out.
    ///
    /// Most pairs that pass the signature screen are far from copies; an eighth of their
    /// shingles tells so at an eighth of the cost. Only samples large enough to estimate within
    /// a few hundredths (64 shingles or more each) are trusted.
    func jaccard(_ a: Int, _ b: Int) -> Double {
      if samples[a].count >= 64, samples[b].count >= 64 {
        let sampled = DependenceDetector.jaccard(samples[a], samples[b])
        if sampled < threshold - 0.1 { return sampled }
      }
      return DependenceDetector.jaccard(inputs[a].shingles, inputs[b].shingles)
    }

    /// The estimate errs by about 0.06 at 64 values: 0.1 below the threshold is safe.
    func passes(_ a: Int, _ b: Int) -> Bool { estimate(a, b) >= threshold - 0.1 }

    /// One band's buckets, in search order, with what can be worked out before the search.
    struct BandPlan {
      /// Buckets of more than one article, large ones already split.
      var leaves: [[Int]] = []
      /// For each small leaf, its pairs whose estimate passes, as `second << 8 | first`
      /// (positions in the leaf), sorted: grouped by the later article.
      var passing: [[UInt16]] = []
      /// The same pairs as article indices, `first << 32 | second`.
      var candidates: [UInt64] = []
    }

    func plan(band: Int) -> BandPlan {
      // Buckets as runs of one key in (key, index) order: the same order as a dictionary's
      // sorted keys, without a dictionary of arrays per band.
      var keyed: [(key: UInt64, index: Int)] = []
      keyed.reserveCapacity(inputs.count)
      for index in inputs.indices where banded[index] {
        keyed.append((bandKeys[index * DependenceDetector.bands + band], index))
      }
      DependenceDetector.sortByKey(&keyed)
      var plan = BandPlan()
      var start = 0
      while start < keyed.count {
        var end = start + 1
        while end < keyed.count, keyed[end].key == keyed[start].key { end += 1 }
        if end - start > 1 { split(keyed[start..<end].map(\.index), band: band, depth: 0, into: &plan) }
        start = end
      }
      return plan
    }

    /// Splits a large bucket by the next band's keys, recursively, and plans the leaves.
    private func split(_ bucket: [Int], band: Int, depth: Int, into plan: inout BandPlan) {
      if bucket.count > Self.largeBucket, depth < Self.maxDepth {
        let next = (band + depth + 1) % DependenceDetector.bands
        var parts: [UInt64: [Int]] = [:]
        for member in bucket { parts[bandKeys[member * DependenceDetector.bands + next], default: []].append(member) }
        for key in parts.keys.sorted() {
          guard let part = parts[key], part.count > 1 else { continue }
          split(part, band: band, depth: depth + 1, into: &plan)
        }
        return
      }
      plan.leaves.append(bucket)
      var passing: [UInt16] = []
      if bucket.count <= Self.largeBucket {
        passing = DependenceDetector.similarPairs(in: signatures, members: bucket)
        for pair in passing {
          let (first, second) = (bucket[Int(pair & 0xFF)], bucket[Int(pair >> 8)])
          plan.candidates.append(UInt64(first) << 32 | UInt64(second))
        }
      }
      plan.passing.append(passing)
    }

    /// The index of `key` in the sorted `keys`, or where it would go.
    static func position(of key: UInt64, in keys: [UInt64]) -> Int {
      var (low, high) = (0, keys.count)
      while low < high {
        let middle = (low + high) / 2
        if keys[middle] < key { low = middle + 1 } else { high = middle }
      }
      return low
    }

    /// Marks the pair tested and gives its similarity, or nil when it was tested before;
    /// `position` is where the pair is in `known` when the caller knows it.
    private mutating func test(_ first: Int, _ second: Int, known position: Int? = nil) -> Double? {
      let key = UInt64(first) << 32 | UInt64(second)
      let low = position ?? Self.position(of: key, in: known)
      if low < known.count, known[low] == key {
        guard !testedKnown[low] else { return nil }
        testedKnown[low] = true
        return similarities[low]
      }
      guard tested.insert(key).inserted else { return nil }
      return jaccard(first, second)
    }

    /// Tests `member` against `representative` (once per pair) and joins them when they are copies.
    private mutating func joins(
      _ representative: Int, _ member: Int, known position: Int? = nil, union: inout UnionFind
    ) -> Bool {
      guard let jaccard = test(representative, member, known: position), jaccard >= threshold else { return false }
      union.union(representative, member)
      roots[union.find(representative)] = bucket
      result.append((representative, member, jaccard))
      return true
    }

    /// Starts a bucket: no roots met yet.
    private mutating func nextBucket() {
      bucket += 1
    }

    /// Whether the copy group of `member` has been met in this bucket.
    ///
    /// A root that stopped being one (joined to another) is never asked about again: `find`
    /// gives only current roots.
    private mutating func metGroup(of member: Int, union: inout UnionFind) -> Bool {
      roots[union.find(member)] == bucket
    }

    /// A small leaf: each member against the representatives before it whose estimate passed;
    /// `known` holds where each passing pair is in `known`.
    mutating func compareSmall(
      _ bucket: [Int], passing: [UInt16], known positions: ArraySlice<Int32>, union: inout UnionFind
    ) {
      // One representative per group of copies already found: a bucket of copies costs one
      // comparison per member, not one per pair.
      nextBucket()
      rank.removeAll(keepingCapacity: true)
      rank.append(contentsOf: repeatElement(-1, count: bucket.count))
      var representatives = 0
      var cursor = 0
      for (position, member) in bucket.enumerated() {
        let run = cursor
        while cursor < passing.count, Int(passing[cursor] >> 8) == position { cursor += 1 }
        if metGroup(of: member, union: &union) { continue }
        var joined = false
        for offset in run..<cursor {
          let first = Int(passing[offset] & 0xFF)
          guard rank[first] >= 0, rank[first] < Self.largeBucket else { continue }
          let position = Int(positions[positions.startIndex + offset])
          if joins(bucket[first], member, known: position, union: &union) {
            joined = true
            break
          }
        }
        if !joined {
          rank[position] = representatives
          representatives += 1
          roots[union.find(member)] = self.bucket
        }
      }
    }

    /// A leaf still large after splitting: each member meets at most `largeBucket` representatives.
    mutating func compareLarge(_ bucket: [Int], union: inout UnionFind) {
      nextBucket()
      var representatives: [Int] = []
      for member in bucket {
        if metGroup(of: member, union: &union) { continue }
        var joined = false
        for representative in representatives.prefix(Self.largeBucket) where passes(representative, member) {
          if joins(representative, member, union: &union) {
            joined = true
            break
          }
        }
        if !joined {
          representatives.append(member)
          roots[union.find(member)] = self.bucket
        }
      }
    }
  }
}
