/// Converts between UTF-16 offsets (what ICU reports) and Unicode-scalar offsets (what Contraste uses).
struct UTF16Offsets {
  let utf16: [UInt16]
  /// `scalarOffset[u]` is the scalar offset of UTF-16 offset `u` (count + 1 entries); nil when
  /// every scalar is in the Basic Multilingual Plane, so both offsets are the same.
  private let scalarOffset: [Int32]?

  /// The offsets of a text given as its scalars: UTF-16 and the map are built in one pass.
  init(scalars: [Unicode.Scalar]) {
    // News text has no scalar beyond U+FFFF except the odd emoji: one unit per scalar, no map.
    let narrow = scalars.withUnsafeBufferPointer { scalars in
      // An OR of every value: one test at the end, a loop the compiler vectorises.
      var all: UInt32 = 0
      for scalar in scalars { all |= scalar.value }
      return all < 0x1_0000
    }
    if narrow {
      utf16 = [UInt16](unsafeUninitializedCapacity: scalars.count) { buffer, count in
        scalars.withUnsafeBufferPointer { scalars in
          for offset in scalars.indices {
            buffer.initializeElement(at: offset, to: UInt16(truncatingIfNeeded: scalars[offset].value))
          }
        }
        count = scalars.count
      }
      scalarOffset = nil
      return
    }
    var utf16: [UInt16] = []
    utf16.reserveCapacity(scalars.count + scalars.count / 16)
    var map: [Int32] = []
    map.reserveCapacity(scalars.count + scalars.count / 16 + 1)
    for (offset, scalar) in scalars.enumerated() {
      if scalar.value < 0x1_0000 {
        utf16.append(UInt16(truncatingIfNeeded: scalar.value))
        map.append(Int32(offset))
      } else {
        let value = scalar.value - 0x1_0000
        utf16.append(0xD800 | UInt16(truncatingIfNeeded: value >> 10))
        utf16.append(0xDC00 | UInt16(truncatingIfNeeded: value & 0x3FF))
        map.append(Int32(offset))
        map.append(Int32(offset))
      }
    }
    map.append(Int32(scalars.count))
    self.utf16 = utf16
    self.scalarOffset = map
  }

  func scalar(atUTF16 offset: Int) -> Int { scalarOffset.map { Int($0[offset]) } ?? offset }
}
