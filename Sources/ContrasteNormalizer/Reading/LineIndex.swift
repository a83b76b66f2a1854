/// Finds the line and column of a scalar offset in an article's text.
public struct LineIndex: Sendable, Hashable, Codable {
  /// Scalar offset where each line starts; line 1 starts at 0.
  public let lineStarts: [Int]

  public init(_ text: String) { self.init(scalars: text.scalarArray) }

  init(scalars: [Unicode.Scalar]) {
    var starts = [0]
    scalars.withUnsafeBufferPointer { scalars in
      var offset = ScalarScan.next("\n", or: "\r", in: scalars, from: 0)
      while offset < scalars.count {
        if scalars[offset] == "\n", offset > 0, scalars[offset - 1] == "\r" {
          // `\r\n` is one line break: the line starts after the `\n`.
          starts[starts.count - 1] = offset + 1
        } else {
          starts.append(offset + 1)
        }
        offset = ScalarScan.next("\n", or: "\r", in: scalars, from: offset + 1)
      }
    }
    self.lineStarts = starts
  }

  /// 1-based line and column (columns count Unicode scalars) of `offset`.
  public func location(of offset: Int) -> (line: Int, column: Int) {
    var low = 0
    var high = lineStarts.count - 1
    while low < high {
      let middle = (low + high + 1) / 2
      if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
    }
    return (low + 1, offset - lineStarts[low] + 1)
  }
}
