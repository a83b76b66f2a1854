import ArgumentParser
import ContrasteClaims
import ContrasteNormalizer

/// `contraste claims`: the typed claims of each article, grouped by event.
struct ClaimsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "claims",
    abstract: "List each article's claims (events, dates, places, people, roles, figures, topics)."
  )

  @Argument(help: "Article files or folders.")
  var paths: [String]

  @Option(help: "Output format: text or json.")
  var format: OutputFormat = .text

  @Option(help: "Publication date to resolve dates against (YYYY-MM-DD), overriding the article's.")
  var dct: String?

  @OptionGroup var lexicon: LexiconOptions

  @OptionGroup var readerOptions: ReaderOptions

  func run() throws {
    var date: DayDate?
    if let dct {
      guard let parsed = DayDate(iso: dct) else {
        Terminal.error("error: --dct '\(dct)' is not a date. Write it as YYYY-MM-DD.")
        throw ExitCode.inputError
      }
      date = parsed
    }
    let lexicon = try self.lexicon.load()
    let reader = try readerOptions.reader()
    let corpus = CorpusReader(reader: reader).read(paths)
    let extractor = try ClaimExtractor(lexicon: lexicon, folder: reader.folder)
    let results = corpus.articles.map { extractor.extract($0, dct: date) }
    switch format {
    case .json: Terminal.write(try Terminal.json(results))
    case .text: Terminal.write(results.map(Self.text).joined(separator: "\n"))
    }
    if Terminal.report(skipped: corpus.skipped, warnings: corpus.warnings) { throw ExitCode.inputError }
  }

  /// Claims grouped by event, then those without one.
  static func text(_ result: ArticleClaims) -> String {
    var lines = [result.article]
    let groups = Dictionary(grouping: result.claims) { $0.event ?? "" }
    for event in groups.keys.sorted(by: { ($0.isEmpty ? 1 : 0, $0) < ($1.isEmpty ? 1 : 0, $1) }) {
      lines.append(event.isEmpty ? "  (no event)" : "  event \(event)")
      for claim in groups[event] ?? [] {
        let note = claim.value.date?.anchor == "inferred" ? " (inferred)" : ""
        lines.append(
          "    \(claim.evidence.line):\(claim.evidence.column)  \(claim.attribute) = \(claim.value.key)\(note)  «\(claim.evidence.quote)»"
        )
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
