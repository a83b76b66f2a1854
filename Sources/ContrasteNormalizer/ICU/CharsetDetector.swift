import CICUBridge

/// Charset detection (`ucsdet`) and conversion to Unicode (`ucnv`).
struct CharsetDetector: Sendable {
  /// A detected charset and ICU's confidence in it (0–100).
  struct Match: Sendable, Equatable {
    var name: String
    var confidence: Int
  }

  /// ICU's best guess for `bytes`, or nil when it has none.
  func detect(_ bytes: [UInt8]) throws(ICUError) -> Match? {
    var name = [CChar](repeating: 0, count: 64)
    var confidence: Int32 = 0
    var status: Int32 = 0
    let found = bytes.withUnsafeBufferPointer { raw in
      raw.withMemoryRebound(to: CChar.self) {
        cicu_detect_charset($0.baseAddress, Int32($0.count), &name, Int32(name.count), &confidence, &status)
      }
    }
    try ICUError.check(status, "detect the charset")
    guard found == 1 else { return nil }
    return Match(name: String(cCharacters: name), confidence: Int(confidence))
  }

  /// Converts `bytes` from `charset`; throws on a byte the charset does not define.
  func convert(_ bytes: [UInt8], from charset: String) throws(ICUError) -> String {
    let units = try ICU.withGrowingBuffer(initialCapacity: bytes.count + 1, "convert from \(charset)") {
      buffer, capacity, status in
      bytes.withUnsafeBufferPointer { raw in
        raw.withMemoryRebound(to: CChar.self) {
          cicu_convert_to_utf16(charset, $0.baseAddress, Int32($0.count), buffer, capacity, &status)
        }
      }
    }
    return String(decoding: units, as: UTF16.self)
  }
}
