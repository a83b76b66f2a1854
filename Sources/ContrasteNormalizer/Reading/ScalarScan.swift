/// Finding the next occurrence of one of two scalars in an article's scalars, eight at a time.
///
/// Line breaks and dateline dots are rare; the stages that look for them spend nearly all their
/// time proving that a scalar is neither, which a vector comparison does for eight at once.
enum ScalarScan {
  /// The first offset from `start` whose scalar is `first` or `second`, or `scalars.count`.
  @inline(__always)
  static func next(
    _ first: Unicode.Scalar, or second: Unicode.Scalar, in scalars: UnsafeBufferPointer<Unicode.Scalar>,
    from start: Int
  ) -> Int {
    guard let base = scalars.baseAddress else { return scalars.count }
    var index = start
    let (a, b) = (SIMD8<UInt32>(repeating: first.value), SIMD8<UInt32>(repeating: second.value))
    while index + 8 <= scalars.count {
      let values = UnsafeRawPointer(base + index).loadUnaligned(as: SIMD8<UInt32>.self)
      if any((values .== a) .| (values .== b)) { break }
      index += 8
    }
    while index < scalars.count, scalars[index] != first, scalars[index] != second { index += 1 }
    return index
  }
}
