import Testing

@testable import ContrasteCompare

/// Report order by integer ranks of events and attributes gives the order of sorting by the
/// strings themselves; findings are moved between arrays in order.
@Suite("Finding order")
struct FindingOrderTests {
  /// Findings of every kind over events and attributes that sort differently by bytes and by
  /// `String` (accents, a decomposed accent, an absent event), with repeated keys and repeated
  /// fingerprints, so ties are broken by position.
  static func findings() -> [Finding] {
    let events: [String?] = [
      nil, "gis/reunion/2", "gis/reunion/10", "ñandú/visita/1", "nandu/visita/1", "e\u{301}xodo/?/1",
    ]
    let attributes = ["date.happened", "place", "role", "date.reported", "source", "édition"]
    var findings: [Finding] = []
    for (index, kind) in Array(repeating: Finding.Kind.allCases, count: 7).joined().enumerated() {
      findings.append(
        Finding(
          kind: kind, severity: .info, event: events[(index * 5) % events.count], eventLabel: nil,
          attribute: attributes[(index * 7) % attributes.count], rule: "rule-\(index)",
          message: Message("m"), values: [], documents: [],
          fingerprint: ["0f", "a1", "0f", "b2", "ff"][(index * 3) % 5]))
    }
    // The same event spelled with a composed accent: equal as a `String`, so one rank.
    findings.append(
      Finding(
        kind: .agreement, severity: .info, event: "éxodo/?/1", eventLabel: nil, attribute: "place",
        rule: "composed", message: Message("m"), values: [], documents: [], fingerprint: "0f"))
    return findings
  }

  @Test func integerRanksSortAsTheStrings() {
    let original = Self.findings()
    var sorted = original
    Comparer.sortInPlace(&sorted)
    // The definition: a stable sort by kind, event, attribute and fingerprint as strings.
    let kinds: [Finding.Kind] = [.contradiction, .inconsistency, .compatible, .agreement, .singleSource, .dependence]
    func rank(_ kind: Finding.Kind) -> Int { kinds.firstIndex(of: kind) ?? 9 }
    let keys = original.map { (rank($0.kind), $0.event ?? "", $0.attribute, $0.fingerprint) }
    let expected = keys.indices.sorted { keys[$0] < keys[$1] || (keys[$0] == keys[$1] && $0 < $1) }
    #expect(sorted.map(\.rule) == expected.map { original[$0].rule })
    // Ranks follow `String` order and equality: the decomposed and composed spellings share one.
    let ranks = Comparer.ordinals(["b", "e\u{301}", "a", "é", "b"])
    #expect(ranks == [1, 2, 0, 2, 1])
  }

  @Test(arguments: [0, 1, 2, 17]) func appendMovingKeepsOrderAndEmptiesTheSource(count: Int) {
    var target = ["x", "y"]
    var source = (0..<count).map { "finding \($0)" }
    let expected = target + source
    target.append(moving: &source)
    #expect(target == expected)
    #expect(source.isEmpty)
  }
}

/// Copy groups come out as sets of indices ordered by their smallest member.
@Suite("Union-find groups")
struct UnionFindTests {
  @Test(arguments: [
    (8, [(0, 3), (5, 1), (3, 7), (6, 5)], [[0, 3, 7], [1, 5, 6], [2], [4]]),
    (4, [], [[0], [1], [2], [3]]),
    (5, [(4, 0), (3, 4), (2, 3), (1, 2)], [[0, 1, 2, 3, 4]]),
    (6, [(5, 4), (4, 3), (1, 0)], [[0, 1], [2], [3, 4, 5]]),
  ])
  func groupsAreSortedAndOrderedBySmallestMember(count: Int, unions: [(Int, Int)], expected: [[Int]]) {
    var union = UnionFind(count: count)
    for (first, second) in unions { union.union(first, second) }
    #expect(union.groups() == expected)
  }
}

/// Positions of distinct strings, found by a scan and then, past the scan limit, a dictionary.
@Suite("Small index")
struct SmallIndexTests {
  @Test(arguments: [0, 1, SmallIndex.scanLimit, SmallIndex.scanLimit + 1, 40])
  func positionsAreTheOrderOfAdding(count: Int) {
    var index = SmallIndex()
    let values = (0..<count).map { "?/sismo/?#\($0 + 1)" }
    for value in values { index.append(value) }
    #expect(values.map { index.position(of: $0) } == Array(0..<count))
    #expect(index.position(of: "?/sismo/?") == nil)
    // The same text spelled with a decomposed accent is the same string.
    index.append("reunio\u{301}n")
    #expect(index.position(of: "reunión") == count)
  }
}
