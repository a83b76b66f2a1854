import ContrasteClaims

extension Comparer {
  /// Attributes compared as single values (one true value per event).
  static func isSingleValued(_ attribute: String) -> Bool {
    attribute == "date" || attribute == "date.effective" || attribute == "place" || attribute.hasPrefix("figure.")
  }

  /// Attributes compared as sets, where an omission is not a contradiction.
  ///
  /// Comparisons, not a set's hashing: asked of every claim.
  static func isSetAttribute(_ attribute: String) -> Bool {
    attribute == "participant" || attribute == "leader" || attribute == "topic"
  }

  /// Where each claim compared by value is, grouped by (event, attribute), groups in key order;
  /// `inputs` must be in document-id order (members are listed by input index).
  ///
  /// Needs the event clusters but not the source clusters: worked out while those are.
  func valueGroups(_ inputs: [ComparisonInput], events: EventClusters) -> [ValueGroup] {
    // Groups hold where each claim is (see `ClaimPosition`); the finders read the claims there.
    var grouped: [GroupKey: [ClaimPosition]] = [:]
    for index in inputs.indices {
      let claims = inputs[index].claims.claims
      // An article's claims come in runs about one event: its cluster id is looked up once a run.
      var (lastEvent, lastArticle, lastID): (String?, String, String) = (nil, "", "")
      for position in claims.indices {
        guard let event = claims[position].event else { continue }
        let attribute = Self.isWhen(claims[position].attribute) ? "date" : claims[position].attribute
        guard Self.isSingleValued(attribute) || Self.isSetAttribute(attribute) else { continue }
        let article = claims[position].article
        if event != lastEvent || article != lastArticle {
          (lastEvent, lastArticle, lastID) = (event, article, events.id(for: event, article: article))
        }
        grouped[GroupKey(event: lastID, attribute: attribute), default: []].append(
          ClaimPosition(input: index, claim: position))
      }
    }
    return grouped.sorted { ($0.key.event, $0.key.attribute) < ($1.key.event, $1.key.attribute) }
      .map { ValueGroup(key: $0.key, members: $0.value) }
  }

  /// Findings on each event's values, one (event, attribute) group of `valueGroups` at a time.
  func valueFindings(
    _ groups: [ValueGroup], _ inputs: [ComparisonInput], events: EventClusters, sources: SourceClusters
  ) -> [Finding] {
    // Each (event, attribute) on its own, on every worker; concatenated in key order.
    let findings = { @Sendable [self] (index: Int) -> [Finding] in
      groupFindings((groups[index].key, groups[index].members), inputs, events, sources)
    }
    return ParallelMap.joined(count: groups.count, workers: workers, findings)
  }

  /// The claims of one (event, attribute), by where they are.
  struct ValueGroup: Sendable {
    var key: GroupKey
    var members: [ClaimPosition]
  }

  /// Claims compared together: one event's values of one attribute.
  struct GroupKey: Hashable, Sendable {
    var event: String
    var attribute: String
  }

  /// The findings of one (event, attribute) group.
  private func groupFindings(
    _ group: (key: GroupKey, value: [ClaimPosition]), _ inputs: [ComparisonInput], _ events: EventClusters,
    _ sources: SourceClusters
  ) -> [Finding] {
    let (event, attribute) = (group.key.event, group.key.attribute)
    if Self.isSingleValued(attribute) {
      return singleValueFindings(
        event: event, attribute: attribute, entries: group.value, inputs: inputs, sources: sources, events: events)
    }
    return setFinding(event: event, attribute: attribute, entries: group.value, inputs: inputs, sources: sources)
      .map { [$0] } ?? []
  }

