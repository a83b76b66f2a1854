import ContrasteTemporal
import Foundation
import Testing
import Yams

@testable import ContrasteClaims
@testable import ContrasteNormalizer

/// Replays what the fuzz targets check (see FUZZING.md) on the seeds, the reader fixtures and
/// every crasher kept under `Fixtures/fuzz/<target>/`, so a fixed crash stays fixed.
@Suite("Fuzz replay")
struct FuzzReplayTests {
  /// Inputs for a target: real articles, plus the crashers libFuzzer wrote for it.
  static func inputs(_ target: String) throws -> [(name: String, bytes: [UInt8])] {
    var files = CorpusReader.files(in: ClaimsTestSupport.path("seeds"))
    files += CorpusReader.files(in: ClaimsTestSupport.path("Fixtures/reader"))
    let crashers = ClaimsTestSupport.path("Fixtures/fuzz/\(target)")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: crashers)) ?? []
    files += names.filter { !$0.hasPrefix(".") && $0 != "README.md" }.sorted().map { crashers + "/" + $0 }
    return try files.map { ($0, Array(try Data(contentsOf: URL(fileURLWithPath: $0)))) }
  }

  @Test func foldKeepsItsOffsetMapMonotone() throws {
    let folders = [try Folder(), try Folder(options: FoldOptions(keepEnye: false))]
    for (name, bytes) in try Self.inputs("fold") {
      let text = String(decoding: bytes, as: UTF8.self)
      let count = text.unicodeScalars.count
      for folder in folders {
        let folded = try folder.fold(text)
        #expect(folded.originalCount == count, "\(name)")
        var previous = 0
        for index in 0..<folded.count {
          let range = folded.originalRange(of: index..<index + 1)
          #expect(range.lowerBound >= previous && range.upperBound <= count, "\(name) at \(index)")
          previous = range.lowerBound
        }
        var last = 0
        for offset in 0...count {
          let position = folded.foldedOffset(ofOriginal: offset)
          #expect(position >= last && position <= folded.count, "\(name) at \(offset)")
          last = position
        }
        #expect(try folder.fold(folded.string).string == folded.string, "\(name): folding is not idempotent")
      }
    }
  }

  @Test func readerRangesStayInsideTheText() throws {
    let reader = try ArticleReader()
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("fuzz-replay-\(UUID())")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    for (name, bytes) in try Self.inputs("reader") {
      // Crashers carry the fuzz target's format byte first; real files keep their own type.
      var path = name
      if name.contains("/Fixtures/fuzz/"), let first = bytes.first {
        path = directory.appendingPathComponent("input.\(["txt", "md", "jsonl"][Int(first) % 3])").path
        try Data(bytes.dropFirst()).write(to: URL(fileURLWithPath: path))
      }
      let result = reader.read(path: path, id: "input")
      for article in result.articles {
        let count = article.text.unicodeScalars.count
        #expect(article.segments.allSatisfy { $0.range.upperBound <= count }, "\(name)")
        #expect(article.lines.allSatisfy { $0.range.upperBound <= count }, "\(name)")
        #expect((article.dateline?.range.upperBound ?? 0) <= count, "\(name)")
      }
      #expect(result.errors.allSatisfy { $0.description.contains(path) }, "\(name)")
    }
  }

  @Test func temporalMentionsQuoteTheirRange() throws {
    let tagger = try TemporalTagger(folder: Folder())
    for (name, bytes) in try Self.inputs("temporal") {
      let text = String(decoding: bytes, as: UTF8.self)
      let scalars = Array(text.unicodeScalars)
      for dct in [DayDate(year: 2026, month: 1, day: 11), nil] {
        for mention in tagger.tag(text, dct: dct) {
          try #require(mention.range.upperBound <= scalars.count, "\(name)")
          #expect(String(String.UnicodeScalarView(scalars[mention.range])) == mention.text, "\(name)")
        }
      }
    }
  }

  @Test func numbersStayInsideTheirTokens() throws {
    let folder = try Folder()
    let parser = NumberParser()
    for (name, bytes) in try Self.inputs("numbers") {
      let text = String(decoding: bytes, as: UTF8.self)
      let folded = try folder.fold(text)
      let scalars = Array(folded.string.unicodeScalars)
      let tokens = Tokenizer.tokens(
        folded: scalars, in: 0..<scalars.count, map: folded, original: Array(text.unicodeScalars))
      for index in tokens.indices {
        guard let number = parser.parse(tokens, at: index, folded: folded.utf8) else { continue }
        #expect(number.length >= 1 && index + number.length <= tokens.count, "\(name) at \(index)")
        #expect(number.value.isFinite && number.value >= 0, "\(name) at \(index)")
      }
    }
  }

  /// Claim tokens made from the tagger's tokens equal those read from the bytes.
  @Test func claimTokensAgree() throws {
    let check = try ScannedTokensTests()
    for (name, bytes) in try Self.inputs("claimtokens") {
      // Read as the fuzz target reads its input: as a `.txt` article.
      guard let article = try? ClaimsTestSupport.article(String(decoding: bytes, as: UTF8.self), id: "f.txt")
      else { continue }
      _ = try check.compare(article, name)
    }
  }

  /// Errors name the file, and lines the quick path reads mean the same to the YAML parser.
  @Test func frontMatterErrorsNameTheFile() throws {
    for (name, bytes) in try Self.inputs("frontmatter") {
      var text = String(decoding: bytes, as: UTF8.self)
      if !text.hasPrefix("---") { text = "---\n" + text }
      let lines = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
        .map(String.init)
      if let close = lines.indices.dropFirst().first(where: { lines[$0] == "---" }),
        let entries = FrontMatter.simpleEntries(lines[1..<close])
      {
        let mapping = (try? Yams.compose(yaml: lines[1..<close].joined(separator: "\n")))??.mapping
        #expect(mapping != nil || entries.isEmpty, "\(name)")
        for (key, value, _) in entries { #expect(mapping?[key]?.scalar?.string == value, "\(name): \(key)") }
      }
      do {
        let frontMatter = try FrontMatter.parse(text, path: "replay.md")
        #expect((frontMatter?.lineCount ?? 2) >= 2, "\(name)")
      } catch {
        #expect(error.description.contains("replay.md"), "\(name)")
      }
    }
  }
}
