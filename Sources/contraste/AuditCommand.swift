import ArgumentParser
import ContrasteClaims
import ContrasteCompare
import ContrasteNormalizer
import ContrasteReport
import Foundation

/// `contraste audit`: the discrepancy report for a folder or list of articles.
struct AuditCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "audit",
    abstract: "Compare articles about the same events and report agreements and contradictions.",
    discussion: """
      Exits 1 when a contradiction or inconsistency is at or above --fail-level, 2 when a file \
      could not be read (the rest is still audited and the file is listed), 0 otherwise.
      """
  )

  @Argument(help: "Article files or folders (.txt, .md, .jsonl).")
  var paths: [String]

  @Option(help: "Report format: text, markdown, html or json.")
  var format: ReportFormat = .text

  @Option(help: "Write the report to this file (atomically) instead of standard output.")
  var output: String?

  @Option(help: "Report language: es or en.")
  var lang: ReportLanguage = .spanish

  @Option(help: "Lowest severity that makes the exit code 1: info, warning, error or none.")
  var failLevel: FailLevel = .error

  @OptionGroup var lexicon: LexiconOptions

  @Option(help: "Threads extracting claims (default: one per core). The report is the same for any number.")
  var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

  @OptionGroup var readerOptions: ReaderOptions

  func run() throws {
    let lexicon = try self.lexicon.load()
    let reader = try readerOptions.reader()
    let corpus = CorpusReader(reader: reader).read(paths)
    for warning in corpus.warnings { Terminal.error("warning: \(warning)") }
    let audit = try Auditor(lexicon: lexicon, folder: reader.folder).audit(corpus, workers: jobs)
    let texts =
      format == .html ? Dictionary(corpus.articles.map { ($0.id, $0.text) }, uniquingKeysWith: { a, _ in a }) : [:]
    let color = output == nil && format == .text && isatty(STDOUT_FILENO) != 0
    let report = try ReportRenderer(language: lang, color: color).render(audit, format: format, texts: texts)
    try ReportOutput(path: output, inputs: corpus.files).write(report)
    for skip in corpus.skipped { Terminal.error("error: \(skip)") }
    if !corpus.skipped.isEmpty { throw ExitCode.inputError }
    if let level = failLevel.severity, let worst = audit.worst(of: [.contradiction, .inconsistency]), worst >= level {
      throw ExitCode.findings
    }
  }
}

/// `--fail-level`.
enum FailLevel: String, ExpressibleByArgument, CaseIterable {
  case info
  case warning
  case error
  case none

  var severity: Severity? { Severity(rawValue: rawValue) }
}

extension ReportFormat: ExpressibleByArgument {}
extension ReportLanguage: ExpressibleByArgument {}
