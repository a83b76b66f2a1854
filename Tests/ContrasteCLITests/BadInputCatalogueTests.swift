import Foundation
import Testing

/// The catalogue of bad inputs: each is named, explained, skipped, and never stops the rest.
@Suite("Bad input catalogue (end to end)")
struct BadInputCatalogueTests {
  /// A fresh folder under the temporary directory, removed by the caller.
  static func folder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("contraste-bad-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  static func write(_ bytes: [UInt8], _ name: String, in folder: URL) throws {
    try Data(bytes).write(to: folder.appendingPathComponent(name))
  }

  static let english = String(
    repeating:
      "The ministers met in the capital on Thursday and agreed to share more information about the arms trade across the border, officials said after the talks ended late in the evening. ",
    count: 3)

  @Test func aFolderOfBadFilesIsSkippedFileByFileAndTheRestIsAudited() throws {
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    for seed in ["000_1b03d4391e48621e.txt", "001_e8a27daeb1ae8e9e.txt"] {
      try FileManager.default.copyItem(
        at: ContrasteBinary.packageRoot.appendingPathComponent("seeds/\(seed)"),
        to: folder.appendingPathComponent(seed))
    }
    // UTF-8 "reunión", then Latin-1 "según": a Latin-1 paste into a UTF-8 file.
    try Self.write(Array("La reunión terminó ".utf8) + [0x73, 0x65, 0x67, 0xFA, 0x6E], "mixed.txt", in: folder)
    try Self.write(Array("Texto".utf8) + [0, 1, 2, 0xFF], "binary.txt", in: folder)
    try Self.write([], "empty.txt", in: folder)
    try Self.write(
      Array(
        "{\"id\": \"a\", \"text\": \"El gabinete se reunió el 3 de marzo de 2025 en Toluca.\"}\n{\"id\": \"b\", \"text\": \n"
          .utf8), "wire.jsonl", in: folder)
    try Self.write(Array("---\ntitle: [sin cerrar\n---\nEl texto.\n".utf8), "front.md", in: folder)
    try Self.write(Array(Self.english.utf8), "english.txt", in: folder)
    try FileManager.default.createSymbolicLink(
      at: folder.appendingPathComponent("loop"), withDestinationURL: folder)

    let output = try ContrasteBinary.run(["audit", "--format", "json", folder.path])
    #expect(output.status == 2)
    let errors = output.stderr.split(separator: "\n").map { $0.replacingOccurrences(of: folder.path, with: "dir") }
    #expect(
      errors.contains(
        "contraste: error: dir/mixed.txt: mixes encodings: UTF-8 text at byte 8 but a byte that is not UTF-8 at byte 24 (often Latin-1 or Windows-1252 pasted into a UTF-8 file). Re-save the whole file as UTF-8."
      ))
    #expect(errors.contains { $0.hasPrefix("contraste: error: dir/binary.txt: contains a NUL byte at byte 5") })
    #expect(errors.contains { $0.hasPrefix("contraste: error: dir/empty.txt: the file is empty.") })
    #expect(errors.contains { $0.hasPrefix("contraste: error: dir/wire.jsonl:2: the line is not valid JSON.") })
    #expect(errors.contains { $0.hasPrefix("contraste: error: dir/front.md:") })
    #expect(
      errors.contains(
        "contraste: warning: dir/english.txt: does not look like Spanish (0 % Spanish function words, news in Spanish has about 30 %). Contraste only finds claims in Spanish; translate the article or remove it from the corpus."
      ))
    // The readable articles are all audited, and the loop is followed once at most.
    let json = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
    let documents = try #require(json["documents"] as? [[String: Any]])
    #expect(documents.count == 4)
    let skipped = try #require(json["skipped"] as? [Any])
    #expect(skipped.count == 5)
  }

  // Root reads any file, so the permission cannot be tested there.
  @Test(.enabled(if: getuid() != 0, "root may read any file")) func anUnreadableFileIsNamed() throws {
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try Self.write(Array("El texto.".utf8), "secret.txt", in: folder)
    let file = folder.appendingPathComponent("secret.txt").path
    #expect(chmod(file, 0) == 0)
    let output = try ContrasteBinary.run(["read", file])
    #expect(output.status == 2)
    #expect(output.stderr.contains("\(file): cannot be read"))
  }

  /// Hostile but valid articles: read, tagged and extracted, with the answer a reader expects.
  @Test(arguments: ["a 5 MB line", "100,000 de", "100,000 numbers", "100,000 dates"])
  func repetitiveArticlesAreHandled(name: String) throws {
    let (text, hasClaims): (String, Bool) =
      switch name {
      case "a 5 MB line":
        (String(repeating: "La reunión se celebró en Toluca y dejó 12 heridos; ", count: 100_000), true)
      case "100,000 de": (String(repeating: "de ", count: 100_000), false)
      case "100,000 numbers": (String(repeating: "1234567890 ", count: 100_000), false)
      default: (String(repeating: "la reunión del 11 de diciembre de 2025, ", count: 100_000), true)
      }
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    try Self.write(Array(text.utf8), "article.txt", in: folder)
    let output = try ContrasteBinary.run([
      "claims", "--format", "json", folder.appendingPathComponent("article.txt").path,
    ])
    #expect(output.status == 0, "\(name): \(output.stderr)")
    let json = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [[String: Any]])
    let claims = try #require(json.first?["claims"] as? [Any])
    #expect(claims.isEmpty != hasClaims, "\(name)")
  }
}
