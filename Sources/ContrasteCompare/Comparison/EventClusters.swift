import ContrasteClaims
import ContrasteNormalizer

/// Which event mentions across articles are the same event.
///
/// Keys with a body and an ordinal (`gis/reunion/2`) are events by themselves. A body without an
/// ordinal (`gis/reunion/?`) joins the one event of that body whose dates are compatible with it,
/// never one whose dates are disjoint: the GIS's January resumption is not its December meeting.
/// Events with no body join others of their type unless their places are disjoint, or their
/// dates are and nothing else (the same place, at most 45 days apart) says they are the same.
struct EventClusters: Sendable {
  /// An event key as one article uses it.
  struct Use: Hashable, Sendable {
    var article: String
    var key: String
  }

  private var ids: [Use: String] = [:]
  /// Mentions joined without a date of their own: their event is only a guess (a place alone
  /// is weak: a state has many earthquakes).
  fileprivate(set) var loose: Set<Use> = []

  /// True when the article's mention `key` joined its cluster without a date.
  func isLoose(_ key: String, article: String) -> Bool { loose.contains(Use(article: article, key: key)) }

  /// The cluster id of `key` as used in `article`.
  func id(for key: String, article: String) -> String { ids[Use(article: article, key: key)] ?? key }

  fileprivate mutating func set(_ article: String, _ key: String, _ id: String) {
    ids[Use(article: article, key: key)] = id
  }
}

extension Comparer {
  /// One article's use of an event key, with the dates and places it gives that event.
  private struct Mention: Sendable {
    var article: String
    var key: String
    var dates: [ClaimValue]
    var places: [ClaimValue]
    /// For a mention without a body: its key, dates and places as one string, equal for
    /// mentions that describe the event alike (made on the workers, not in the serial step).
    var description = ""
  }

  /// The event mentions of one article, in key order.
  private static func mentions(of input: ComparisonInput) -> [Mention] {
    let claims = input.claims.claims
    // Each event's dates and places in claim order, gathered in one pass over the claims (an
    // article names a few events: found by a short scan, not hashed into dictionaries).
    var described = SmallIndex()
    var values: [(dates: [ClaimValue], places: [ClaimValue])] = []
    for position in claims.indices {
      guard let event = claims[position].event else { continue }
      let when = isWhen(claims[position].attribute)
      guard when || claims[position].attribute == "place" else { continue }
      let slot = described.position(of: event) ?? values.count
      if slot == values.count {
        described.append(event)
        values.append(([], []))
      }
      if when {
        values[slot].dates.append(claims[position].value)
      } else {
        values[slot].places.append(claims[position].value)
      }
    }
    // Every key once, sorted: claims name the same few events in runs, so a run adds its key
    // once and a sort drops the rest (cheaper than hashing every claim's key into a set).
    var keys = input.claims.events.map(\.key)
    var last: String?
    for position in claims.indices {
      guard let event = claims[position].event, event != last else { continue }
      keys.append(event)
      last = event
    }
    keys.sortUnique()
    return keys.map { key in
      let slot = described.position(of: key)
      var mention = Mention(
        article: input.claims.article, key: key, dates: slot.map { values[$0].dates } ?? [],
        places: slot.map { values[$0].places } ?? [])
      if key.hasPrefix("?/") {
        mention.description =
          key + "|" + mention.dates.map(\.key).sorted().joined(separator: ",") + "|"
          + mention.places.map(\.key).sorted().joined(separator: ",")
      }
      return mention
    }
  }

