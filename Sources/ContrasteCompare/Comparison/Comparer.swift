import ContrasteClaims
import ContrasteNormalizer

/// Compares the claims of several articles: finds the same events across outlets, relates their
/// values on the comparison lattice, weighs independent sources, and reports findings.
public struct Comparer: Sendable {
  let places: PlaceTree
  let lexicon: Lexicon
  /// Names of the lexicon's bodies and event types by key (the first of a repeated key), for
  /// labels: a report has a label per finding.
  let bodyNames: [String: String]
  let eventNames: [String: String]
  /// Labels of events whose body is not in the lexicon, from the articles' own words.
  var labels: [String: String] = [:]
  /// Each event cluster's label, worked out once: every finding about an event asks for it.
  var clusterLabels: [String: String] = [:]
  /// Threads for the parts of the comparison that run in parallel; the audit is the same for any number.
  public var workers = 1

  public init(lexicon: Lexicon) {
    self.lexicon = lexicon
    self.places = PlaceTree(lexicon.places)
    self.bodyNames = Dictionary(lexicon.bodies.map { ($0.key, $0.name) }, uniquingKeysWith: { first, _ in first })
    self.eventNames = Dictionary(lexicon.events.map { ($0.key, $0.name) }, uniquingKeysWith: { first, _ in first })
  }

  /// The audit of `inputs`; `skipped` lists files that could not be read.
  public func compare(_ inputs: [ComparisonInput], skipped: [Skipped] = []) -> Audit {
    // Inputs in id order: everywhere below, members sorted by input index are in id order.
    // Files are read in path order, so the inputs usually come sorted: not copied then.
    // By index: zipping the array with itself copied every input, a retain per field.
    let sorted = inputs.indices.dropFirst().allSatisfy { inputs[$0 - 1].document.id < inputs[$0].document.id }
    let inputs = sorted ? inputs : inputs.sorted { $0.document.id < $1.document.id }
    // Copy detection needs a long serial walk; meanwhile another thread clusters the events and
    // does what depends on them alone: labels, the clusters' mentions, the value groups. What
    // depends on neither (people's roles, an article's own inconsistencies) goes after the copy
    // walk, the shorter of the two.
    let clustering = self
    let (independent, prepared) = ParallelMap.pair(
      concurrently: workers > 1,
      {
        Independent(
          sources: sourceClusters(inputs), roles: roleGroups(inputs), inconsistencies: inconsistencyFindings(inputs))
      }, { clustering.prepare(inputs) })
    let sources = independent.sources
    let comparer = prepared.comparer
    var findings = comparer.dependenceFindings(inputs, sources: sources)
    // Moved, not copied (see `append(moving:)`).
    var values = comparer.valueFindings(prepared.valueGroups, inputs, events: prepared.events, sources: sources)
    var roles = comparer.roleFindings(independent.roles, inputs, sources: sources)
    var inconsistencies = independent.inconsistencies
    findings.reserveCapacity(findings.count + values.count + roles.count + inconsistencies.count)
    findings.append(moving: &values)
    findings.append(moving: &roles)
    findings.append(moving: &inconsistencies)
    Self.sortInPlace(&findings)
    let audit = Audit(
      documents: inputs.map(\.document), events: prepared.clusters,
      sourceClusters: sources.groups.map { $0.map { inputs[$0].document.id } }, findings: findings,
      skipped: skipped.sorted { $0.path < $1.path })
    // Groups, clusters and source sets of a large corpus take a while to free: not here.
    Auditor.release((consume prepared, consume independent))
    return audit
  }

  /// What the comparison works out without the event clusters.
  struct Independent: Sendable {
    var sources: SourceClusters
    var roles: [(person: String, members: [ClaimPosition])]
    var inconsistencies: [Finding]
  }

  /// What the comparison works out without the source clusters.
  struct Prepared: Sendable {
    var events: EventClusters
    /// This comparer with the events' labels.
    var comparer: Comparer
    var valueGroups: [ValueGroup]
    var clusters: [EventCluster]
  }

