/// Stable short hashes for finding fingerprints (FNV-1a, the same on every run and machine).
enum Fingerprint {
  static func make(_ parts: [String]) -> String {
    // The parts joined by U+001F, hashed as they are read: no joined copy.
    var value: UInt64 = 0xcbf2_9ce4_8422_2325
    for (index, part) in parts.enumerated() {
      if index > 0 {
        value ^= 0x1F
        value &*= 0x100_0000_01b3
      }
      for byte in part.utf8 {
        value ^= UInt64(byte)
        value &*= 0x100_0000_01b3
      }
    }
    let hex = String(value, radix: 16)
    return String(repeating: "0", count: 16 - hex.count) + hex
  }
}