  func eventClusters(_ inputs: [ComparisonInput]) -> EventClusters {
    // Each article's mentions on every worker, in article order; the clustering below is serial.
    let mentions = ParallelMap.joined(count: inputs.count, workers: workers) { Self.mentions(of: inputs[$0]) }
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
    // Each complete event's distinct dates, so a mention is compared with values, not articles.
    var datesByKey: [String: [String: ClaimValue]] = [:]
    for mention in mentions where !Self.isIncomplete(mention.key) {
      for date in mention.dates { datesByKey[mention.key, default: [:]][date.key] = date }
    }
    let completeKeys = datesByKey.keys.sorted()
    for mention in mentions where Self.isIncomplete(mention.key) {
      let parts = mention.key.fields(separatedBy: "/").map(String.init)
      guard parts.count == 3, parts[0] != "?" else { continue }
      // A known body without an ordinal: the one compatible event of that body, if exactly one.
      let candidates = completeKeys.filter { key in
        key.hasPrefix("\(parts[0])/\(parts[1])/")
          && relation(mention.dates, datesByKey[key].map { Array($0.values) } ?? []) == .same
      }
      if candidates.count == 1, let only = candidates.first { clusters.set(mention.article, mention.key, only) }
    }
    // Events with no body: merge same-type mentions unless they look like different events.
    // Mentions with the same key, dates and places are one group first, so the pairwise step
    // runs over distinct descriptions, not over articles.
    let bodiless = mentions.filter { $0.key.hasPrefix("?/") }
    var signatures: [String: Int] = [:]
    var representatives: [Int] = []
    var groupOf: [Int] = []
    var groupMembers: [[Int]] = []
    for (index, mention) in bodiless.enumerated() {
      let signature = mention.description
      if let group = signatures[signature] {
        groupOf.append(group)
        groupMembers[group].append(index)
      } else {
        signatures[signature] = representatives.count
        groupOf.append(representatives.count)
        groupMembers.append([index])
        representatives.append(index)
      }
    }
    // Two descriptions are different events when their places cannot both be true (two
    // accidents on one day in two states), or their dates cannot, unless the same place and at
    // most `sameEventDays` apart say it is one event told with a wrong date.
    func different(_ a: Mention, _ b: Mention) -> Bool {
      let places = relation(a.places, b.places)
      if places == .disjoint { return true }
      guard relation(a.dates, b.dates) == .disjoint else { return false }
      return places != .same || ClusterBlock.gap(a.dates, b.dates) > Self.sameEventDays
    }
    // Greedy, in document order, dated descriptions first: a description joins the one cluster
    // none of whose members looks like a different event, else starts its own. Undated ones then
    // join the one cluster they fit, or stay apart: a vague `el sismo` never joins two dated
    // earthquakes, and never stands in the way of one. Each key's clusters are indexed by month
    // and place, so a description is checked against nearby clusters, not all of them.
    var blocks: [String: ClusterBlock] = [:]
    var ambiguous = Set<Int>()
    var clusterIndex = [Int](repeating: 0, count: representatives.count)
    let order =
      representatives.indices.filter { !bodiless[representatives[$0]].dates.isEmpty }
      + representatives.indices.filter { bodiless[representatives[$0]].dates.isEmpty }
    for position in order {
      let mention = bodiless[representatives[position]]
      // Moved out of the dictionary, not copied: adding to a copy would copy the whole block.
      var block = blocks.removeValue(forKey: mention.key) ?? ClusterBlock(places: places)
      // Only "exactly one" matters, so the search stops at the second open cluster.
      var open: [Int] = []
      for cluster in block.candidates(dates: mention.dates, places: mention.places)
      where block.members[cluster].allSatisfy({ !different(mention, bodiless[representatives[$0]]) }) {
        open.append(cluster)
        if open.count > 1 { break }
      }
      if open.count == 1, let only = open.first {
        block.add(position, dates: mention.dates, places: mention.places, to: only)
        clusterIndex[position] = only
        if mention.dates.isEmpty {
          for index in groupMembers[position] {
            clusters.loose.insert(EventClusters.Use(article: bodiless[index].article, key: bodiless[index].key))
          }
        }
      } else {
        // An undated description that fits several events says too little to be compared with
        // anything: each article's mention stands alone, even when their words are the same.
        if mention.dates.isEmpty, open.count > 1 { ambiguous.insert(position) }
        clusterIndex[position] = block.members.count
        block.add(position, dates: mention.dates, places: mention.places, to: nil)
      }
      blocks[mention.key] = block
    }
    var nextCluster = blocks.mapValues(\.members.count)
    var seen = Set<Int>()
    // Each group's id made once: its mentions (all of one key) share the string.
    var groupIDs = [String?](repeating: nil, count: representatives.count)
    for (index, mention) in bodiless.enumerated() {
      let group = groupOf[index]
      if ambiguous.contains(group), !seen.insert(group).inserted {
        let cluster = nextCluster[mention.key, default: 0]
        nextCluster[mention.key] = cluster + 1
        clusters.set(mention.article, mention.key, cluster == 0 ? mention.key : "\(mention.key)#\(cluster + 1)")
        continue
      }
      let cluster = clusterIndex[group]
      let id = groupIDs[group] ?? (cluster == 0 ? mention.key : "\(mention.key)#\(cluster + 1)")
      groupIDs[group] = id
      clusters.set(mention.article, mention.key, id)
    }
    return clusters
  }

  /// True for a key without a body or an ordinal (`gis/reunion/?`, `?/sismo/?`).
  static func isIncomplete(_ key: String) -> Bool { key.utf8.contains(UInt8(ascii: "?")) }

  /// Days apart within which two dates of one place can be one event told with a wrong date.
  static let sameEventDays = 45

  /// Attributes that say when an event happens; compared together.
  ///
  /// Comparisons, not a set's hashing: asked of every claim.
  static func isWhen(_ attribute: String) -> Bool { attribute == "date.happened" || attribute == "date.start" }
}
