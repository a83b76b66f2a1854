import Foundation
import Testing

/// End-to-end tests of `contraste check` in a temporary newsroom git repository.
@Suite("contraste check (end to end)")
struct CheckCommandTests {
  /// A git repository whose corpus holds seeds 000, 001 and 004 (all date the meeting 11 Dec 2025).
  struct Newsroom {
    let root: URL

    init() throws {
      root = FileManager.default.temporaryDirectory.appendingPathComponent("newsroom-\(UUID().uuidString)")
      try FileManager.default.createDirectory(
        at: root.appendingPathComponent("articulos"), withIntermediateDirectories: true)
      for seed in ["000_1b03d4391e48621e.txt", "001_e8a27daeb1ae8e9e.txt", "004_e843446c8cb880ce.txt"] {
        try FileManager.default.copyItem(
          at: ContrasteBinary.packageRoot.appendingPathComponent("seeds/" + seed),
          to: root.appendingPathComponent("articulos/" + seed))
      }
      try Data("corpus: articulos\n".utf8).write(to: root.appendingPathComponent(".contraste.yml"))
      try git(["init", "-q"])
      try git(["add", "-A"])
      try git(["-c", "user.email=test@example.org", "-c", "user.name=Test", "commit", "-qm", "corpus"])
    }

    func git(_ arguments: [String]) throws {
      let process = Process()
      process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
      process.arguments = ["git"] + arguments
      process.currentDirectoryURL = root
      process.standardOutput = FileHandle.nullDevice
      process.standardError = FileHandle.nullDevice
      try process.run()
      process.waitUntilExit()
    }

    func write(_ name: String, _ text: String) throws {
      try Data(text.utf8).write(to: root.appendingPathComponent(name))
    }

    func run(_ arguments: [String]) throws -> ContrasteBinary.Output {
      try ContrasteBinary.run(arguments, in: root)
    }

    func remove() { try? FileManager.default.removeItem(at: root) }
  }

  static let contradicting = """
    México, 11 de enero de 2026.- México y Estados Unidos celebraron ayer la segunda reunión del Grupo de \
    Implementación de Seguridad (GIS), informó la cancillería.

    """
  static let agreeing = """
    MÉXICO, 12 de diciembre de 2025.- México y Estados Unidos celebraron ayer la segunda reunión del Grupo de \
    Implementación de Seguridad, informó la cancillería.

    """

  @Test func cleanArticleExits0() throws {
    let newsroom = try Newsroom()
    defer { newsroom.remove() }
    try newsroom.write("articulos/nota-nueva.txt", Self.agreeing)
    let output = try newsroom.run(["check", "--changed-from", "HEAD", "--format", "github"])
    #expect(output.status == 0)
    #expect(output.stdout.isEmpty)
  }

  @Test func contradictionIsAnnotatedAtItsLineAndColumn() throws {
    let newsroom = try Newsroom()
    defer { newsroom.remove() }
    try newsroom.write("articulos/nota-nueva.txt", Self.contradicting)
    let output = try newsroom.run(["check", "--changed-from", "HEAD", "--format", "github"])
    #expect(output.status == 1)
    #expect(
      output.stdout.hasPrefix(
        "::error file=articulos/nota-nueva.txt,line=1,col=66,endLine=1,endColumn=70,title=contraste/date-contradiction::"
      ))
  }

  @Test func baselineSilencesAndSurvivesAMove() throws {
    let newsroom = try Newsroom()
    defer { newsroom.remove() }
    try newsroom.write("articulos/nota-nueva.txt", Self.contradicting)
    let written = try newsroom.run(["check", "--changed-from", "HEAD", "--write-baseline", "baseline.json"])
    #expect(written.status == 0)
    let silenced = try newsroom.run(["check", "--changed-from", "HEAD", "--baseline", "baseline.json"])
    #expect(silenced.status == 0)
    // The same claim moved two paragraphs down, with an edit around it.
    try newsroom.write(
      "articulos/nota-nueva.txt",
      "Por Redacción\n\nLa cancillería dio a conocer los acuerdos.\n\n" + Self.contradicting
        + "Los temas fueron el tráfico de armas y el intercambio de información.\n")
    let moved = try newsroom.run(["check", "--changed-from", "HEAD", "--baseline", "baseline.json"])
    #expect(moved.status == 0)
    let unbaselined = try newsroom.run(["check", "--changed-from", "HEAD"])
    #expect(unbaselined.status == 1)
  }

  @Test func inlineSuppressionNeedsAReason() throws {
    let newsroom = try Newsroom()
    defer { newsroom.remove() }
    try newsroom.write(
      "articulos/nota-nueva.md",
      "<!-- contraste-disable date: la SRE corrigió la fecha el 12 de enero -->\n" + Self.contradicting)
    #expect(try newsroom.run(["check", "--changed-from", "HEAD"]).status == 0)
    try newsroom.write("articulos/nota-nueva.md", "<!-- contraste-disable date -->\n" + Self.contradicting)
    let unexplained = try newsroom.run(["check", "--changed-from", "HEAD"])
    #expect(unexplained.status == 1)
    #expect(
      unexplained.stderr.contains("articulos/nota-nueva.md:1: a contraste-disable comment without a reason is ignored"))
  }

  @Test func sarifIsValidAgainstTheOfficialSchema() throws {
    let newsroom = try Newsroom()
    defer { newsroom.remove() }
    try newsroom.write("articulos/nota-nueva.txt", Self.contradicting)
    let output = try newsroom.run(["check", "articulos/nota-nueva.txt", "--format", "sarif"])
    #expect(output.status == 1)
    let sarif = newsroom.root.appendingPathComponent("out.sarif")
    try Data(output.stdout.utf8).write(to: sarif)
    let schema = ContrasteBinary.packageRoot.appendingPathComponent("Fixtures/schemas/sarif-schema-2.1.0.json").path
    let validate = Process()
    validate.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    validate.arguments = [
      "python3", "-c",
      "import json,sys,jsonschema; jsonschema.validate(json.load(open(sys.argv[1])), json.load(open(sys.argv[2])))",
      sarif.path, schema,
    ]
    try validate.run()
    validate.waitUntilExit()
    #expect(validate.terminationStatus == 0)
    let json = try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
    let run = try #require((json["runs"] as? [[String: Any]])?.first)
    let result = try #require((run["results"] as? [[String: Any]])?.first)
    #expect(result["ruleId"] as? String == "contraste/date-contradiction")
    #expect((result["partialFingerprints"] as? [String: String])?["contraste/v1"]?.count == 16)
    #expect((result["relatedLocations"] as? [Any])?.count == 3)
  }

  @Test func junitListsEachArticle() throws {
    let newsroom = try Newsroom()
    defer { newsroom.remove() }
    try newsroom.write("articulos/nota-nueva.txt", Self.contradicting)
    try newsroom.write("articulos/nota-buena.txt", Self.agreeing)
    let output = try newsroom.run(["check", "--changed-from", "HEAD", "--format", "junit"])
    #expect(output.status == 1)
    #expect(output.stdout.contains("<testsuite name=\"contraste\" tests=\"2\" failures=\"1\" errors=\"0\">"))
    #expect(output.stdout.contains("<testcase classname=\"contraste\" name=\"articulos/nota-buena.txt\"/>"))
  }

  @Test func badConfigurationIsNamed() throws {
    let newsroom = try Newsroom()
    defer { newsroom.remove() }
    try newsroom.write(".contraste.yml", "corpus: articulos\nfailLevel: catastrophic\n")
    let output = try newsroom.run(["check", "--changed-from", "HEAD"])
    #expect(output.status == 2)
    #expect(
      output.stderr.hasSuffix(
        ".contraste.yml: 'failLevel' must be info, warning or error. Fix the value in the file.\n"))
    try newsroom.write(".contraste.yml", "corpus: articulos\nlevel: error\n")
    let unknown = try newsroom.run(["check", "--changed-from", "HEAD"])
    #expect(unknown.status == 2)
    #expect(
      unknown.stderr.hasSuffix(
        ".contraste.yml: unknown key 'level'. Valid keys: corpus, lexicons, failLevel, format, ignore, severities.\n"))
  }
}

