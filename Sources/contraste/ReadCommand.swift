import ArgumentParser
import ContrasteNormalizer

/// `contraste read`: shows how Contraste reads articles.
struct ReadCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "read",
    abstract: "Show each article's metadata, publication date and segments, boilerplate marked.",
    discussion: "Reads .txt, .md (YAML front matter) and .jsonl files, or folders of them."
  )

  @Argument(help: "Article files or folders.")
  var paths: [String]

  @Option(help: "Output format: text or json.")
  var format: OutputFormat = .text

  @OptionGroup var readerOptions: ReaderOptions

  func run() throws {
    let reader = try readerOptions.reader()
    let corpus = CorpusReader(reader: reader).read(paths)
    switch format {
    case .text: Terminal.write(corpus.articles.map(ArticleView.text).joined(separator: "\n"))
    case .json: Terminal.write(try Terminal.json(corpus.articles.map(ArticleView.init)))
    }
    if Terminal.report(skipped: corpus.skipped, warnings: corpus.warnings) { throw ExitCode.inputError }
  }
}
