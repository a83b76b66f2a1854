import ContrasteClaims
import ContrasteNormalizer

extension Comparer {
  /// Where each role claim is, grouped by person, in name order.
  ///
  /// `inputs` must be in document-id order. Needs no clusters: worked out while they are.
  func roleGroups(_ inputs: [ComparisonInput]) -> [(person: String, members: [ClaimPosition])] {
    var byPerson: [String: [ClaimPosition]] = [:]
    for index in inputs.indices {
      let claims = inputs[index].claims.claims
      for position in claims.indices where claims[position].attribute == "role" {
        guard let person = claims[position].value.role?.person else { continue }
        byPerson[person, default: []].append(ClaimPosition(input: index, claim: position))
      }
    }
    return byPerson.sorted { $0.key < $1.key }.map { (person: $0.key, members: $0.value) }
  }

  /// Compares what the articles say each person of `roleGroups` is.
  ///
  /// Several offices can hold at once; the same office with different statuses (`bajo licencia`,
  /// `encargado de despacho`) is a change over time when the articles speak from different days,
  /// and a conflict when from the same day.
  func roleFindings(
    _ people: [(person: String, members: [ClaimPosition])], _ inputs: [ComparisonInput], sources: SourceClusters
  ) -> [Finding] {
    // Each person on their own, on every worker; concatenated in name order.
    let finding = { @Sendable [self] (index: Int) -> Finding? in
      roleFinding(people[index].person, people[index].members, inputs, sources)
    }
    var found = ParallelMap.map(count: people.count, workers: workers, state: { () }, { finding($1) })
    // Taken out of the results, not copied (see `append(moving:)`).
    var all: [Finding] = []
    for index in found.indices {
      if let role = found[index].take() ?? finding(index) { all.append(role) }
    }
    return all
  }

  /// What the articles say one person is, when more than one article names them.
  private func roleFinding(
    _ person: String, _ claims: [ClaimPosition], _ inputs: [ComparisonInput], _ sources: SourceClusters
  ) -> Finding? {
    let articles = Set(claims.map(\.input))
    guard articles.count > 1 else { return nil }
    // Values and offices hold positions in `claims`; claims are read in place, never copied.
    var byValue: [String: [Int]] = [:]
    for (position, entry) in claims.enumerated()
    where !(byValue[inputs[claimAt: entry].value.key]?.contains { claims[$0].input == entry.input } ?? false) {
      byValue[inputs[claimAt: entry].value.key, default: []].append(position)
    }
    let values = byValue.keys.sorted().map { key in
      value(
        claims, at: (byValue[key] ?? []).sorted { claims[$0].input < claims[$1].input }, inputs: inputs,
        sources: sources)
    }
    let name = claims.first.flatMap { inputs[claimAt: $0].value.role?.personName } ?? person
    // Same office, different status?
    var byOffice: [String: [Int]] = [:]
    for (position, entry) in claims.enumerated() {
      if let office = inputs[claimAt: entry].value.role?.office { byOffice[office, default: []].append(position) }
    }
    var kind = Finding.Kind.agreement
    var severity = Severity.info
    var arguments = ["person": name]
    for office in byOffice.keys.sorted() {
      let entries = byOffice[office] ?? []
      let statuses = Set(entries.map { inputs[claimAt: claims[$0]].value.role?.status?.rawValue ?? "" })
      guard statuses.count > 1 else { continue }
      // `encargado de despacho` next to the plain title is a detail, not a change.
      if statuses.subtracting(["", RoleValue.Status.acting.rawValue]).isEmpty {
        kind = kind == .agreement ? .compatible : kind
        continue
      }
      let days = Set(entries.compactMap { inputs[Int(claims[$0].input)].claims.reference })
      if days.count > 1, let first = days.min(), let last = days.max() {
        kind = .compatible
        severity = max(severity, .warning)
        arguments["days"] = String(last.daysSinceEpoch - first.daysSinceEpoch)
        arguments["change"] = "time"
      } else {
        kind = .contradiction
        severity = .warning
      }
    }
    if kind == .agreement, values.count > 1 { kind = .compatible }
    if kind == .agreement, values.allSatisfy({ $0.articles.count == 1 }) { return nil }
    return Finding(
      kind: kind, severity: severity, event: nil, eventLabel: nil, attribute: "role",
      rule: "role-\(kind.rawValue)", message: Message("role.\(kind.rawValue)", arguments), values: values,
      documents: [],
      fingerprint: Fingerprint.make(
        ["role", person] + values.map { "\($0.value)@\($0.articles.joined(separator: ","))" }))
  }

  /// Problems inside one article, such as a weekday that does not match its date.
  func inconsistencyFindings(_ inputs: [ComparisonInput]) -> [Finding] {
    // By index: iterating the inputs by value copied each one (a retain per array in it).
    inputs.indices.filter { !inputs[$0].claims.diagnostics.isEmpty }.flatMap { index in
      let input = inputs[index]
      return input.claims.diagnostics.map { diagnostic in
        Finding(
          kind: .inconsistency, severity: .warning, event: nil, eventLabel: nil, attribute: "date",
          rule: diagnostic.kind, message: Message("inconsistency.\(diagnostic.kind)", ["detail": diagnostic.detail]),
          values: [
            FindingValue(
              value: diagnostic.evidence.quote, display: diagnostic.evidence.quote, evidence: [diagnostic.evidence],
              independentSources: 1, articles: [input.document.id], stated: true, inferredIn: [], attributed: false)
          ], documents: [input.document.id],
          fingerprint: Fingerprint.make([diagnostic.kind, input.document.id, diagnostic.evidence.quote]))
      }
    }
  }
}
