import ContrasteCheck
import ContrasteClaims
import ContrasteCompare
import ContrasteNormalizer
import ContrasteReport
import ContrasteTemporal
import Foundation

// A plain release-mode benchmark runner: `swift run -c release contraste-bench [MEGABYTES]`, or
// `generate`, `verify` and `stages` for the synthetic corpus (see BENCHMARKS.md).
let commands: [String: ([String]) throws -> Void] = [
  "generate": BenchCommands.generate, "verify": BenchCommands.verify, "stages": BenchCommands.stages,
]
if let name = CommandLine.arguments.dropFirst().first, let command = commands[name] {
  do {
    try command(Array(CommandLine.arguments.dropFirst(2)))
    exit(0)
  } catch {
    FileHandle.standardError.write(Data("contraste-bench: \(error)\n".utf8))
    exit(2)
  }
}

// It repeats the seed articles to the given size and reports each stage's throughput, with the
// ICU reference measured in the same run so the figures compare on the same machine.

/// `CONTRASTE_BENCH_ONLY=extract` runs only the stages whose name starts with that word (for profiling).
let only = ProcessInfo.processInfo.environment["CONTRASTE_BENCH_ONLY"]

/// Throughput of `body` over `bytes` bytes of text, best of `rounds` runs.

func measure(_ name: String, bytes: Int, rounds: Int = 3, _ body: () throws -> Void) rethrows {
  if let only, !name.hasPrefix(only) { return }
  var best = Duration.seconds(1_000_000)
  for _ in 0..<rounds {
    let start = ContinuousClock.now
    try body()
    best = min(best, ContinuousClock.now - start)
  }
  let seconds = Double(best.components.seconds) + Double(best.components.attoseconds) / 1e18
  let megabytes = Double(bytes) / 1_000_000
  let line =
    name.padding(toLength: 44, withPad: " ", startingAt: 0)
    + String(format: "%8.1f MB %8.3f s %9.1f MB/s", megabytes, seconds, megabytes / seconds)
  print(line)
}

let megabytes = CommandLine.arguments.dropFirst().first.flatMap(Int.init) ?? 16
let seedFolder = "seeds"
let names = try FileManager.default.contentsOfDirectory(atPath: seedFolder).sorted()
let seeds = try names.map { try String(contentsOfFile: seedFolder + "/" + $0, encoding: .utf8) }
let seedBytes = seeds.reduce(0) { $0 + $1.utf8.count }
let copies = max(1, megabytes * 1_000_000 / seedBytes)
// Each copy differs (a number appended) so nothing can be cached between articles.
let articles = (0..<copies).flatMap { copy in seeds.map { $0 + "\nCopia \(copy)." } }
let totalBytes = articles.reduce(0) { $0 + $1.utf8.count }
print("contraste-bench: \(articles.count) articles, \(totalBytes) bytes (seeds repeated), 1 core\n")

let folder = try Folder()
try measure("fold (fast path + offset map)", bytes: totalBytes) {
  for article in articles { _ = try folder.fold(article) }
}
let reference = try Transliterator(id: FoldOptions().transliteratorID)
let sample = Array(articles.prefix(max(1, articles.count / 8)))
let sampleBytes = sample.reduce(0) { $0 + $1.utf8.count }
try measure("ICU utrans reference (same rule, 1/8 size)", bytes: sampleBytes, rounds: 1) {
  for article in sample { _ = try reference.apply(article) }
}
let segmenter = try SentenceSegmenter(folder: folder)
try measure("sentence segmentation (ICU + Spanish fixes)", bytes: totalBytes) {
  for article in articles { _ = try segmenter.segments(of: article) }
}
let reader = try ArticleReader(folder: folder)
try measure("read article (classify, dateline, segment)", bytes: totalBytes) {
  for (index, article) in articles.enumerated() {
    _ = try reader.article(id: "\(index)", source: "bench", text: article)
  }
}

let parsed = try articles.enumerated().map { index, text in
  try reader.article(id: "\(index).txt", source: "bench", text: text)
}
let tagger = try TemporalTagger(folder: folder)
measure("tag dates (TemporalTagger, article DCT)", bytes: totalBytes) {
  for article in parsed { _ = tagger.tag(article) }
}
let lexicon = try Lexicon.bundled()
let extractor = try ClaimExtractor(lexicon: lexicon, folder: folder)
measure("extract claims (includes tagging)", bytes: totalBytes) {
  for article in parsed { _ = extractor.extract(article) }
}
let auditSize = min(parsed.count, 2_000)
let auditBytes = parsed.prefix(auditSize).reduce(0) { $0 + $1.text.utf8.count }
try measure("audit: extract + compare + render (\(auditSize) articles)", bytes: auditBytes, rounds: 1) {
  let corpus = CorpusReader.Corpus(articles: Array(parsed.prefix(auditSize)))
  let audit = try Auditor(lexicon: lexicon, folder: folder).audit(corpus, workers: 1)
  var bytes = 0
  // As the CLI writes it: bytes handed to the sink.
  try ReportRenderer().writeJSON(audit, workers: 1, bytes: { bytes += $0.count })
}

