import CICUBridge

/// An error reported by ICU, with the operation that failed.
public struct ICUError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The ICU error code (`UErrorCode`).
  public let code: Int32
  /// What Contraste asked ICU to do.
  public let operation: String

  /// ICU's name for the code, such as `U_ILLEGAL_ARGUMENT_ERROR`.
  public var name: String { String(cString: cicu_error_name(code)) }

  public var description: String {
    "ICU failed to \(operation) (\(name)); check that libicu-dev 72 is installed"
  }

  /// Throws when `status` is an ICU failure (warnings are negative and ignored).
  static func check(_ status: Int32, _ operation: @autoclosure () -> String) throws(ICUError) {
    if status > 0 { throw ICUError(code: status, operation: operation()) }
  }

  static let bufferOverflow: Int32 = 15
}

/// Helpers shared by the ICU wrappers.
enum ICU {
  /// The version of the ICU library Contraste links, such as "72.1".
  static var version: String {
    var buffer = [CChar](repeating: 0, count: 32)
    cicu_version(&buffer, Int32(buffer.count))
    return String(cCharacters: buffer)
  }

  /// Calls an ICU function that fills a UTF-16 buffer, retrying once with the size it asks for.
  static func withGrowingBuffer(
    initialCapacity: Int,
    _ operation: String,
    _ body: (UnsafeMutablePointer<UInt16>, Int32, inout Int32) -> Int32
  ) throws(ICUError) -> [UInt16] {
    var capacity = max(initialCapacity, 16)
    for _ in 0..<2 {
      var status: Int32 = 0
      var buffer = [UInt16](repeating: 0, count: capacity)
      let length = buffer.withUnsafeMutableBufferPointer { body($0.baseAddress!, Int32(capacity), &status) }
      if status == ICUError.bufferOverflow || Int(length) > capacity {
        capacity = Int(length) + 1
        continue
      }
      try ICUError.check(status, operation)
      return Array(buffer[0..<Int(length)])
    }
    throw ICUError(code: ICUError.bufferOverflow, operation: operation)
  }
}

extension String {
  /// Decodes a NUL-terminated C character buffer.
  init(cCharacters buffer: [CChar]) {
    self = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }
}
