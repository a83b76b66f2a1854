import ContrasteClaims
import ContrasteNormalizer

extension Comparer {
  /// The corpus inputs a comparison with `new` can involve.
  ///
  /// These share a term with a new article (see `terms(of:)`): checking one article against a
  /// large corpus then compares a handful of articles, not all of them.
  public func related(_ corpus: [ComparisonInput], to new: [ComparisonInput]) -> [ComparisonInput] {
    let terms = Set(new.flatMap { Self.terms(of: $0) })
    return corpus.filter { !terms.isDisjoint(with: Self.terms(of: $0)) }
  }

  /// What relates two articles, as terms.
  ///
  /// Terms are event families (`family:gis/reunion`), people (`person:roberto velasco`) and LSH
  /// bands (`band:…`). Two articles can share a finding only if they share a term, so a cache can
  /// index them and load only the related ones.
  public static func terms(of input: ComparisonInput) -> Set<String> {
    var terms = Set<String>()
    for key in input.claims.events.map(\.key) + input.claims.claims.compactMap(\.event) {
      terms.insert("family:" + family(key))
    }
    for claim in input.claims.claims {
      if let person = claim.value.role?.person { terms.insert("person:" + person) }
    }
    for band in input.bands { terms.insert("band:" + String(band, radix: 16)) }
    return terms
  }

  /// `body/type` for keys with a body, `?/type` for bodiless ones: what clustering can join.
  static func family(_ key: String) -> String {
    let parts = key.fields(separatedBy: "/")
    return parts.count == 3 ? "\(parts[0])/\(parts[1])" : key
  }
}
