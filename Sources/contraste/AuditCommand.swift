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

  @Option(
    help: "Threads for reading, extracting, comparing and JSON (default: one per core); same output for any number."
  )
  var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

  @OptionGroup var readerOptions: ReaderOptions

  @Flag(help: "Print how long each stage took to standard error.")
  var timings = false

  func run() throws {
    let lexicon = try self.lexicon.load()
    let reader = try readerOptions.reader()
    // Read and extracted file by file on `jobs` threads; texts are kept only for HTML context.
    let result = try Auditor(lexicon: lexicon, folder: reader.folder)
      .audit(paths: paths, reader: reader, keepingTexts: format == .html, workers: jobs)
    for warning in result.warnings { Terminal.error("warning: \(warning)") }
    let color = output == nil && format == .text && isatty(STDOUT_FILENO) != 0
    let renderer = ReportRenderer(language: lang, color: color)
    let destination = ReportOutput(path: output, inputs: result.files, identities: result.identities)
    let clock = ContinuousClock()
    let rendering = clock.now
    let stageTimes = result.timings
    defer {
      if timings {
        for (stage, duration) in stageTimes + [("render", clock.now - rendering)] {
          let seconds = Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
          Terminal.error("timing: \(stage): " + String(format: "%.2f s", seconds))
        }
      }
    }
    if format == .json {
      // Streamed: the JSON of a large corpus is the biggest thing the audit would hold.
      try destination.write(bytes: { sink in try renderer.writeJSON(result.audit, workers: jobs, bytes: sink) })
    } else {
      try destination.write(try renderer.render(result.audit, format: format, texts: result.texts))
    }
    for skip in result.skipped { Terminal.error("error: \(skip)") }
    let inputError = !result.skipped.isEmpty
    let worst = result.audit.worst(of: [.contradiction, .inconsistency])
    // The report is written: freeing the audit of a large corpus (a second at 100,000 articles)
    // is left to another thread, which exiting cuts short.
    Auditor.release(consume result)
    if inputError { throw ExitCode.inputError }
    if let level = failLevel.severity, let worst, worst >= level { throw ExitCode.findings }
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
