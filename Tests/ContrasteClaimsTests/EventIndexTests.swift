import Testing

@testable import ContrasteClaims

/// The binary-search lookups answer as the linear scans they replaced.
@Suite("Event index")
struct EventIndexTests {
  /// Mentions listed out of token order (a verb's body can come before it), two on token 9.
  static let events = [
    LocalEvent(key: "a", token: 5, relation: .this),
    LocalEvent(key: "b", token: 9, relation: .this),
    LocalEvent(key: "", token: 9, relation: .this),
    LocalEvent(key: "d", token: 2, relation: .this),
  ]

  @Test(arguments: 0...14)
  func nearestMatchesTheLinearScan(token: Int) {
    let scan = Self.events.min { abs($0.token - token) < abs($1.token - token) }
    #expect(EventIndex(Self.events).nearest(to: token)?.key == scan?.key)
    let named = Self.events.filter { !$0.key.isEmpty }
    let namedScan = named.min { abs($0.token - token) < abs($1.token - token) }
    #expect(EventIndex(Self.events, namedOnly: true).nearest(to: token)?.key == namedScan?.key)
  }

  @Test(arguments: [(0, "a"), (2, "a"), (3, "d"), (7, "a"), (9, "a"), (10, ""), (14, "")])
  func beforeIsTheNearestEarlierMention(token: Int, key: String) {
    #expect(EventIndex(Self.events).before(token)?.key == key)
  }

  @Test func anEmptySentenceHasNoEvent() {
    #expect(EventIndex([]).nearest(to: 3) == nil)
    #expect(EventIndex([]).before(3) == nil)
  }
}

/// Roman numerals as event ordinals (`la XII Cumbre`), read from folded text.
@Suite("Roman ordinals")
struct RomanOrdinalTests {
  @Test(arguments: [
    ("i", 1), ("iv", 4), ("ix", 9), ("xii", 12), ("xl", 40), ("xcix", 99), ("cx", 110), ("viii", 8),
  ])
  func numeral(text: String, value: Int) {
    #expect(ClaimExtractor.roman(text) == value)
  }

  @Test(arguments: ["", "m", "mcm", "iiiiiiiii", "xíi", "vi.", "iv2"])
  func notANumeral(text: String) {
    #expect(ClaimExtractor.roman(text) == nil)
  }
}
