extension Array {
  /// The elements in a buffer of their own size when this one has a quarter or more to spare;
  /// else the array itself.
  func compacted() -> [Element] {
    guard capacity - count >= Swift.max(1, count / 4) else { return self }
    return [Element](unsafeUninitializedCapacity: count) { buffer, initialized in
      _ = buffer.initialize(fromContentsOf: self)
      initialized = count
    }
  }
}
