extension Array {
  /// Reorders the elements so that position `k` holds the element that was at `order[k]`.
  ///
  /// Works by swaps along the permutation's cycles, so elements are moved, never copied: for
  /// large values (findings) that saves a retain and a release of every field. The swaps are
  /// the buffer's: `Array.swapAt` copies both elements through a temporary. `order` must be a
  /// permutation of the array's indices.
  mutating func permute(by order: [Int]) {
    precondition(order.count == count, "permute(by:) needs one index per element")
    var placed = [Bool](repeating: false, count: count)
    withUnsafeMutableBufferPointer { elements in
      for start in order.indices where !placed[start] {
        var position = start
        placed[position] = true
        while order[position] != start {
          elements.swapAt(position, order[position])
          position = order[position]
          placed[position] = true
        }
      }
    }
  }
}