// The claim cache: a check against an unchanged 10,000-article corpus, first with an empty
// cache, then again. The corpus is written to a temporary folder (seeds with varied details).
if only == nil || only == "check" {
  let corpusSize = Int(ProcessInfo.processInfo.environment["CONTRASTE_BENCH_CORPUS"] ?? "") ?? 10_000
  let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
    "contraste-bench-\(ProcessInfo.processInfo.processIdentifier)")
  try FileManager.default.createDirectory(
    at: folder.appendingPathComponent("corpus"), withIntermediateDirectories: true)
  defer { try? FileManager.default.removeItem(at: folder) }
  let monthNames = try DateSymbols().months
  for index in 0..<corpusSize {
    // One article in 50 retells the seeds' meeting; the rest are other stories.
    let text =
      index % 50 == 0 ? seeds[index % seeds.count] : SyntheticStory(seed: UInt64(index), months: monthNames).text
    try Data(text.utf8).write(to: folder.appendingPathComponent("corpus/nota-\(index).txt"))
  }
  let checker = try Checker(lexicon: lexicon, folder: try Folder(), configuration: CheckConfiguration())
  let key = ClaimCache.key(version: "bench", lexicon: lexicon)
  // The article under check: seed 003 (it contradicts the others on the meeting's date).
  let newArticle = try reader.article(id: "nueva.txt", source: "nueva.txt", text: seeds[3])
  var times: [Double] = []
  for _ in 0..<2 {
    let cache = try ClaimCache(directory: folder.appendingPathComponent("cache").path, key: key)
    let start = ContinuousClock.now
    let (inputs, _) = CorpusLoader(reader: reader, checker: checker, cache: cache)
      .inputs(folder.appendingPathComponent("corpus").path, relatedTo: [checker.input(for: newArticle)])
    _ = checker.check(new: [newArticle], corpus: inputs, skipped: [], baseline: nil)
    let elapsed = ContinuousClock.now - start
    times.append(Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
  }
  print(
    String(
      format: "check, %d-article corpus: first run %.2f s, second run (cache) %.2f s, %.1fx faster", corpusSize,
      times[0],
      times[1], times[0] / times[1]))
}

// Adversarial inputs: each read and extracted at n and 4n repetitions. Linear time keeps the
// ratio near 4; a backtracking or nearest-neighbour blow-up shows as 16. The bound is generous
// (ratio at most 6, and 4n in under 60 s) so a busy machine does not fail it.
if only == nil || only == "adversarial" {
  let adversarial: [(String, String, Int)] = [
    ("one long line of sentences", "La reunión se celebró en Toluca y dejó 12 heridos; ", 25_000),
    ("repeated 'de'", "de ", 25_000),
    ("repeated digits", "1234567890 ", 25_000),
    ("repeated dates", "la reunión del 11 de diciembre de 2025, ", 25_000),
    ("repeated hedges and numbers", "más de 125 o menos de 3 mil ", 25_000),
    ("unclosed quotes", "«dijo que \"", 25_000),
    // Sentence windows: a terminator every other unit of one word, and terminators alone.
    ("terminators inside one word", "a.", 25_000),
    ("full stops alone", ".", 50_000),
    ("abbreviations", "EE.UU. ", 25_000),
  ]
  var failed = false
  for (name, unit, count) in adversarial {
    var seconds: [Double] = []
    for repetitions in [count, 4 * count] {
      let text = String(repeating: unit, count: repetitions)
      let start = ContinuousClock.now
      let article = try reader.article(id: "adversarial", source: "bench", text: text)
      _ = extractor.extract(article)
      let elapsed = ContinuousClock.now - start
      seconds.append(Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
    }
    let ratio = seconds[1] / max(seconds[0], 1e-6)
    let bytes = Double(unit.utf8.count * 4 * count) / 1_000_000
    let verdict = ratio <= 6 && seconds[1] < 60 ? "linear" : "TOO SLOW"
    if verdict != "linear" { failed = true }
    print(
      "adversarial: "
        + name.padding(toLength: 30, withPad: " ", startingAt: 0)
        + String(format: "%6.1f MB %7.2f s (4x input: %4.1fx time) %@", bytes, seconds[1], ratio, verdict))
  }
  if failed { exit(1) }
}
