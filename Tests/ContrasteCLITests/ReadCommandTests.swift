import Foundation
import Testing

/// End-to-end tests of `contraste read` and the command's global behaviour.
@Suite("contraste read (end to end)")
struct ReadCommandTests {
  @Test func readsTheSeeds() throws {
    let output = try ContrasteBinary.run(["read", "seeds/"])
    #expect(output.status == 0)
    #expect(output.stderr.isEmpty)
    let blocks = output.stdout.components(separatedBy: "\n\n")
    #expect(blocks.count == 5)
    let byID = Dictionary(uniqueKeysWithValues: blocks.map { ($0.prefix { $0 != "\n" }.description, $0) })
    let seed000 = try #require(byID["000_1b03d4391e48621e.txt"])
    let seed003 = try #require(byID["003_719986d765f086e2.txt"])
    let seed004 = try #require(byID["004_e843446c8cb880ce.txt"])
    #expect(seed000.contains("\n  date: none\n"))
    #expect(byID["001_e8a27daeb1ae8e9e.txt"]?.contains("\n  date: none\n") == true)
    #expect(seed003.contains("\n  date: 2026-01-11 (from dateline)\n  dateline: México\n"))
    #expect(seed003.contains("    3:1  [dateline] México, 11 de enero de 2026.-\n"))
    #expect(
      seed003.contains(
        "    20:1  [related-headline] México plantea reforzar comunicación con Trump ante tensión por cárteles"))
    #expect(seed004.contains("\n  date: 2025-12-11 (from metadata-line)\n"))
    #expect(seed004.contains("    11:173  [credit] Crédito: X @SRE_mx\n"))
  }

  @Test func jsonFormat() throws {
    let output = try ContrasteBinary.run(["read", "--format", "json", "seeds/003_719986d765f086e2.txt"])
    #expect(output.status == 0)
    let json = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [[String: Any]])
    let article = try #require(json.first)
    #expect(article["date"] as? String == "2026-01-11")
    #expect(article["dateSource"] as? String == "dateline")
    #expect(article["datelinePlace"] as? String == "México")
    let segments = try #require(article["segments"] as? [[String: Any]])
    let dateline = try #require(segments.first { $0["kind"] as? String == "dateline" })
    #expect(dateline["text"] as? String == "México, 11 de enero de 2026.-")
    #expect(dateline["line"] as? Int == 3)
  }

  @Test func badFilesAreNamedAndTheRestIsRead() throws {
    let output = try ContrasteBinary.run(["read", "Fixtures/reader/empty.txt", "Fixtures/reader/utf8.txt"])
    #expect(output.status == 2)
    #expect(output.stdout.hasPrefix("Fixtures/reader/utf8.txt\n"))
    #expect(
      output.stderr
        == "contraste: error: Fixtures/reader/empty.txt: the file is empty. Add the article text or remove the file from the corpus.\n"
    )
  }

  @Test func missingPathIsAnInputError() throws {
    let output = try ContrasteBinary.run(["read", "no/such/article.txt"])
    #expect(output.status == 2)
    #expect(output.stdout.isEmpty)
    #expect(
      output.stderr
        == "contraste: error: no/such/article.txt: no such file or directory. Check the path and try again.\n")
  }

  @Test func usageErrorsExitWith2() throws {
    let output = try ContrasteBinary.run(["read", "--format", "yaml", "seeds/"])
    #expect(output.status == 2)
    #expect(output.stderr.contains("The value 'yaml' is invalid for '--format <format>'"))
  }

  @Test func versionAndHelp() throws {
    let version = try ContrasteBinary.run(["--version"])
    #expect(version.status == 0)
    #expect(version.stdout == "0.1.0\n")
    let help = try ContrasteBinary.run(["--help"])
    #expect(help.status == 0)
    #expect(help.stdout.contains("2  usage error, or an input that could not be read"))
    #expect(help.stdout.contains("read"))
  }
}

/// Files over the size limit are refused with the size, the limit and the flag.
@Suite("Article size limit")
struct ArticleSizeLimitTests {
  @Test func largeFileIsRefusedAndTheLimitCanBeRaised() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("contraste-size-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("larga.txt")
    let paragraph = "El sismo de ayer dejó 3 heridos en la costa, informó Protección Civil.\n"
    try Data(String(repeating: paragraph, count: 16_000).utf8).write(to: file)
    let refused = try ContrasteBinary.run(["read", "--max-article-mb", "1", file.path])
    #expect(refused.status == 2)
    #expect(
      refused.stderr
        == "contraste: error: \(file.path): is 2 MB, more than the 1 MB allowed for one article. Split it into articles, or raise the limit with --max-article-mb.\n"
    )
    let small = folder.appendingPathComponent("corta.txt")
    try Data(paragraph.utf8).write(to: small)
    #expect(try ContrasteBinary.run(["read", "--max-article-mb", "1", small.path]).status == 0)
  }
}
