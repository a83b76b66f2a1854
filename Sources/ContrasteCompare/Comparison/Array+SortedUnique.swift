extension Array where Element: Comparable {
  /// Sorts the elements and drops repeats in place: each value once, in ascending order.
  mutating func sortUnique() {
    sort()
    // The buffer's swaps: `Array.swapAt` copies both elements through a temporary.
    let kept = withUnsafeMutableBufferPointer { elements in
      var kept = 0
      for index in elements.indices where kept == 0 || elements[kept - 1] != elements[index] {
        elements.swapAt(kept, index)
        kept += 1
      }
      return kept
    }
    removeLast(count - kept)
  }
}
