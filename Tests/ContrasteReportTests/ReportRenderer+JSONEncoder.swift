import Foundation

@testable import ContrasteReport

extension ReportRenderer {
  /// `JSONEncoder` with the JSON report's options (pretty, keys sorted, slashes as they are):
  /// the reference the report's own writer must equal, byte for byte.
  static func jsonEncoder() -> JSONEncoder {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return encoder
  }
}
