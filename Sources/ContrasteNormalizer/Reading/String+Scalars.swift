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
          let lead = UInt32(bytes[index])
          var value: UInt32
          // The bytes are valid UTF-8: a native string's storage always is.
          if lead < 0x80 {
            value = lead
            index += 1
          } else if lead < 0xE0 {
            value = (lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
            index += 2
          } else if lead < 0xF0 {
            value = (lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
            index += 3
          } else {
            value =
              (lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12 | UInt32(bytes[index + 2] & 0x3F) << 6
              | UInt32(bytes[index + 3] & 0x3F)
            index += 4
          }
          buffer.initializeElement(at: count, to: Unicode.Scalar(value) ?? "\u{FFFD}")
          count += 1
        }
      }
    }
  }
}
