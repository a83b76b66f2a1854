extension Array {
  /// Moves the elements of `other` to the end of this array, in order, leaving `other` empty.
  ///
  /// No element is copied: a copy of a finding retains each string and array it holds, and
  /// freeing the original releases them again, which for hundreds of thousands of findings
  /// took a tenth of a second on one thread. `popLast` moves an element out, `append` moves
  /// it in; the reversal before swaps in the buffer (`Array.swapAt` would copy).
  mutating func append(moving other: inout [Element]) {
    other.withUnsafeMutableBufferPointer { $0.reverse() }
    while let element = other.popLast() { append(element) }
  }
}
