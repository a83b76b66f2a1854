/// A sentence's event mentions sorted by token, for nearest-event lookups in logarithmic time.
///
/// A sentence can be megabytes long (scraped pages without full stops); scanning every event for
/// every figure, place and date there would take quadratic time.
struct EventIndex {
  /// The mentions with their position in the original list, sorted by token then position.
  private let sorted: [(event: LocalEvent, order: Int)]
  /// The mention listed first.
  private let first: LocalEvent?

  init(_ events: [LocalEvent], namedOnly: Bool = false) {
    // Most sentences mention no event.
    guard !events.isEmpty else {
      (sorted, first) = ([], nil)
      return
    }
    var kept: [(event: LocalEvent, order: Int)] = []
    kept.reserveCapacity(events.count)
    var inOrder = true
    for (order, event) in events.enumerated() where !namedOnly || !event.key.isEmpty {
      if let last = kept.last, last.event.token > event.token { inOrder = false }
      kept.append((event, order))
    }
    // Kept in list order, so the first kept is the one listed first.
    first = kept.first?.event
    // Mentions are found left to right: usually sorted already.
    if !inOrder { kept.sort { ($0.event.token, $0.order) < ($1.event.token, $1.order) } }
    sorted = kept
  }

  var isEmpty: Bool { sorted.isEmpty }

  /// Index of the first mention at or after `token`.
  private func lowerBound(_ token: Int) -> Int {
    var low = 0
    var high = sorted.count
    while low < high {
      let middle = (low + high) / 2
      if sorted[middle].event.token < token { low = middle + 1 } else { high = middle }
    }
    return low
  }

  /// The mention nearest to `token`; on a tie, the one listed first (as `min(by:)` would pick).
  func nearest(to token: Int) -> LocalEvent? {
    let split = lowerBound(token)
    let before = split > 0 ? token - sorted[split - 1].event.token : Int.max
    let after = split < sorted.count ? sorted[split].event.token - token : Int.max
    let distance = min(before, after)
    guard distance != Int.max else { return nil }
    var best: (event: LocalEvent, order: Int)?
    // Every mention at that distance, on either side; runs of one token are short.
    for target in distance == 0 ? [token] : [token - distance, token + distance] {
      var index = lowerBound(target)
      while index < sorted.count, sorted[index].event.token == target {
        if let current = best, current.order < sorted[index].order {
        } else {
          best = sorted[index]
        }
        index += 1
      }
    }
    return best?.event
  }

  /// The mention nearest before `token`, else the first one in the sentence.
  func before(_ token: Int) -> LocalEvent? {
    let split = lowerBound(token)
    if split > 0 {
      // Of several mentions on that token, the last listed.
      let target = sorted[split - 1].event.token
      var index = split - 1
      while index > 0, sorted[index - 1].event.token == target { index -= 1 }
      return sorted[index..<split].max { $0.order < $1.order }?.event
    }
    return first
  }
}
