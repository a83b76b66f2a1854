import ContrasteNormalizer
import Foundation

/// Writing to standard output and standard error.
enum Terminal {
  static func write(_ text: String) {
    FileHandle.standardOutput.write(Data(text.utf8))
  }

  static func write(_ bytes: UnsafeRawBufferPointer) {
    guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
    let data = Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: base), count: bytes.count, deallocator: .none)
    FileHandle.standardOutput.write(data)
  }

  static func error(_ text: String) {
    FileHandle.standardError.write(Data(("contraste: " + text + "\n").utf8))
  }

  /// Prints skipped files and warnings to standard error; returns true when a file was skipped.
  static func report(skipped: [ReaderError], warnings: [ReadWarning]) -> Bool {
    for warning in warnings { error("warning: \(warning)") }
    for skip in skipped { error("error: \(skip)") }
    return !skipped.isEmpty
  }

  /// A JSON encoding with stable key order.
  static func json<T: Encodable>(_ value: T) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
  }
}
