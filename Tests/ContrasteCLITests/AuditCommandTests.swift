import Foundation
import Testing

/// End-to-end tests of `contraste audit`, the first command of the README.
@Suite("contraste audit (end to end)")
struct AuditCommandTests {
  @Test func seedsAuditReportsTheDateContradictionAndExits1() throws {
    let output = try ContrasteBinary.run(["audit", "seeds/"])
    #expect(output.status == 1)
    #expect(output.stderr.isEmpty)
    #expect(
      output.stdout.hasPrefix(
        "Contraste · auditoría de 5 artículos\n\nCONTRADICCIONES (1)\n✖ error  Grupo de Implementación de Seguridad · reunión 2 — fecha\n"
      ))
    #expect(output.stdout.contains("      003_719986d765f086e2.txt:3:66  «ayer»\n"))
    #expect(output.stdout.contains("      000_1b03d4391e48621e.txt:3:123  «el pasado 11 de diciembre»\n"))
  }

  @Test func failLevelNoneExits0AndEnglishWorks() throws {
    let output = try ContrasteBinary.run(["audit", "--fail-level", "none", "--lang", "en", "seeds/"])
    #expect(output.status == 0)
    #expect(output.stdout.hasPrefix("Contraste · audit of 5 articles\n\nCONTRADICTIONS (1)\n✖ error  "))
  }

  @Test func timingsGoToStandardErrorAndLeaveTheReportAlone() throws {
    let plain = try ContrasteBinary.run(["audit", "--format", "json", "--jobs", "1", "seeds/"])
    let timed = try ContrasteBinary.run(["audit", "--format", "json", "--jobs", "2", "--timings", "seeds/"])
    #expect(timed.status == 1)
    #expect(timed.stdout == plain.stdout)
    let stages = timed.stderr.split(separator: "\n").map { $0.split(separator: ":").dropLast().joined(separator: ":") }
    #expect(
      stages == [
        "contraste: timing: list files", "contraste: timing: read and extract", "contraste: timing: collect",
        "contraste: timing: compare", "contraste: timing: render",
      ])
    #expect(timed.stderr.split(separator: "\n").allSatisfy { $0.hasSuffix(" s") })
  }

  @Test func jsonReportHasTheDocumentedShape() throws {
    let output = try ContrasteBinary.run(["audit", "--format", "json", "seeds/"])
    #expect(output.status == 1)
    let json = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
    #expect(json["schemaVersion"] as? Int == 1)
    let documents = try #require(json["documents"] as? [[String: Any]])
    #expect(documents.count == 5)
    #expect(
      documents.first { $0["id"] as? String == "003_719986d765f086e2.txt" }?["dateSource"] as? String == "dateline")
    let findings = try #require(json["findings"] as? [[String: Any]])
    let contradiction = try #require(findings.first)
    #expect(contradiction["kind"] as? String == "contradiction")
    #expect(contradiction["severity"] as? String == "error")
    let values = try #require(contradiction["values"] as? [[String: Any]])
    let evidence = try #require((values.last?["evidence"] as? [[String: Any]])?.first)
    #expect(evidence["quote"] as? String == "ayer")
    #expect(evidence["start"] as? Int != nil && evidence["line"] as? Int == 3)
  }

  @Test func outputIsWrittenAtomicallyAndNeverOverAnInput() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("contraste-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let report = folder.appendingPathComponent("informe.md").path
    let written = try ContrasteBinary.run(["audit", "--format", "markdown", "--output", report, "seeds/"])
    #expect(written.status == 1)
    #expect(written.stdout.isEmpty)
    #expect(try String(contentsOfFile: report, encoding: .utf8).hasPrefix("# Contraste · auditoría de 5 artículos"))
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["informe.md"])

    let input = "seeds/003_719986d765f086e2.txt"
    let before = try Data(contentsOf: ContrasteBinary.packageRoot.appendingPathComponent(input))
    let refused = try ContrasteBinary.run(["audit", "--output", input, "seeds/"])
    #expect(refused.status == 2)
    #expect(
      refused.stderr
        == "contraste: error: \(input): is one of the input articles; refusing to overwrite it. Choose another --output path.\n"
    )
    #expect(try Data(contentsOf: ContrasteBinary.packageRoot.appendingPathComponent(input)) == before)
  }

  /// A report of more than one 4 MiB block (written past the page cache where the file system
  /// allows it, the rest buffered) has exactly the bytes the report on standard output has.
  @Test func aLargeReportFileHasTheBytesOfStandardOutput() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("contraste-\(UUID().uuidString)")
    let corpus = folder.appendingPathComponent("corpus")
    try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let seeds = ContrasteBinary.packageRoot.appendingPathComponent("seeds")
    for name in try FileManager.default.contentsOfDirectory(atPath: seeds.path) {
      for copy in 0..<180 {
        try FileManager.default.copyItem(
          at: seeds.appendingPathComponent(name), to: corpus.appendingPathComponent("\(copy)-\(name)"))
      }
    }
    let report = folder.appendingPathComponent("informe.json")
    let written = try ContrasteBinary.run(["audit", "--format", "json", "--output", report.path, corpus.path])
    let printed = try ContrasteBinary.run(["audit", "--format", "json", corpus.path])
    #expect(written.status == printed.status)
    let (bytes, expected) = (try Data(contentsOf: report), Data(printed.stdout.utf8))
    #expect(bytes.count > 4 << 20)
    // Compared outside the expectation: a failing `==` on megabytes would be diffed byte by byte.
    let identical = bytes == expected
    #expect(identical, "the report file (\(bytes.count) bytes) differs from standard output (\(expected.count) bytes)")
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["corpus", "informe.json"])
  }

  /// Another spelling of an input's path is refused; a hard link to an input may be replaced,
  /// since the input keeps its content under its own name.
  @Test func outputNamingAnInputIsRefusedButAHardLinkIsNot() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("contraste-\(UUID().uuidString)")
    let corpus = folder.appendingPathComponent("corpus")
    try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let input = corpus.appendingPathComponent("nota.txt")
    let seed = ContrasteBinary.packageRoot.appendingPathComponent("seeds/003_719986d765f086e2.txt")
    try FileManager.default.copyItem(at: seed, to: input)
    let before = try Data(contentsOf: input)

    let respelled = folder.path + "/corpus/../corpus/nota.txt"
    let refused = try ContrasteBinary.run(["audit", "--output", respelled, corpus.path])
    #expect(refused.status == 2)
    #expect(
      refused.stderr
        == "contraste: error: \(respelled): is one of the input articles; refusing to overwrite it. Choose another --output path.\n"
    )

    let link = folder.appendingPathComponent("informe.md")
    try FileManager.default.linkItem(at: input, to: link)
    let written = try ContrasteBinary.run(["audit", "--format", "markdown", "--output", link.path, corpus.path])
    #expect(written.status == 0)
    #expect(try String(contentsOf: link, encoding: .utf8).hasPrefix("# Contraste · auditoría de 1 artículo"))
    #expect(try Data(contentsOf: input) == before)
  }

  @Test func badFileIsListedAndTheRestIsAudited() throws {
    let output = try ContrasteBinary.run(["audit", "seeds/", "Fixtures/reader/empty.txt"])
    #expect(output.status == 2)
    #expect(output.stdout.contains("CONTRADICCIONES (1)"))
    #expect(output.stdout.contains("ARCHIVOS OMITIDOS (1)\n  Fixtures/reader/empty.txt: the file is empty."))
    #expect(
      output.stderr
        == "contraste: error: Fixtures/reader/empty.txt: the file is empty. Add the article text or remove the file from the corpus.\n"
    )
  }
}

/// `contraste claims`, end to end.
@Suite("contraste claims (end to end)")
struct ClaimsCommandTests {
  @Test func jsonOfEverySeedIsValid() throws {
    let output = try ContrasteBinary.run(["claims", "--format", "json", "seeds/"])
    #expect(output.status == 0)
    let json = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [[String: Any]])
    #expect(json.count == 5)
    // `más de 125`: the open upper end is null, not an infinity JSON cannot hold.
    #expect(output.stdout.contains("\"high\" : null"))
  }
}
