/// Stable short hashes for finding fingerprints (FNV-1a, the same on every run and machine).
enum Fingerprint {
  static func make(_ parts: [String]) -> String {
    var value: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in parts.joined(separator: "\u{1F}").utf8 {
      value ^= UInt64(byte)
      value &*= 0x100_0000_01b3
    }
    let hex = String(value, radix: 16)
    return String(repeating: "0", count: 16 - hex.count) + hex
  }
}
