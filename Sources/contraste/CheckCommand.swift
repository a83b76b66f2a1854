import ArgumentParser
import ContrasteCheck
import ContrasteClaims
import ContrasteCompare
import ContrasteNormalizer
import ContrasteReport
import Foundation

/// `contraste check`: fail CI when new or edited articles contradict the published corpus.
struct CheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Check new or edited articles against a corpus; report only what involves them.",
    discussion: """
      Settings come from .contraste.yml (found by walking up from the working directory), \
      --config FILE or CONTRASTE_CONFIG; options override them. Exits 0 when clean, 1 when a \
      finding is at or above the fail level, 2 on a usage, configuration or input error.
      """
  )

  @Argument(help: "Article files to check (or use --changed-from).")
  var articles: [String] = []

  @Option(help: "Folder of published articles to check against.")
  var corpus: String?

  @Option(help: "Check the article files changed since this git ref (e.g. origin/main).")
  var changedFrom: String?

  @Option(help: "Output: text, json, github, sarif or junit.")
  var format: String?

  @Option(help: "Lowest severity that makes the exit code 1: info, warning, error or none.")
  var failLevel: FailLevel?

  @Option(help: "Configuration file (default: the nearest .contraste.yml).")
  var config: String?

  @Option(help: "Only findings not in this baseline file count.")
  var baseline: String?

  @Option(help: "Write today's findings to this baseline file and exit 0.")
  var writeBaseline: String?

  @Option(help: "Report language: es or en.")
  var lang: ReportLanguage = .spanish

  @Option(help: "Folder of the claim cache (SQLite).")
  var cache: String = ".contraste-cache"

  @Flag(help: "Read and extract every corpus article, without the claim cache.")
  var noCache = false

  @Flag(help: "Say on standard error how many corpus files were read (the rest came from the cache).")
  var verbose = false

  @OptionGroup var lexicon: LexiconOptions

  @OptionGroup var readerOptions: ReaderOptions

  func run() throws {
    let environment = ProcessInfo.processInfo.environment
    let directory = FileManager.default.currentDirectoryPath
    let settings: CheckConfiguration
    let format: CheckRenderer.Format
    do {
      settings = try CheckConfiguration.load(explicit: config, environment: environment, directory: directory)
      let name = self.format ?? settings.format ?? "text"
      guard let parsed = CheckRenderer.Format(rawValue: name) else {
        Terminal.error("error: --format '\(name)' is not one of text, json, github, sarif, junit.")
        throw ExitCode.inputError
      }
      format = parsed
    } catch let error as CheckError {
      Terminal.error("error: \(error)")
      throw ExitCode.inputError
    }
    var paths = articles
    if let ref = changedFrom {
      do {
        paths += try GitChanges.files(since: ref, directory: directory)
      } catch {
        Terminal.error("error: \(error)")
        throw ExitCode.inputError
      }
    }
    guard let corpusPath = corpus ?? settings.corpus.map(settings.resolve) else {
      Terminal.error("error: \(CheckError.noCorpus)")
      throw ExitCode.inputError
    }
    var lexiconFiles = settings.lexicons.map(settings.resolve)
    lexiconFiles += lexicon.files
    let lexicon = try LexiconOptions(files: lexiconFiles).load()
    let reader = try readerOptions.reader()
    let checker = try Checker(lexicon: lexicon, folder: reader.folder, configuration: settings)
    var claimCache: ClaimCache?
    if !noCache {
      do {
        claimCache = try ClaimCache(directory: cache, key: ClaimCache.key(version: Contraste.version, lexicon: lexicon))
        if let warning = claimCache?.warning { Terminal.error("warning: \(warning)") }
      } catch {
        Terminal.error("warning: \(cache): the claim cache cannot be used (\(error)); checking without it.")
      }
    }
    let newRead = CorpusReader(reader: reader).read(paths)
    // An article checked by path keeps the id it has in the corpus, so it replaces that one.
    let corpusRoot = URL(fileURLWithPath: corpusPath).standardizedFileURL.path
    let new = newRead.articles.map { article -> Article in
      var article = article
      let full = URL(fileURLWithPath: article.source).standardizedFileURL.path
      if full.hasPrefix(corpusRoot + "/") { article.id = String(full.dropFirst(corpusRoot.count + 1)) }
      return article
    }
    // Only the cached articles related to the checked ones are decoded.
    let (corpusInputs, corpusSkipped, read) = CorpusLoader(reader: reader, checker: checker, cache: claimCache)
      .load(corpusPath, relatedTo: new.map { checker.input(for: $0) })
    if verbose { Terminal.error("read \(read.files) of \(read.of) corpus files; the rest came from the claim cache") }
    var baselineValue: Baseline?
    if let path = baseline {
      do {
        baselineValue = try Baseline.read(path)
      } catch {
        Terminal.error("error: \(error)")
        throw ExitCode.inputError
      }
    }
    let result = checker.check(
      new: new, corpus: corpusInputs, skipped: newRead.skipped + corpusSkipped, baseline: baselineValue)
    for place in result.unexplained {
      Terminal.error(
        "warning: \(place): a contraste-disable comment without a reason is ignored; write <!-- contraste-disable ATTRIBUTE: reason -->."
      )
    }
    if let path = writeBaseline {
      try ReportOutput(path: path, inputs: corpusInputs.map(\.document.path) + new.map(\.source))
        .write(String(decoding: try Baseline(findings: result.audit.findings).json(), as: UTF8.self))
      return
    }
    let renderer = CheckRenderer(language: lang, version: Contraste.version)
    let color = format == .text && isatty(STDOUT_FILENO) != 0
    Terminal.write(try renderer.render(result, format: format, color: color))
    if format == .github, let summary = environment["GITHUB_STEP_SUMMARY"],
      let handle = FileHandle(forWritingAtPath: summary)
    {
      handle.seekToEndOfFile()
      handle.write(Data(try renderer.markdown(result).utf8))
      try? handle.close()
    }
    for skip in newRead.skipped + corpusSkipped { Terminal.error("error: \(skip)") }
    if !newRead.skipped.isEmpty { throw ExitCode.inputError }
    let level = (failLevel ?? settings.failLevel.map { FailLevel(rawValue: $0.rawValue) ?? .error } ?? .error).severity
    if let level, result.audit.findings.contains(where: { $0.severity >= level }) { throw ExitCode.findings }
  }
}
