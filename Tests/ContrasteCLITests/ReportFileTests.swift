import Foundation
import Testing

@testable import contraste

/// Report files hold exactly the bytes written, whether full blocks go past the page cache or
/// fall back to buffered writes, and however the bytes arrive.
@Suite("Report files")
struct ReportFileTests {
  /// `count` bytes of a fixed pseudo-random sequence (Knuth's MMIX generator).
  static func bytes(_ count: Int) -> [UInt8] {
    var state: UInt64 = 42
    return (0..<count).map { _ in
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return UInt8(truncatingIfNeeded: state >> 56)
    }
  }

  /// A block of 16 KiB (direct where the file system allows it) and one of 1,000 bytes, which
  /// no device takes directly (the write falls back to buffered); pieces of every size up to
  /// several blocks.
  @Test(arguments: [16 << 10, 1_000])
  func fileHasTheBytesWritten(_ blockSize: Int) throws {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("contraste-\(UUID().uuidString)").path
    defer { try? FileManager.default.removeItem(atPath: path) }
    let content = Self.bytes(3 * blockSize + 777)
    let file = try #require(ReportFile(path: path, blockSize: blockSize))
    var offset = 0
    var piece = 1
    while offset < content.count {
      let end = min(content.count, offset + piece)
      #expect(content[offset..<end].withUnsafeBytes { file.write($0) })
      offset = end
      piece = piece * 3 % (2 * blockSize) + 1
    }
    #expect(file.direct != nil)
    #expect(file.finish())
    let written = try Data(contentsOf: URL(fileURLWithPath: path))
    let identical = written == Data(content)
    #expect(identical, "\(written.count) bytes written, \(content.count) expected")
  }

  @Test func aFileThatCannotBeCreatedIsNil() {
    #expect(ReportFile(path: "/nonexistent-folder-for-contraste/informe.json") == nil)
  }
}
