import ContrasteClaims

extension Comparer {
  /// Attributes compared as single values (one true value per event).
  static func isSingleValued(_ attribute: String) -> Bool {
    attribute == "date" || attribute == "date.effective" || attribute == "place" || attribute.hasPrefix("figure.")
  }

  /// Attributes compared as sets, where an omission is not a contradiction.
  static let setAttributes: Set<String> = ["participant", "leader", "topic"]

  func valueFindings(_ inputs: [ComparisonInput], events: EventClusters, sources: SourceClusters) -> [Finding] {
    var grouped: [String: [(claim: Claim, input: Int)]] = [:]
    for (index, input) in inputs.enumerated() {
      for claim in input.claims.claims {
        guard let event = claim.event else { continue }
        let attribute = Self.whenAttributes.contains(claim.attribute) ? "date" : claim.attribute
        guard Self.isSingleValued(attribute) || Self.setAttributes.contains(attribute) else { continue }
        let id = events.id(for: event, article: claim.article)
        grouped[id + "\u{1F}" + attribute, default: []].append((claim, index))
      }
    }
    var findings: [Finding] = []
    for key in grouped.keys.sorted() {
      let parts = key.split(separator: "\u{1F}").map(String.init)
      let (event, attribute) = (parts[0], parts[1])
      let entries = grouped[key] ?? []
      if Self.isSingleValued(attribute) {
        findings += singleValueFindings(
          event: event, attribute: attribute, entries: entries, inputs: inputs, sources: sources)
      } else if let finding = setFinding(
        event: event, attribute: attribute, entries: entries, inputs: inputs, sources: sources)
      {
        findings.append(finding)
      }
    }
    return findings
  }

  /// Compares one value per article on the lattice: same, refinement, overlap or disjoint.
  private func singleValueFindings(
    event: String, attribute: String, entries: [(claim: Claim, input: Int)], inputs: [ComparisonInput],
    sources: SourceClusters
  ) -> [Finding] {
    // One value per article: stated before inferred, then the most confident, then the first.
    var best: [Int: Claim] = [:]
    for (claim, input) in entries {
      if let current = best[input], !Self.better(claim, than: current) { continue }
      best[input] = claim
    }
    var byValue: [String: [(Claim, Int)]] = [:]
    for (input, claim) in best { byValue[claim.value.key, default: []].append((claim, input)) }
    let values = byValue.keys.sorted().map { value -> (FindingValue, ClaimValue) in
      let members = (byValue[value] ?? []).sorted { inputs[$0.1].document.id < inputs[$1.1].document.id }
      return (self.value(members, inputs: inputs, sources: sources), members[0].0.value)
    }
    var disjoint: [(Int, Int)] = []
    var related = false
    for first in values.indices {
      for second in values.indices where second > first {
        switch ValueRelation.between(values[first].1, values[second].1, places: places) {
        case .disjoint: disjoint.append((first, second))
        case .contains, .containedIn, .overlap: related = true
        case .same, .incomparable: break
        }
      }
    }
    let articles = Set(best.keys).count
    let kind: Finding.Kind
    var severity = Severity.info
    if !disjoint.isEmpty {
      kind = .contradiction
      // A contradiction that rests on an inferred value on either side weighs less.
      let bothStated = disjoint.contains { values[$0.0].0.stated && values[$0.1].0.stated }
      severity = bothStated ? .error : .warning
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
    if kind == .contradiction, let top = findingValues.first {
      let tie = findingValues.dropFirst().contains { $0.independentSources == top.independentSources }
      arguments["majority"] = tie ? "" : top.value
    }
    let family = attribute.hasPrefix("figure.") ? "figure" : attribute.split(separator: ".")[0].description
    return [
      Finding(
        kind: kind, severity: severity, event: event, eventLabel: label(event), attribute: attribute,
        rule: "\(family)-\(kind.rawValue)", message: Message("value.\(kind.rawValue)", arguments),
        values: findingValues, documents: [],
        fingerprint: Fingerprint.make(
          [attribute, event] + findingValues.map { "\($0.value)@\($0.articles.joined(separator: ","))" }))
    ]
  }

  /// Values shared by two or more articles (sets: an omission is not a contradiction).
  private func setFinding(
    event: String, attribute: String, entries: [(claim: Claim, input: Int)], inputs: [ComparisonInput],
    sources: SourceClusters
  ) -> Finding? {
    var byValue: [String: [(Claim, Int)]] = [:]
    for (claim, input) in entries where !(byValue[claim.value.key]?.contains { $0.1 == input } ?? false) {
      byValue[claim.value.key, default: []].append((claim, input))
    }
    let shared = byValue.keys.sorted().compactMap { key -> FindingValue? in
      let members = (byValue[key] ?? []).sorted { inputs[$0.1].document.id < inputs[$1.1].document.id }
      return members.count > 1 ? value(members, inputs: inputs, sources: sources) : nil
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

  /// A finding value from the claims that give it.
  func value(_ members: [(Claim, Int)], inputs: [ComparisonInput], sources: SourceClusters) -> FindingValue {
    FindingValue(
      value: members[0].0.value.key, display: members[0].0.value.display,
      evidence: members.map(\.0.evidence),
      independentSources: Set(members.map { sources.clusterOf[$0.1] }).count,
      articles: members.map { inputs[$0.1].document.id },
      stated: members.contains { $0.0.value.date?.anchor != "inferred" },
      inferredIn: members.filter { $0.0.value.date?.anchor == "inferred" }.map { inputs[$0.1].document.id },
      attributed: members.contains { $0.0.attribution != nil })
  }

  /// Stated beats inferred, then confidence, then the earlier mention.
  static func better(_ a: Claim, than b: Claim) -> Bool {
    let aStated = a.value.date?.anchor != "inferred"
    let bStated = b.value.date?.anchor != "inferred"
    if aStated != bStated { return aStated }
    if a.confidence != b.confidence { return a.confidence > b.confidence }
    return a.evidence.start < b.evidence.start
  }
}
