import ContrasteClaims

extension Comparer {
  /// The corpus inputs a comparison with `new` can involve.
  ///
  /// These are the ones that mention one of the same events (or an event of the same body or type where the key is incomplete), name one of
  /// the same people, or may be copies (a shared LSH band). Checking one article against a large
  /// corpus then compares a handful of articles, not all of them.
  public func related(_ corpus: [ComparisonInput], to new: [ComparisonInput]) -> [ComparisonInput] {
    var keys = Set<String>()
    var families = Set<String>()
    var people = Set<String>()
    for input in new {
      for key in input.claims.events.map(\.key) + input.claims.claims.compactMap(\.event) {
        keys.insert(key)
        families.insert(Self.family(key))
      }
      for claim in input.claims.claims { if let person = claim.value.role?.person { people.insert(person) } }
    }
    let bands = Set(new.flatMap { DependenceDetector.bandKeys(DependenceDetector.signature($0.shingles)) })
    return corpus.filter { input in
      let events = input.claims.events.map(\.key) + input.claims.claims.compactMap(\.event)
      if events.contains(where: { keys.contains($0) || families.contains(Self.family($0)) }) { return true }
      if input.claims.claims.contains(where: { $0.value.role?.person.map(people.contains) ?? false }) { return true }
      return !bands.isDisjoint(with: DependenceDetector.bandKeys(DependenceDetector.signature(input.shingles)))
    }
  }

  /// `body/type` for keys with a body, `?/type` for bodiless ones: what clustering can join.
  static func family(_ key: String) -> String {
    let parts = key.split(separator: "/")
    return parts.count == 3 ? "\(parts[0])/\(parts[1])" : key
  }
}
