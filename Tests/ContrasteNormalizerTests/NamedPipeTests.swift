import ContrasteNormalizer
import Dispatch
import Foundation
import Testing

/// A named pipe in a corpus folder must not stop the audit: with no program writing to it there
/// is nothing to read, and that is reported like an empty file.
@Suite struct NamedPipeTests {
  @Test func aPipeNobodyWritesToIsReportedAndTheRestIsRead() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("contraste-pipe-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try Data("Mérida, 9 de abril de 2026.- El congreso estatal aprobó ayer la reforma.\n".utf8)
      .write(to: URL(fileURLWithPath: folder + "/a-nota.txt"))
    #expect(mkfifo(folder + "/b-tubo.txt", 0o600) == 0)

    // Read on another thread, so that a reader that waits for a writer fails the test instead
    // of hanging the run.
    let done = DispatchSemaphore(value: 0)
    let box = ResultBox()
    DispatchQueue.global().async {
      // ICU handles are not shared across threads: the reader is made where it reads.
      box.corpus = (try? ArticleReader()).map { CorpusReader(reader: $0).read([folder]) }
      done.signal()
    }
    try #require(done.wait(timeout: .now() + 30) == .success, "reading a folder with a named pipe did not finish")
    let corpus = try #require(box.corpus)
    #expect(corpus.articles.map(\.id) == ["a-nota.txt"])
    #expect(
      corpus.skipped.map(\.description) == [
        "\(folder)/b-tubo.txt: the file is empty. Add the article text or remove the file from the corpus."
      ])
  }

  /// Written once by the reading thread before it signals, read after the wait.
  private final class ResultBox: @unchecked Sendable {
    var corpus: CorpusReader.Corpus?
  }
}
