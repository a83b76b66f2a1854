/// Converts between UTF-16 offsets (what ICU reports) and Unicode-scalar offsets (what Contraste uses).
struct UTF16Offsets {
  let utf16: [UInt16]
  /// `scalarOffset[u]` is the scalar offset of UTF-16 offset `u` (count + 1 entries).
  private let scalarOffset: [Int32]

  init(_ text: String) {
    let utf16 = Array(text.utf16)
    var map = [Int32](repeating: 0, count: utf16.count + 1)
    var scalar: Int32 = 0
    var index = 0
    while index < utf16.count {
      map[index] = scalar
      if UTF16.isLeadSurrogate(utf16[index]), index + 1 < utf16.count, UTF16.isTrailSurrogate(utf16[index + 1]) {
        map[index + 1] = scalar
        index += 2
      } else {
        index += 1
      }
      scalar += 1
    }
    map[utf16.count] = scalar
    self.utf16 = utf16
    self.scalarOffset = map
  }

  func scalar(atUTF16 offset: Int) -> Int { Int(scalarOffset[offset]) }
}
