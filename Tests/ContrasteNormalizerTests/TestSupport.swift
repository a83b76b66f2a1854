import Foundation

/// Paths to the package's fixtures and seeds, found from this file's location.
enum TestSupport {
  static let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  static func path(_ relative: String) -> String { packageRoot.path + "/" + relative }

  static func fixture(_ name: String) -> String { path("Fixtures/reader/" + name) }

  static func seed(_ prefix: String) throws -> String {
    let names = try FileManager.default.contentsOfDirectory(atPath: path("seeds"))
    guard let name = names.first(where: { $0.hasPrefix(prefix) }) else {
      throw CocoaError(.fileNoSuchFile)
    }
    return path("seeds/" + name)
  }
}
