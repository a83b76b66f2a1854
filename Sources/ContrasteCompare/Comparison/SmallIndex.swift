/// Positions of distinct strings in the order they were added: a scan while there are few (an
/// article names a handful of events), a dictionary once there are many, so an article naming
/// thousands stays linear.
struct SmallIndex {
  private var values: [String] = []
  private var positions: [String: Int] = [:]
  /// Past this many values, lookups go through the dictionary.
  static let scanLimit = 8

  /// The position of `value`, or nil when it was never added.
  func position(of value: String) -> Int? {
    if values.count <= Self.scanLimit { return values.firstIndex(of: value) }
    return positions[value]
  }

  /// Adds `value` (not already there) at the next position.
  mutating func append(_ value: String) {
    values.append(value)
    if values.count == Self.scanLimit + 1 {
      for (position, value) in values.enumerated() { positions[value] = position }
    } else if values.count > Self.scanLimit + 1 {
      positions[value] = values.count - 1
    }
  }
}
