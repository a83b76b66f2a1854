import ContrasteClaims

/// Which event mentions across articles are the same event.
///
/// Keys with a body and an ordinal (`gis/reunion/2`) are events by themselves. A body without an
/// ordinal (`gis/reunion/?`) joins the one event of that body whose dates are compatible with it,
/// never one whose dates are disjoint: the GIS's January resumption is not its December meeting.
/// Events with no body join others of their type unless their dates are disjoint and nothing
/// else (a compatible place) says they are the same.
struct EventClusters {
  private var ids: [String: String] = [:]

  /// The cluster id of `key` as used in `article`.
  func id(for key: String, article: String) -> String { ids[article + "|" + key] ?? key }

  fileprivate mutating func set(_ article: String, _ key: String, _ id: String) { ids[article + "|" + key] = id }
}

extension Comparer {
  func eventClusters(_ inputs: [ComparisonInput]) -> EventClusters {
    struct Mention {
      var article: String
      var key: String
      var dates: [ClaimValue]
      var places: [ClaimValue]
    }
    var mentions: [Mention] = []
    for input in inputs {
      let claims = input.claims.claims
      let keys = Set(input.claims.events.map(\.key) + claims.compactMap(\.event)).sorted()
      for key in keys {
        let own = claims.filter { $0.event == key }
        mentions.append(
          Mention(
            article: input.claims.article, key: key,
            dates: own.filter { Self.whenAttributes.contains($0.attribute) }.map(\.value),
            places: own.filter { $0.attribute == "place" }.map(\.value)))
      }
    }
    func relation(_ a: [ClaimValue], _ b: [ClaimValue]) -> ValueRelation? {
      guard !a.isEmpty, !b.isEmpty else { return nil }
      var sawDisjoint = false
      for x in a {
        for y in b {
          switch ValueRelation.between(x, y, places: places) {
          case .same, .contains, .containedIn, .overlap: return .same
          case .disjoint: sawDisjoint = true
          case .incomparable: break
          }
        }
      }
      return sawDisjoint ? .disjoint : nil
    }
    var clusters = EventClusters()
    let complete = mentions.filter { !$0.key.contains("?") }
    for mention in mentions where mention.key.contains("?") {
      let parts = mention.key.split(separator: "/").map(String.init)
      guard parts.count == 3, parts[0] != "?" else { continue }
      // A known body without an ordinal: the one compatible event of that body, if exactly one.
      let candidates = Set(
        complete.filter { $0.key.hasPrefix("\(parts[0])/\(parts[1])/") && relation(mention.dates, $0.dates) == .same }
          .map(\.key))
      if candidates.count == 1, let only = candidates.first { clusters.set(mention.article, mention.key, only) }
    }
    // Events with no body: merge same-type mentions unless they look like different events.
    let bodiless = mentions.filter { $0.key.hasPrefix("?/") }
    var union = UnionFind(count: bodiless.count)
    for first in bodiless.indices {
      for second in bodiless.indices where second > first && bodiless[first].key == bodiless[second].key {
        let dates = relation(bodiless[first].dates, bodiless[second].dates)
        let places = relation(bodiless[first].places, bodiless[second].places)
        if dates != .disjoint || places == .same { union.union(first, second) }
      }
    }
    let groups = union.groups()
    var seen: [String: Int] = [:]
    for group in groups {
      let key = bodiless[group[0]].key
      let count = seen[key, default: 0]
      seen[key] = count + 1
      for member in group {
        clusters.set(bodiless[member].article, bodiless[member].key, count == 0 ? key : "\(key)#\(count + 1)")
      }
    }
    return clusters
  }

  /// Attributes that say when an event happens; compared together.
  static let whenAttributes: Set<String> = ["date.happened", "date.start"]
}
