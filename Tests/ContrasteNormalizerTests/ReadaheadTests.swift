import Foundation
import Testing

@testable import ContrasteNormalizer

/// Read-ahead is only a hint to the kernel: it must never block, fail or change what is read.
@Suite struct ReadaheadTests {
  /// A fresh folder with one article, a subfolder and a named pipe, removed afterwards.
  private func withFolder(_ body: (String) throws -> Void) throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("contraste-readahead-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try body(folder)
  }

  /// The type of the file system `path` is on, from the longest mount point above it.
  private func fileSystemType(of path: String) throws -> String {
    let mounts = try String(contentsOfFile: "/proc/self/mounts", encoding: .utf8)
    var best = (point: "", type: "")
    for line in mounts.split(separator: "\n") {
      let fields = line.split(separator: " ").map(String.init)
      guard fields.count > 2 else { continue }
      let point = fields[1]
      let covers = path == point || path.hasPrefix(point.hasSuffix("/") ? point : point + "/")
      if covers, point.count > best.point.count { best = (point, fields[2]) }
    }
    return best.type
  }

  @Test func aFileJustWrittenIsResident() throws {
    try withFolder { folder in
      let path = folder + "/nota.txt"
      try Data("MÉXICO, 3 de marzo de 2026.- El gabinete se reunió ayer.\n".utf8).write(to: URL(fileURLWithPath: path))
      #expect(CorpusReader.isResident(path))
    }
  }

  @Test func readAheadBringsAnEvictedBlockBackIntoMemory() throws {
    try withFolder { folder in
      // tmpfs cannot drop a file's pages: there is nothing to observe there.
      guard try fileSystemType(of: folder) != "tmpfs" else { return }
      for number in 0..<(CorpusReader.readAheadBlock + 4) {
        let path = folder + String(format: "/%03d.txt", number)
        try Data(String(repeating: "El consejo sesionó el martes en la capital. ", count: 200).utf8)
          .write(to: URL(fileURLWithPath: path))
        // Written back, then dropped from the page cache, as a corpus on disk and not in memory.
        let descriptor = open(path, O_RDONLY)
        #expect(descriptor >= 0)
        #expect(fsync(descriptor) == 0)
        #expect(posix_fadvise(descriptor, 0, 0, Int32(POSIX_FADV_DONTNEED)) == 0)
        close(descriptor)
      }
      let entries = CorpusReader.listing([folder])
      let first = try #require(entries.first?.path)
      #expect(!CorpusReader.isResident(first))
      CorpusReader.readAhead(entries, reading: 0)
      // The kernel reads in the background: wait for it, a few seconds at most.
      var waited = 0
      while !CorpusReader.isResident(first), waited < 300 {
        usleep(10_000)
        waited += 1
      }
      #expect(CorpusReader.isResident(first))
    }
  }

  @Test func whatCannotBeMappedCountsAsResident() throws {
    try withFolder { folder in
      let pipe = folder + "/tubo.txt"
      #expect(mkfifo(pipe, 0o600) == 0)
      // A pipe with no writer: probing must not wait for one.
      #expect(CorpusReader.isResident(pipe))
      #expect(CorpusReader.isResident(folder))
      #expect(CorpusReader.isResident(folder + "/no-existe.txt"))
    }
  }

  @Test func readingWithReadAheadReadsEveryFileAsBefore() throws {
    try withFolder { folder in
      // More files than one block and the distance, so that every branch of `readAhead` runs.
      let count = CorpusReader.readAheadDistance + 3 * CorpusReader.readAheadBlock + 5
      for number in 0..<count {
        let text = "Oaxaca, 2 de junio de 2026.- El cabildo aprobó la obra número \(number) en sesión ordinaria.\n"
        try Data(text.utf8).write(to: URL(fileURLWithPath: folder + String(format: "/%04d.txt", number)))
      }
      let entries = CorpusReader.listing([folder])
      for index in entries.indices { CorpusReader.readAhead(entries, reading: index) }
      let corpus = CorpusReader(reader: try ArticleReader()).read([folder])
      #expect(corpus.articles.count == count)
      #expect(corpus.articles.first?.id == "0000.txt")
      #expect(corpus.articles.last?.text.contains("número \(count - 1) ") == true)
    }
  }
}
