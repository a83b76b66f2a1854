extension Array where Element: Comparable {
  /// Sorts the elements and drops repeats in place: each value once, in ascending order.
  mutating func sortUnique() {
    sort()
    var kept = 0
    for index in indices where kept == 0 || self[kept - 1] != self[index] {
      swapAt(kept, index)
      kept += 1
    }
    removeLast(count - kept)
  }
}
