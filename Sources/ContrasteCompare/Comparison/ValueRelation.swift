import ContrasteClaims
import ContrasteNormalizer

/// How two values of the same attribute relate, on the comparison lattice.
enum ValueRelation: Equatable {
  /// The same value.
  case same
  /// The first contains the second (the second refines it).
  case contains
  /// The second contains the first.
  case containedIn
  /// They overlap without containment.
  case overlap
  /// They cannot both be true.
  case disjoint
  /// Not comparable (different units, unknown places).
  case incomparable

  /// Relation of two claim values of the same kind.
  static func between(_ a: ClaimValue, _ b: ClaimValue, places: PlaceTree) -> ValueRelation {
    if a.key == b.key { return .same }
    switch a.kind {
    case .date:
      // The bounds read through the optional, not the whole date bound first: a copy of it
      // retains its three strings, and event clustering compares dates many times over.
      guard let x0 = a.date?.first, let x1 = a.date?.last, let y0 = b.date?.first, let y1 = b.date?.last
      else { return .incomparable }
      return intervals(
        (Double(x0.daysSinceEpoch), Double(x1.daysSinceEpoch), false, false),
        (Double(y0.daysSinceEpoch), Double(y1.daysSinceEpoch), false, false))
    case .figure:
      guard let x = a.figure, let y = b.figure, x.unit == y.unit else { return .incomparable }
      return intervals((x.low, x.high, x.lowOpen, x.highOpen), (y.low, y.high, y.lowOpen, y.highOpen))
    case .place:
      if places.contains(a.key, b.key) { return .contains }
      if places.contains(b.key, a.key) { return .containedIn }
      return places.isKnown(a.key) && places.isKnown(b.key) ? .disjoint : .incomparable
    case .event, .ordinal:
      return .disjoint
    case .person, .role, .topic:
      return .incomparable
    }
  }

  /// Interval relation with open or closed ends.
  static func intervals(
    _ a: (low: Double, high: Double, lowOpen: Bool, highOpen: Bool),
    _ b: (low: Double, high: Double, lowOpen: Bool, highOpen: Bool)
  ) -> ValueRelation {
    if a.low == b.low, a.high == b.high, a.lowOpen == b.lowOpen, a.highOpen == b.highOpen { return .same }
    // Disjoint when one ends before the other starts (touching open ends do not meet).
    func before(_ x: (Double, Double, Bool, Bool), _ y: (Double, Double, Bool, Bool)) -> Bool {
      x.1 < y.0 || (x.1 == y.0 && (x.3 || y.2))
    }
    if before(a, b) || before(b, a) { return .disjoint }
    func within(_ x: (Double, Double, Bool, Bool), _ y: (Double, Double, Bool, Bool)) -> Bool {
      let lowOK = x.0 > y.0 || (x.0 == y.0 && (x.2 || !y.2))
      let highOK = x.1 < y.1 || (x.1 == y.1 && (x.3 || !y.3))
      return lowOK && highOK
    }
    if within(b, a) { return .contains }
    if within(a, b) { return .containedIn }
    return .overlap
  }
}

/// The gazetteer's containment, for comparing places.
struct PlaceTree: Sendable {
  let parents: [String: String]

  init(_ places: [Lexicon.Place]) {
    parents = Dictionary(places.compactMap { place in place.parent.map { (place.key, $0) } }, uniquingKeysWith: { $1 })
    known = Set(places.map(\.key))
  }

  private let known: Set<String>

  func isKnown(_ key: String) -> Bool { known.contains(key) }

  /// True when `outer` contains `inner` (or is it).
  func contains(_ outer: String, _ inner: String) -> Bool {
    var current: String? = inner
    while let key = current {
      if key == outer { return true }
      current = parents[key]
    }
    return false
  }
}

extension PlaceTree {
  /// The places containing `key`, nearest first.
  func ancestors(of key: String) -> [String] {
    var result: [String] = []
    var current = parents[key]
    while let parent = current, !result.contains(parent) {
      result.append(parent)
      current = parents[parent]
    }
    return result
  }
}
