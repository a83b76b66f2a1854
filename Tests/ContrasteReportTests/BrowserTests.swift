import ContrasteClaims
import ContrasteCompare
import ContrasteNormalizer
import ContrasteReport
import Foundation
import Testing

/// Where Debian's headless Chromium is, if installed.
enum Chromium {
  static let path = ["/usr/bin/chromium-headless-shell", "/usr/bin/chromium"].first {
    FileManager.default.isExecutableFile(atPath: $0)
  }
}

/// The HTML report opened in a real headless browser (Chromium from Debian's packages; CI
/// installs `chromium-headless-shell`): article scripts stay inert and the page renders.
@Suite("HTML report in Chromium", .enabled(if: Chromium.path != nil))
struct BrowserTests {
  static var chromium: String? { Chromium.path }

  /// Runs Chromium headless with `arguments`, returning standard output.
  static func run(_ arguments: [String]) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: try #require(chromium))
    process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars"] + arguments
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: data, as: UTF8.self)
  }

  @Test func scriptsInArticlesDoNotRunAndThePageRenders() throws {
    let hostile = """
      MADRID, 4 de marzo de 2025.- El sismo <script>document.title='PWNED';document.body.dataset.pwned='1'</script> \
      dejó 3 muertos <img src=x onerror="document.body.dataset.pwned='2'">, informó Protección Civil.
      """
    let calm = "MADRID, 4 de marzo de 2025.- El sismo dejó 5 muertos, según Protección Civil."
    let reader = try ArticleReader()
    let corpus = CorpusReader.Corpus(articles: [
      try reader.article(id: "hostil.txt", source: "hostil.txt", text: hostile),
      try reader.article(id: "tranquilo.txt", source: "tranquilo.txt", text: calm),
    ])
    let audit = try Auditor(lexicon: Lexicon.bundled(), folder: reader.folder).audit(corpus)
    let texts = Dictionary(uniqueKeysWithValues: corpus.articles.map { ($0.id, $0.text) })
    let html = try ReportRenderer().render(audit, format: .html, texts: texts)
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("contraste-browser-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let page = folder.appendingPathComponent("informe.html")
    try Data(html.utf8).write(to: page)

    let dom = try Self.run(["--dump-dom", page.absoluteString])
    #expect(dom.contains("<title>Contraste · auditoría de 2 artículos</title>"))
    #expect(!dom.contains("PWNED</title>"))
    #expect(!dom.contains("data-pwned"))
    #expect(dom.contains("&lt;script&gt;document.title="))

    let screenshot = folder.appendingPathComponent("informe.png")
    _ = try Self.run(["--window-size=1200,900", "--screenshot=\(screenshot.path)", page.absoluteString])
    let png = try Data(contentsOf: screenshot)
    #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
    #expect(png.count > 10_000)
  }
}
