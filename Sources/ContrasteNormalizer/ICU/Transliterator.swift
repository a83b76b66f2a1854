import CICUBridge

/// An ICU transliterator (`utrans`), owned by this object and closed when it goes away.
///
/// ICU transliterators are not thread-safe: use one instance per task.
public final class Transliterator {
  private let handle: OpaquePointer
  /// The compound ID it was opened with.
  public let id: String

  /// Opens a transliterator for a compound ID such as `NFD; [:Nonspacing Mark:] Remove; NFC; Lower`.
  public init(id: String) throws(ICUError) {
    let units = Array(id.utf16)
    var status: Int32 = 0
    let opened = units.withUnsafeBufferPointer {
      cicu_transliterator_open($0.baseAddress, Int32($0.count), &status)
    }
    try ICUError.check(status, "open the transliterator '\(id)'")
    guard let opened else { throw ICUError(code: 1, operation: "open the transliterator '\(id)'") }
    self.handle = opened
    self.id = id
  }

  deinit { cicu_transliterator_close(handle) }

  /// Transliterates `text`.
  public func apply(_ text: String) throws(ICUError) -> String {
    String(decoding: try apply(utf16: Array(text.utf16)), as: UTF16.self)
  }

  /// Transliterates UTF-16 code units.
  func apply(utf16 units: [UInt16]) throws(ICUError) -> [UInt16] {
    let handle = self.handle
    return try ICU.withGrowingBuffer(initialCapacity: units.count * 2 + 8, "transliterate with '\(id)'") {
      buffer, capacity, status in
      for (index, unit) in units.enumerated() where index < Int(capacity) { buffer[index] = unit }
      return cicu_transliterator_apply(handle, buffer, Int32(units.count), capacity, &status)
    }
  }
}