  /// Compares one value per article on the lattice: same, refinement, overlap or disjoint.
  private func singleValueFindings(
    event: String, attribute: String, entries: [ClaimPosition], inputs: [ComparisonInput],
    sources: SourceClusters, events: EventClusters
  ) -> [Finding] {
    // Every value each article gives (an article may give a preliminary and a final count, or
    // a start and an end): one claim per article and value.
    // Values hold positions in `entries`; claims are read in place, never copied.
    var byValue: [String: [Int]] = [:]
    var perArticle: [Int: Set<String>] = [:]
    for (position, entry) in entries.enumerated()
    where perArticle[Int(entry.input), default: []].insert(inputs[claimAt: entry].value.key).inserted {
      byValue[inputs[claimAt: entry].value.key, default: []].append(position)
    }
    let keys = byValue.keys.sorted()
    let values = keys.map { value -> (FindingValue, ClaimValue) in
      let members = (byValue[value] ?? []).sorted { entries[$0].input < entries[$1].input }
      return (
        self.value(entries, at: members, inputs: inputs, sources: sources), inputs[claimAt: entries[members[0]]].value
      )
    }
    let index = Dictionary(uniqueKeysWithValues: keys.enumerated().map { ($1, $0) })
    var relation: [[ValueRelation]] = Array(
      repeating: Array(repeating: .same, count: values.count), count: values.count)
    var related = false
    for first in values.indices {
      for second in values.indices where second > first {
        let found = ValueRelation.between(values[first].1, values[second].1, places: places)
        relation[first][second] = found
        relation[second][first] = found
        if found == .contains || found == .containedIn || found == .overlap { related = true }
      }
    }
    // Two articles contradict each other when no value of one can be true with a value of the
    // other; the pairs of values that make it so are what the finding reports.
    var disjoint: [(Int, Int)] = []
    // Counts reported on different days (a death toll that rises) are updates, not a conflict.
    var updated: [Int] = []
    // Articles giving the same values never contradict each other, and contradict another
    // article alike: whether two articles conflict is decided once per pair of value sets, so
    // an event told by thousands of articles costs no more than its distinct value sets.
    let isToll = Self.tolls.contains(attribute)
    var articlesByValues: [[Int]: [Int]] = [:]
    for (article, keys) in perArticle {
      articlesByValues[keys.compactMap { index[$0] }.sorted(), default: []].append(article)
    }
    let valueSets = articlesByValues.keys.sorted { $0.lexicographicallyPrecedes($1) }
    let claimValues = values.map(\.1)
    for (position, first) in valueSets.enumerated() {
      for second in valueSets[(position + 1)...] {
        guard !first.isEmpty, !second.isEmpty,
          first.allSatisfy({ a in second.allSatisfy { b in a != b && relation[a][b] == .disjoint } })
        else { continue }
        // A rising toll is an update only between articles published on different days: for
        // tolls each pair of articles is asked; any pair that is no update is a contradiction.
        var conflicting = !isToll
        if !conflicting {
          for a in articlesByValues[first] ?? [] {
            for b in articlesByValues[second] ?? [] {
              if let days = tollUpdate(attribute: attribute, inputs[a], first, inputs[b], second, values: claimValues) {
                updated.append(days)
              } else {
                conflicting = true
              }
            }
          }
        }
        if conflicting { disjoint += first.flatMap { a in second.map { b in (a, b) } } }
      }
    }
    let articles = perArticle.count
    let kind: Finding.Kind
    var severity = Severity.info
    if !disjoint.isEmpty {
      kind = .contradiction
      // Articles whose mention joined this event without a date of its own (asked only here:
      // each question hashes the article and the event).
      let loose = Set(
        entries.filter { events.isLoose(inputs[claimAt: $0].event ?? "", article: inputs[claimAt: $0].article) }.map {
          Int($0.input)
        })
      // A contradiction that rests on an inferred value on either side weighs less.
      // A side held only by articles whose event is a guess (undated) weighs less too.
      // A toll given by an undated article may be an earlier or later count: it weighs less too.
      func firm(_ value: Int) -> Bool {
        values[value].0.stated
          && (byValue[keys[value]] ?? []).contains { member in
            !loose.contains(Int(entries[member].input))
              && (!isToll
                || inputs[Int(entries[member].input)].claims.referenceSource?.hasSuffix("publication") == true)
          }
      }
      let bothStated = disjoint.contains { firm($0.0) && firm($0.1) }
      severity = bothStated ? .error : .warning
    } else if !updated.isEmpty {
      kind = .compatible
      severity = .warning
    } else if values.count > 1 && related {
      kind = .compatible
    } else if values.count == 1 && articles > 1 {
      kind = .agreement
    } else if values.count == 1 {
      kind = .singleSource
    } else {
      return []
    }
    let findingValues = values.map(\.0).sorted {
      ($0.independentSources, $0.articles.count, $0.value) > ($1.independentSources, $1.articles.count, $1.value)
    }
    var arguments = ["event": label(event), "attribute": attribute]
    if kind == .compatible, let days = updated.max() { arguments["days"] = String(days) }
    if kind == .contradiction, let top = findingValues.first {
      let tie = findingValues.dropFirst().contains { $0.independentSources == top.independentSources }
      arguments["majority"] = tie ? "" : top.value
    }
    let family = attribute.hasPrefix("figure.") ? "figure" : attribute.split(separator: ".")[0].description
    return [
      Finding(
        kind: kind, severity: severity, event: event, eventLabel: label(event), attribute: attribute,
        rule: "\(family)-\(kind.rawValue)",
        message: Message(
          kind == .compatible && !updated.isEmpty ? "value.updated" : "value.\(kind.rawValue)", arguments),
        values: findingValues, documents: [],
        fingerprint: Fingerprint.make(
          [attribute, event] + findingValues.map { "\($0.value)@\($0.articles.joined(separator: ","))" }))
    ]
  }

