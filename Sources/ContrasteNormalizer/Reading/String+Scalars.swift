extension String {
  /// The string's Unicode scalars as an array, decoded from its UTF-8 in one pass.
  ///
  /// `Array(unicodeScalars)` walks the text twice (once to count, once to copy); every stage
  /// indexes articles by scalar offset, so this runs once per article per stage.
  package var scalarArray: [Unicode.Scalar] {
    var text = self
    return text.withUTF8 { bytes in
      [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count) { buffer, count in
        var index = 0
        while index < bytes.count {
          // An ASCII run, most of news text: widened byte by byte in a loop the compiler
          // vectorises (a scalar is a `UInt32` in memory).
          if bytes[index] < 0x80, let source = bytes.baseAddress, let target = buffer.baseAddress {
            let end = UTF8Scalar.asciiRunEnd(bytes, from: index, limit: bytes.count)
            let run = end - index
            (target + count).withMemoryRebound(to: UInt32.self, capacity: run) { output in
              let input = source + index
              for offset in 0..<run { output[offset] = UInt32(input[offset]) }
            }
            index = end
            count += run
            continue
          }
          // The bytes are valid UTF-8: a native string's storage always is.
          let (value, length) = UTF8Scalar.decode(bytes, at: index)
          index += length
          buffer.initializeElement(at: count, to: Unicode.Scalar(value) ?? "\u{FFFD}")
          count += 1
        }
      }
    }
  }
}

extension String {
  /// A string of `scalars`, encoded to UTF-8 in one pass.
  ///
  /// `String(String.UnicodeScalarView(scalars))` appends scalar by scalar, at about a hundred
  /// instructions each; the reader and the tokenizer build strings from scalar slices often.
  package init(scalars: some Collection<Unicode.Scalar>) {
    self = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: scalars.count * 4) { buffer in
      var count = 0
      for scalar in scalars {
        let value = scalar.value
        if value < 0x80 {
          buffer[count] = UInt8(truncatingIfNeeded: value)
          count += 1
        } else {
          for byte in scalar.utf8 {
            buffer[count] = byte
            count += 1
          }
        }
      }
      return String(decoding: UnsafeBufferPointer(rebasing: buffer[0..<count]), as: UTF8.self)
    }
  }
}
