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
          // Eight ASCII bytes at once: news text is mostly ASCII.
          if index + 8 <= bytes.count, UTF8Scalar.isASCII(bytes, eightAt: index) {
            for offset in 0..<8 {
              buffer.initializeElement(at: count + offset, to: Unicode.Scalar(bytes[index + offset]))
            }
            index += 8
            count += 8
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