  /// Figures that grow as days pass (deaths, injured, detainees…): when two articles dated on
  /// different days disagree and the later one gives more, the toll was updated.
  static let tolls: Set<String> = [
    "figure.deaths", "figure.injured", "figure.detainees", "figure.evacuated", "figure.missing",
    "figure.firefighters", "figure.damaged-buildings",
  ]

  /// Days between two articles whose disagreement on a toll is an update, or nil.
  private func tollUpdate(
    attribute: String, _ a: ComparisonInput, _ aValues: [Int], _ b: ComparisonInput, _ bValues: [Int],
    values: [ClaimValue]
  ) -> Int? {
    guard Self.tolls.contains(attribute), a.claims.referenceSource?.hasSuffix("publication") == true,
      b.claims.referenceSource?.hasSuffix("publication") == true, let dayA = a.claims.reference,
      let dayB = b.claims.reference, dayA != dayB
    else { return nil }
    let (early, late) = dayA < dayB ? (aValues, bValues) : (bValues, aValues)
    let earliest = early.compactMap { values[$0].figure?.low }.max() ?? .infinity
    let latest = late.compactMap { values[$0].figure?.high }.max() ?? -.infinity
    return latest > earliest ? abs(dayA.daysSinceEpoch - dayB.daysSinceEpoch) : nil
  }

  /// Values shared by two or more articles (sets: an omission is not a contradiction).
  private func setFinding(
    event: String, attribute: String, entries: [ClaimPosition], inputs: [ComparisonInput],
    sources: SourceClusters
  ) -> Finding? {
    // One claim per value and article; the pairs seen kept in a set, not searched for in each
    // value's list (a value a thousand articles share would cost a million compares).
    var byValue: [String: [Int]] = [:]
    var seen: Set<ValueInput> = []
    for (position, entry) in entries.enumerated()
    where seen.insert(ValueInput(value: inputs[claimAt: entry].value.key, input: Int(entry.input))).inserted {
      byValue[inputs[claimAt: entry].value.key, default: []].append(position)
    }
    let shared = byValue.keys.sorted().compactMap { key -> FindingValue? in
      let members = (byValue[key] ?? []).sorted { entries[$0].input < entries[$1].input }
      return members.count > 1 ? value(entries, at: members, inputs: inputs, sources: sources) : nil
    }
    guard !shared.isEmpty else { return nil }
    return Finding(
      kind: .agreement, severity: .info, event: event, eventLabel: label(event), attribute: attribute,
      rule: "\(attribute)-agreement",
      message: Message("set.agreement", ["event": label(event), "attribute": attribute]),
      values: shared, documents: [],
      fingerprint: Fingerprint.make(
        [attribute, event] + shared.map { "\($0.value)@\($0.articles.joined(separator: ","))" }))
  }

  /// A value as given by one article (input index).
  private struct ValueInput: Hashable {
    var value: String
    var input: Int
  }

  /// A finding value from the claims at `members` of `entries` that give it, in input order.
  func value(
    _ entries: [ClaimPosition], at members: [Int], inputs: [ComparisonInput], sources: SourceClusters
  ) -> FindingValue {
    let first = entries[members[0]]
    return FindingValue(
      value: inputs[claimAt: first].value.key, display: inputs[claimAt: first].value.display,
      evidence: members.map { inputs[claimAt: entries[$0]].evidence },
      independentSources: Set(members.map { sources.clusterOf[Int(entries[$0].input)] }).count,
      articles: members.map { inputs[Int(entries[$0].input)].document.id },
      stated: members.contains { inputs[claimAt: entries[$0]].value.date?.anchor != "inferred" },
      inferredIn: members.filter { inputs[claimAt: entries[$0]].value.date?.anchor == "inferred" }.map {
        inputs[Int(entries[$0].input)].document.id
      },
      attributed: members.contains { inputs[claimAt: entries[$0]].attribution != nil })
  }
}
