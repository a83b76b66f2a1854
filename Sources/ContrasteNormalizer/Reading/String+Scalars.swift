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
