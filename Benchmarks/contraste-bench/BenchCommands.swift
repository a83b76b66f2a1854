import ContrasteClaims
import ContrasteCompare
import ContrasteNormalizer
import ContrasteReport
import ContrasteTemporal
import Foundation

/// `contraste-bench generate`, `verify` and `stages`: the synthetic corpus, its answer key, and
/// per-stage throughput on a corpus folder.
enum BenchCommands {
  /// `generate --articles N [--seed S] [--outlets K] DIR`: writes the corpus and `DIR/answer-key.json`.
  static func generate(_ arguments: [String]) throws {
    var options = CorpusGenerator.Options()
    var directory: String?
    var iterator = arguments.makeIterator()
    while let argument = iterator.next() {
      switch argument {
      case "--articles": options.articles = Int(iterator.next() ?? "") ?? options.articles
      case "--seed": options.seed = UInt64(iterator.next() ?? "") ?? options.seed
      case "--outlets": options.outlets = Int(iterator.next() ?? "") ?? options.outlets
      default: directory = argument
      }
    }
    guard let directory else { throw BenchError("usage: contraste-bench generate --articles N [--seed S] DIR") }
    let root = URL(fileURLWithPath: directory)
    if FileManager.default.fileExists(atPath: root.path) {
      throw BenchError("\(directory) exists: give a new folder, the generator does not overwrite")
    }
    var generator = try CorpusGenerator(options: options)
    var folders = Set<String>()
    var bytes = 0
    let key = try generator.generate { file in
      let url = root.appendingPathComponent(file.name)
      let folder = url.deletingLastPathComponent().path
      if folders.insert(folder).inserted {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
      }
      try Data(file.text.utf8).write(to: url)
      bytes += file.text.utf8.count
    }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
    // Outside the corpus folder's article types: `.json` is not read as an article.
    try encoder.encode(key).write(to: root.appendingPathComponent("answer-key.json"))
    print(
      "generated \(key.articles) articles (\(bytes) bytes), \(key.events) events, "
        + "\(key.contradictions.count) injected contradictions, \(key.copies.count) copies in \(directory)")
  }

  /// `verify ANSWER-KEY REPORT.json`: every injected contradiction found, and no other.
  static func verify(_ arguments: [String]) throws {
    guard arguments.count == 2 else { throw BenchError("usage: contraste-bench verify answer-key.json report.json") }
    let key = try JSONDecoder().decode(
      CorpusGenerator.AnswerKey.self, from: Data(contentsOf: URL(fileURLWithPath: arguments[0])))
    let report = try JSONDecoder().decode(Audit.self, from: Data(contentsOf: URL(fileURLWithPath: arguments[1])))
    let result = AnswerCheck(key: key, findings: report.findings)
    print(result.summary)
    if !result.passed { exit(1) }
  }

