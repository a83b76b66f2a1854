import ContrasteClaims

/// The clusters of one bodiless event key, indexed so that a new description is checked only
/// against clusters it could join.
///
/// A cluster a dated description can join has a dated member within `Comparer.sameEventDays` of
/// it (any further is a different event), so dated members are indexed by month. An undated
/// description can join any cluster without places, or one with a compatible place, so places
/// are indexed by every ancestor. Candidates are then checked exactly.
struct ClusterBlock {
  /// Representative positions in each cluster.
  var members: [[Int]] = []
  private let places: PlaceTree
  private var byMonth: [Int: [Int]] = [:]
  /// Clusters with a date too wide to index by month (a decade): always candidates.
  private var wide: [Int] = []
  /// Clusters by the places of their members and every ancestor of those places.
  private var byPlace: [String: [Int]] = [:]
  /// Clusters with a member exactly at a place (not below it).
  private var exact: [String: [Int]] = [:]
  private var placeless: Set<Int> = []
  private var undated: Set<Int> = []

  /// Dates spanning more months than this are checked against every cluster.
  private static let maxMonths = 36

  init(places: PlaceTree) { self.places = places }

  /// Clusters that might accept a description with these dates and places, in cluster order.
  func candidates(dates: [ClaimValue], places mentionPlaces: [ClaimValue]) -> [Int] {
    var result = Set<Int>()
    if !dates.isEmpty {
      guard let months = Self.months(dates, margin: Comparer.sameEventDays) else { return Array(members.indices) }
      for month in months { result.formUnion(byMonth[month] ?? []) }
      result.formUnion(wide)
      result.formUnion(undated)
    } else if !mentionPlaces.isEmpty {
      // An undated description fits a cluster whose places are compatible with its own, or
      // that has none; both are found through the place index.
      for place in mentionPlaces {
        result.formUnion(byPlace[place.key] ?? [])
        for ancestor in self.places.ancestors(of: place.key) { result.formUnion(exact[ancestor] ?? []) }
      }
      result.formUnion(placeless)
    } else {
      return Array(members.indices)
    }
    return result.sorted()
  }

  /// Adds a description to `cluster`, or to a new cluster when nil.
  mutating func add(_ position: Int, dates: [ClaimValue], places mentionPlaces: [ClaimValue], to cluster: Int?) {
    let cluster = cluster ?? members.count
    if cluster == members.count {
      members.append([])
      placeless.insert(cluster)
      undated.insert(cluster)
    }
    members[cluster].append(position)
    if !dates.isEmpty {
      undated.remove(cluster)
      if let months = Self.months(dates, margin: 0) {
        for month in months where byMonth[month]?.last != cluster { byMonth[month, default: []].append(cluster) }
      } else if wide.last != cluster {
        wide.append(cluster)
      }
    }
    if !mentionPlaces.isEmpty { placeless.remove(cluster) }
    for place in mentionPlaces {
      if exact[place.key]?.last != cluster { exact[place.key, default: []].append(cluster) }
      for key in [place.key] + places.ancestors(of: place.key) where byPlace[key]?.last != cluster {
        byPlace[key, default: []].append(cluster)
      }
    }
  }

  /// Month numbers (year × 12 + month) the dates cover, widened by `margin` days; nil when too
  /// many or when a date has no bounds.
  static func months(_ dates: [ClaimValue], margin: Int) -> [Int]? {
    var result: [Int] = []
    for value in dates {
      // A date without bounds (a day with no year) is comparable with anything: not indexable.
      guard let date = value.date, let first = date.first, let last = date.last else { return nil }
      let start = first.adding(days: -margin)
      let end = last.adding(days: margin)
      let (low, high) = (start.year * 12 + start.month, end.year * 12 + end.month)
      guard high - low <= maxMonths else { return nil }
      result += low...high
    }
    return result
  }

  /// The fewest days between any date of `a` and any of `b` (0 when they overlap).
  static func gap(_ a: [ClaimValue], _ b: [ClaimValue]) -> Int {
    var best = Int.max
    for x in a {
      for y in b {
        guard let x0 = x.date?.first, let x1 = x.date?.last, let y0 = y.date?.first, let y1 = y.date?.last else {
          continue
        }
        let days = max(0, max(x0.daysSinceEpoch - y1.daysSinceEpoch, y0.daysSinceEpoch - x1.daysSinceEpoch))
        best = min(best, days)
      }
    }
    return best
  }
}
