import ContrasteClaims

extension ComparisonInput {
  /// The same input under another article id: the document, every claim and every quote.
  ///
  /// Ids are made unique after extraction when a corpus is read in parallel (two JSONL files
  /// may repeat a record id), so the claims already carry the old one.
  func renamed(to id: String) -> ComparisonInput {
    let old = document.id
    guard id != old else { return self }
    var copy = self
    copy.document.id = id
    copy.claims.article = id
    for index in copy.claims.claims.indices {
      copy.claims.claims[index].article = id
      copy.claims.claims[index].evidence.article = id
      if copy.claims.claims[index].id.hasPrefix(old + "#") {
        copy.claims.claims[index].id = id + copy.claims.claims[index].id.dropFirst(old.count)
      }
    }
    for index in copy.claims.events.indices { copy.claims.events[index].evidence.article = id }
    for index in copy.claims.diagnostics.indices { copy.claims.diagnostics[index].evidence.article = id }
    return copy
  }
}