/// The claim cache: same results from the cache, changed files re-read, a corrupt cache rebuilt.
@Suite("contraste check claim cache")
struct CheckCacheTests {
  @Test func cachedRunGivesTheSameReportAndNoticesChanges() throws {
    let newsroom = try CheckCommandTests.Newsroom()
    defer { newsroom.remove() }
    try newsroom.write("articulos/nota-nueva.txt", CheckCommandTests.contradicting)
    let first = try newsroom.run(["check", "--changed-from", "HEAD", "--format", "json"])
    let cached = try newsroom.run(["check", "--changed-from", "HEAD", "--format", "json"])
    #expect(first.status == 1)
    #expect(cached.stdout == first.stdout)
    #expect(
      FileManager.default.fileExists(
        atPath: newsroom.root.appendingPathComponent(".contraste-cache/claims.sqlite").path))
    // A corpus article changes: it is read again, and now agrees with the new one.
    let seed = newsroom.root.appendingPathComponent("articulos/004_e843446c8cb880ce.txt")
    try FileManager.default.removeItem(at: seed)
    let changed = try newsroom.run(["check", "--changed-from", "HEAD", "--format", "json"])
    #expect(changed.stdout != first.stdout)
  }

  @Test func corruptCacheIsRebuiltWithAWarning() throws {
    let newsroom = try CheckCommandTests.Newsroom()
    defer { newsroom.remove() }
    try newsroom.write("articulos/nota-nueva.txt", CheckCommandTests.agreeing)
    _ = try newsroom.run(["check", "--changed-from", "HEAD"])
    try newsroom.write(".contraste-cache/claims.sqlite", "esto no es una base de datos")
    let output = try newsroom.run(["check", "--changed-from", "HEAD"])
    #expect(output.status == 0)
    #expect(
      output.stderr.hasPrefix("contraste: warning: .contraste-cache/claims.sqlite: the claim cache could not be used (")
    )
    #expect(output.stderr.contains("); it was rebuilt.\n"))
  }
}

extension CheckCacheTests {
  @Test func touchedButUnchangedFilesStayCached() throws {
    let newsroom = try CheckCommandTests.Newsroom()
    defer { newsroom.remove() }
    try newsroom.write("articulos/nota-nueva.txt", CheckCommandTests.contradicting)
    let first = try newsroom.run(["check", "--changed-from", "HEAD", "--format", "json"])
    // A fresh clone gives every file a new modification time; the content decides.
    let seed = newsroom.root.appendingPathComponent("articulos/004_e843446c8cb880ce.txt").path
    try FileManager.default.setAttributes(
      [.modificationDate: Date(timeIntervalSince1970: 1_000_000)], ofItemAtPath: seed)
    let touched = try newsroom.run(["check", "--changed-from", "HEAD", "--format", "json", "--verbose"])
    #expect(touched.stdout == first.stdout)
    #expect(touched.stderr == "contraste: read 0 of 4 corpus files; the rest came from the claim cache\n")
    try Data("Otra nota distinta.\n".utf8).write(to: URL(fileURLWithPath: seed))
    let edited = try newsroom.run(["check", "--changed-from", "HEAD", "--verbose"])
    #expect(edited.stderr == "contraste: read 1 of 4 corpus files; the rest came from the claim cache\n")
  }
}