  /// `stages DIR`: each stage on one core over a corpus folder, MB/s and articles/s.
  static func stages(_ arguments: [String]) throws {
    guard let directory = arguments.first else { throw BenchError("usage: contraste-bench stages DIR") }
    let folder = try Folder()
    let reader = try ArticleReader(folder: folder)
    let files = CorpusReader.files(in: directory)
    // A mistyped folder (or `--help`) would otherwise time nothing and print zeros.
    guard !files.isEmpty else {
      throw BenchError("no articles in '\(directory)': give a corpus folder, e.g. one `contraste-bench generate` wrote")
    }
    var stage = StageTimer()
    var articles: [Article] = []
    stage.run("read files (decode, classify, segment)") {
      for file in files { articles += reader.read(path: file, id: file).articles }
    }
    let bytes = articles.reduce(0) { $0 + $1.text.utf8.count }
    stage.bytes = bytes
    stage.articles = articles.count
    print("contraste-bench stages: \(articles.count) articles, \(bytes) bytes, 1 core\n")
    stage.report()
    var folded: [FoldedText] = []
    stage.run("normalize (fold + offset map)") { folded = articles.map { try! folder.fold($0.text) } }
    stage.report()
    let segmenter = try SentenceSegmenter(folder: folder)
    stage.run("ICU sentence segmentation alone (reference)") {
      for article in articles { _ = try? segmenter.segments(of: article.text) }
    }
    stage.report()
    let tagger = try TemporalTagger(folder: folder)
    stage.run("tag dates") { for (article, text) in zip(articles, folded) { _ = tagger.tag(article, folded: text) } }
    stage.report()
    let lexicon = try Lexicon.bundled()
    let auditor = try Auditor(lexicon: lexicon, folder: folder)
    var inputs: [ComparisonInput] = []
    stage.run("extract claims (fold, tag, extract, shingle)") {
      inputs = auditor.inputs(for: articles, workers: 1)
    }
    stage.report()
    var audit: Audit?
    stage.run("compare") { audit = auditor.compare(inputs) }
    stage.report()
    if let audit {
      // As the CLI writes it (streamed, fast encoder), one worker; then Foundation's encoder
      // on the whole audit, the reference it must equal.
      stage.run("render (json)") {
        var bytes = 0
        try? ReportRenderer().writeJSON(audit, workers: 1, bytes: { bytes += $0.count })
      }
      stage.report()
      stage.run("render (json, JSONEncoder, reference)") { _ = try? ReportRenderer().render(audit, format: .json) }
      stage.report()
      stage.run("render (text)") { _ = try? ReportRenderer().render(audit, format: .text) }
      stage.report()
    }
  }
}

/// Times one stage and prints MB/s and articles/s over the corpus.
struct StageTimer {
  var bytes = 0
  var articles = 0
  var name = ""
  var seconds = 0.0

  mutating func run(_ name: String, _ body: () throws -> Void) rethrows {
    let start = ContinuousClock.now
    try body()
    let elapsed = ContinuousClock.now - start
    self.name = name
    seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
  }

  func report() {
    let megabytes = Double(bytes) / 1_000_000
    print(
      name.padding(toLength: 46, withPad: " ", startingAt: 0)
        + String(
          format: "%8.3f s %9.1f MB/s %10.0f articles/s", seconds, megabytes / seconds, Double(articles) / seconds))
  }
}

/// Compares an audit's contradictions with the answer key.
struct AnswerCheck {
  var found: [CorpusGenerator.Contradiction] = []
  var missed: [CorpusGenerator.Contradiction] = []
  var extra: [Finding] = []

  init(key: CorpusGenerator.AnswerKey, findings: [Finding]) {
    let contradictions = findings.filter { $0.kind == .contradiction }
    var matched = Set<Int>()
    for expected in key.contradictions {
      // Found when a contradiction on the attribute names the changed article and one it contradicts.
      if let index = contradictions.indices.first(where: { index in
        let finding = contradictions[index]
        let articles = Set(finding.documents + finding.values.flatMap(\.articles))
        return finding.attribute == expected.attribute && articles.contains(expected.article)
          && expected.contradicts.contains(where: articles.contains)
      }) {
        found.append(expected)
        matched.insert(index)
      } else {
        missed.append(expected)
      }
    }
    extra = contradictions.indices.filter { !matched.contains($0) }.map { contradictions[$0] }
  }

  var passed: Bool { missed.isEmpty && extra.isEmpty }

  var summary: String {
    var lines = [
      "injected contradictions: \(found.count + missed.count), found: \(found.count), missed: \(missed.count), "
        + "extra: \(extra.count)"
    ]
    for contradiction in missed.prefix(10) {
      lines.append("  missed: \(contradiction.attribute) in \(contradiction.article)")
    }
    for finding in extra.prefix(10) {
      let articles = finding.values.map { $0.value + " in " + $0.articles.joined(separator: ", ") }
      lines.append("  extra: \(finding.attribute) \(finding.event ?? ""): \(articles.joined(separator: "; "))")
    }
    return lines.joined(separator: "\n")
  }
}

struct BenchError: Error, CustomStringConvertible {
  var description: String
  init(_ description: String) { self.description = description }
}
