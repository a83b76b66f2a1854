import Foundation
import Testing

@testable import ContrasteNormalizer

/// What `CorpusReader.files(in:)` lists: the kind of each entry comes from the directory itself,
/// and links (which it cannot tell) are followed as before.
@Suite struct CorpusListingTests {
  @Test func listsArticlesThroughFoldersAndLinksInNameOrder() throws {
    let root = FileManager.default.temporaryDirectory
      .appendingPathComponent("contraste-listing-\(UUID().uuidString)").path
    let manager = FileManager.default
    try manager.createDirectory(atPath: root + "/b-carpeta/interior", withIntermediateDirectories: true)
    try manager.createDirectory(atPath: root + "/otra", withIntermediateDirectories: true)
    // A folder outside the root, reached only through a link.
    let outside = root + "-fuera"
    try manager.createDirectory(atPath: outside, withIntermediateDirectories: true)
    defer {
      try? manager.removeItem(atPath: root)
      try? manager.removeItem(atPath: outside)
    }
    let text = Data("Puebla, 4 de mayo de 2026.- La comisión sesionó ayer.\n".utf8)
    for name in [
      "a.txt", "c.md", "ignorado.pdf", ".oculto.txt", "README.md", "b-carpeta/d.txt", "b-carpeta/interior/e.jsonl",
      "otra/f.txt", "../" + URL(fileURLWithPath: outside).lastPathComponent + "/g.txt",
    ] {
      try text.write(to: URL(fileURLWithPath: root + "/" + name))
    }
    // A link to a file, a link to a folder outside, one to a folder listed already (listed
    // once), a dangling link and a loop back to the root.
    try manager.createSymbolicLink(atPath: root + "/enlace.txt", withDestinationPath: root + "/a.txt")
    try manager.createSymbolicLink(atPath: root + "/z-enlace", withDestinationPath: outside)
    try manager.createSymbolicLink(atPath: root + "/y-otra", withDestinationPath: root + "/otra")
    try manager.createSymbolicLink(atPath: root + "/roto.txt", withDestinationPath: root + "/no-existe.txt")
    try manager.createSymbolicLink(atPath: root + "/otra/vuelta", withDestinationPath: root)

    let listed = CorpusReader.files(in: root).map { String($0.dropFirst(root.count + 1)) }
    #expect(
      listed == [
        "a.txt", "b-carpeta/d.txt", "b-carpeta/interior/e.jsonl", "c.md", "enlace.txt", "otra/f.txt",
        "z-enlace/g.txt",
      ])
  }

  /// Repeated ids get a suffix in order; ids already in ascending order come back as they are
  /// (the fast path), and ids equal as strings but spelled apart (a decomposed accent) count
  /// as repeated on either path.
  @Test(arguments: [
    (["a", "b", "c"], ["a", "b", "c"]),
    (["a", "b", "a", "a"], ["a", "b", "a#2", "a#3"]),
    (["b", "a"], ["b", "a"]),
    (["nota", "nota"], ["nota", "nota#2"]),
    (["canci\u{F3}n", "cancio\u{301}n", "z"], ["canci\u{F3}n", "cancio\u{301}n#2", "z"]),
    ([], []),
  ])
  func uniqueIDsSuffixRepeats(ids: [String], expected: [String]) {
    let unique = CorpusReader.uniqueIDs(ids)
    #expect(unique.count == expected.count)
    // Compared scalar by scalar: `==` on strings would take the two spellings as equal.
    #expect(unique.map { Array($0.unicodeScalars) } == expected.map { Array($0.unicodeScalars) })
  }
}
