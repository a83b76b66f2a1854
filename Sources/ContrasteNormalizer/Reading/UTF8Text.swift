/// A text's UTF-8 with the byte offset where each Unicode scalar starts.
///
/// Later stages quote evidence by scalar range; this turns a range into bytes in constant
/// time. Built once per article and shared by the date tagger and the claim extractor.
package struct UTF8Text: Sendable {
  package let utf8: [UInt8]
  /// Byte offset of each scalar, plus one entry for the end.
  package let scalarStart: [Int32]

  package init(_ text: String) {
    let bytes = Array(text.utf8)
    // Offsets are stored as Int32 (the ASCII runs convert with wrapping arithmetic).
    precondition(bytes.count < Int(Int32.max), "text too long to index: \(bytes.count) bytes")
    // One entry per scalar (at most one per byte), written into place rather than appended.
    scalarStart = [Int32](unsafeUninitializedCapacity: bytes.count + 1) { buffer, count in
      bytes.withUnsafeBufferPointer { bytes in
        guard let target = buffer.baseAddress else { return }
        var index = 0
        while index < bytes.count {
          if bytes[index] < 0x80 {
            // An ASCII run is one scalar per byte: a plain loop the compiler vectorises.
            let end = UTF8Scalar.asciiRunEnd(bytes, from: index, limit: bytes.count)
            let (run, first, output) = (end - index, Int32(truncatingIfNeeded: index), target + count)
            for offset in 0..<run { output[offset] = first &+ Int32(truncatingIfNeeded: offset) }
            count += run
            index = end
            continue
          }
          if bytes[index] & 0xC0 != 0x80 {
            buffer.initializeElement(at: count, to: Int32(index))
            count += 1
          }
          index += 1
        }
      }
      buffer.initializeElement(at: count, to: Int32(bytes.count))
      count += 1
    }
    utf8 = bytes
  }

  /// The text of a scalar range.
  package func quote(_ range: Range<Int>) -> String {
    String(decoding: utf8[Int(scalarStart[range.lowerBound])..<Int(scalarStart[range.upperBound])], as: UTF8.self)
  }
}