  /// Clusters the events of `inputs` (in id order) and works out what depends on them alone.
  func prepare(_ inputs: [ComparisonInput]) -> Prepared {
    let events = eventClusters(inputs)
    // Each article's event labels and mentions by cluster id, on every worker; then merged in
    // article order, one dictionary update per (article, cluster) instead of one per mention (a
    // million at 100,000 articles, where that serial loop took a second).
    let identified = { @Sendable (index: Int) in Self.articleEvents(inputs[index], events: events) }
    var found = ParallelMap.map(count: inputs.count, workers: workers, state: { () }, { identified($1) })
    var labels: [String: String] = [:]
    var grouped: [String: [Evidence]] = [:]
    for index in inputs.indices {
      var article = found[index].take() ?? identified(index)
      // The first label of each cluster in article order, as a walk over every claim finds it.
      for (id, display) in article.labels where labels[id] == nil { labels[id] = display }
      for group in article.groups.indices {
        grouped[article.groups[group].id, default: []].append(moving: &article.groups[group].evidence)
      }
    }
    var comparer = self
    comparer.labels = labels
    // Sorted where they are: `sorted()` would copy every mention (a million at 100,000 articles)
    // while the dictionary still held the original.
    for index in grouped.values.indices {
      grouped.values[index].sort { ($0.article, $0.start) < ($1.article, $1.start) }
    }
    let clusters = grouped.map { id, mentions in EventCluster(id: id, label: comparer.label(id), mentions: mentions) }
      .sorted { $0.id < $1.id }
    comparer.clusterLabels = Dictionary(uniqueKeysWithValues: clusters.map { ($0.id, $0.label) })
    return Prepared(
      events: events, comparer: comparer, valueGroups: comparer.valueGroups(inputs, events: events),
      clusters: clusters)
  }

  /// One article's event claims and mentions by cluster id.
  struct ArticleEvents: Sendable {
    /// The display of the first `event` claim of each cluster, in claim order.
    var labels: [(id: String, display: String)] = []
    /// The mentions of each cluster, clusters in order of their first mention.
    var groups: [(id: String, evidence: [Evidence])] = []
  }

  /// The cluster ids of one article's event claims and mentions, each event key looked up once.
  static func articleEvents(_ input: ComparisonInput, events: EventClusters) -> ArticleEvents {
    var result = ArticleEvents()
    var ids = SmallIndex()
    var idOf: [String] = []
    var labeled = SmallIndex()
    var groups = SmallIndex()
    let own = input.claims.article
    func id(_ key: String, _ article: String) -> String {
      // Claims and mentions name the input's article (another is looked up as it comes).
      guard article == own else { return events.id(for: key, article: article) }
      if let known = ids.position(of: key) { return idOf[known] }
      ids.append(key)
      idOf.append(events.id(for: key, article: article))
      return idOf[idOf.count - 1]
    }
    let claims = input.claims.claims
    for position in claims.indices where claims[position].attribute == "event" {
      let id = id(claims[position].value.key, claims[position].article)
      if labeled.position(of: id) == nil {
        labeled.append(id)
        result.labels.append((id, claims[position].value.display))
      }
    }
    for mention in input.claims.events {
      let id = id(mention.key, mention.evidence.article)
      if let group = groups.position(of: id) {
        result.groups[group].evidence.append(mention.evidence)
      } else {
        groups.append(id)
        result.groups.append((id, [mention.evidence]))
      }
    }
    return result
  }

  /// Sorts findings into report order, ties kept in their order (as a stable sort would):
  /// contradictions first, then by event, attribute and fingerprint.
  ///
  /// The keys are sorted, then the findings put in place by swaps (`permute(by:)`): a finding
  /// is a large value, and swapping moves it where a sort would copy it.
  ///
  /// Events and attributes are compared by their rank among the distinct values: a few
  /// thousand strings sorted once, then integers, where comparing the strings of every pair a
  /// sort meets took most of the time. Fingerprints, compared only between findings of one
  /// event and attribute, stay strings.
  static func sortInPlace(_ findings: inout [Finding]) {
    let events = ordinals(findings.map { $0.event ?? "" })
    let attributes = ordinals(findings.map(\.attribute))
    let keys = findings.indices.map { (rank(findings[$0].kind), events[$0], attributes[$0]) }
    let order = keys.indices.sorted { a, b in
      if keys[a] != keys[b] { return keys[a] < keys[b] }
      let (first, second) = (findings[a].fingerprint, findings[b].fingerprint)
      return first < second || (first == second && a < b)
    }
    findings.permute(by: order)
  }

  /// Each value's rank among the distinct values, in the order `String` sorts them.
  static func ordinals(_ values: [String]) -> [Int] {
    var ranks: [String: Int] = [:]
    for value in values { ranks[value] = 0 }
    for (rank, value) in ranks.keys.sorted().enumerated() { ranks[value] = rank }
    return values.map { ranks[$0] ?? 0 }
  }

  private static func rank(_ kind: Finding.Kind) -> Int {
    switch kind {
    case .contradiction: 0
    case .inconsistency: 1
    case .compatible: 2
    case .agreement: 3
    case .singleSource: 4
    case .dependence: 5
    }
  }

  /// A readable label for an event id: `Grupo de Implementación de Seguridad · reunión 2`.
  func label(_ id: String) -> String {
    if let known = clusterLabels[id] { return known }
    let parts = id.fields(separatedBy: "/").map(String.init)
    guard parts.count == 3 else { return id }
    let known = bodyNames[parts[0]]
    if parts[0] != "?", known == nil, let label = labels[id] { return label }
    let body = known ?? (parts[0] == "?" ? "" : parts[0].split(separator: "-").joined(separator: " "))
    let type = eventNames[parts[1]] ?? parts[1]
    let ordinal = parts[2].hasPrefix("?") ? "" : " \(parts[2])"
    return body.isEmpty ? "\(type)\(ordinal)" : "\(body) · \(type)\(ordinal)"
  }

  // MARK: Source independence

  /// Independent-source clusters: near-copies and articles relaying the same source on the same event.
  struct SourceClusters: Sendable {
    var groups: [[Int]]
    var clusterOf: [Int]
    /// Why two articles were joined, per pair of indices.
    var reasons: [[Int]: Message]
  }

  func sourceClusters(_ inputs: [ComparisonInput]) -> SourceClusters {
    var union = UnionFind(count: inputs.count)
    var reasons: [[Int]: Message] = [:]
    for (first, second, jaccard) in DependenceDetector.copies(inputs, workers: workers, joining: &union) {
      reasons[[first, second]] = Message("dependence.copy", ["similarity": String(Int((jaccard * 100).rounded()))])
    }
    // Articles relaying the same source on the same named event: grouped, never all pairs.
    var relays: [String: [Int]] = [:]
    for index in inputs.indices where !inputs[index].claims.sources.isEmpty {
      let claims = inputs[index].claims
      let events = Set(claims.events.map(\.key).filter { !Self.isIncomplete($0) })
      for source in claims.sources {
        for event in events { relays[source + "\u{1F}" + event, default: []].append(index) }
      }
    }
    for key in relays.keys.sorted() {
      guard let members = relays[key], members.count > 1 else { continue }
      let source = String(key.prefix { $0 != "\u{1F}" })
      let name = bodyNames[source] ?? source
      for member in members.dropFirst() where union.find(member) != union.find(members[0]) {
        union.union(members[0], member)
        if reasons[[members[0], member]] == nil {
          reasons[[members[0], member]] = Message("dependence.source", ["source": name])
        }
      }
    }
    let groups = union.groups()
    var clusterOf = Array(repeating: 0, count: inputs.count)
    for (index, group) in groups.enumerated() { for member in group { clusterOf[member] = index } }
    return SourceClusters(groups: groups, clusterOf: clusterOf, reasons: reasons)
  }

  func dependenceFindings(_ inputs: [ComparisonInput], sources: SourceClusters) -> [Finding] {
    // Each reason under the group of its first article, in one pass: searching every group for
    // every reason was quadratic when one group holds thousands of copies.
    var reasonsByGroup: [Int: [(key: [Int], value: Message)]] = [:]
    for (key, message) in sources.reasons {
      reasonsByGroup[sources.clusterOf[key[0]], default: []].append((key, message))
    }
    return sources.groups.indices.filter { sources.groups[$0].count > 1 }.map { groupIndex in
      let group = sources.groups[groupIndex]
      let ids = group.map { inputs[$0].document.id }
      // The reason of the group's first pair (in article order) is the one the finding gives.
      let first = (reasonsByGroup[groupIndex] ?? []).min { $0.key.lexicographicallyPrecedes($1.key) }
      var arguments = ["documents": ids.joined(separator: ", ")]
      if let reason = first?.value {
        arguments.merge(reason.arguments) { $1 }
        arguments["reason"] = reason.id
      }
      return Finding(
        kind: .dependence, severity: .info, event: nil, eventLabel: nil, attribute: "source",
        rule: "source-dependence", message: Message("dependence", arguments), values: [], documents: ids,
        fingerprint: Fingerprint.make(["source", ids.joined(separator: ",")]))
    }
  }
}
