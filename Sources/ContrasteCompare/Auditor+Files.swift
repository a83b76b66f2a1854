import ContrasteClaims
import ContrasteNormalizer
import Foundation
import Synchronization

extension Auditor {
  /// What auditing files gave: the audit, and what the reader had to say about the files.
  public struct FileAudit: Sendable {
    public var audit: Audit
    /// Every file opened or tried: outputs must never overwrite one.
    public var files: [String]
    /// What each of `files` was when it was opened (nil when it could not be).
    public var identities: [FileIdentity?] = []
    public var skipped: [ReaderError]
    public var warnings: [ReadWarning]
    /// Article texts by id, when asked for (the HTML report quotes context around evidence).
    public var texts: [String: String]
    /// Wall time of each stage: reading and extracting (on every worker), then comparing.
    public var timings: [(stage: String, duration: Duration)] = []
  }

  /// Reads, extracts and compares the articles under `paths` on `workers` threads.
  ///
  /// Each worker reads a file and extracts its claims at once, so an article's text is dropped
  /// as soon as its claims are out (unless `keepingTexts`): memory grows with the claims, not
  /// with the corpus. Results are kept in file order, so the report is the same whatever the
  /// number of workers.
  public func audit(
    paths: [String], reader: ArticleReader, dct: DayDate? = nil, keepingTexts: Bool = false,
    workers: Int = ProcessInfo.processInfo.activeProcessorCount
  ) -> FileAudit {
    let clock = ContinuousClock()
    let started = clock.now
    let entries = CorpusReader.listing(paths)
    let listed = clock.now
    let (lexicon, table, maxBytes) = (self.lexicon, reader.folder.table, reader.maxBytes)
    // The first worker extracts with this auditor's extractor, idle meanwhile; the others
    // build their own, so no two threads share one (building one costs about 25 M instructions).
    let first = Atomic<Bool>(true)
    var outcomes = ParallelMap.map(count: entries.count, workers: workers) { () -> (Auditor, ArticleReader)? in
      let isFirst = first.exchange(false, ordering: .relaxed)
      guard let folder = try? Folder(table: table), var reader = try? ArticleReader(folder: folder),
        let auditor = isFirst ? self : try? Auditor(lexicon: lexicon, folder: folder)
      else { return nil }
      reader.maxBytes = maxBytes
      // Same table as the auditor's folder: the reader's fold serves the extractor too.
      reader.keepsFolded = true
      return (auditor, reader)
    } _: { worker, index in
      // A corpus not yet in memory is read from disk while the workers extract.
      CorpusReader.readAhead(entries, reading: index)
      return worker.0.outcome(entries[index], reader: worker.1, dct: dct, keepingTexts: keepingTexts)
    }
    let read = clock.now
    var inputs: [ComparisonInput] = []
    var result = FileAudit(
      audit: Audit(documents: [], events: [], sourceClusters: [], findings: [], skipped: []),
      files: entries.map(\.path), skipped: [], warnings: [], texts: [:])
    var texts: [(String, String)] = []
    // One article per file, most often: room for them all at once.
    inputs.reserveCapacity(entries.count)
    texts.reserveCapacity(entries.count)
    result.identities.reserveCapacity(entries.count)
    for index in entries.indices {
      // A worker that could not open ICU left its slots empty: read those here.
      // Moved out, not copied: a copy of an input retains each of its arrays, a million
      // retains (then releases) at 100,000 articles, on this thread alone.
      var outcome =
        outcomes[index].take() ?? outcome(entries[index], reader: reader, dct: dct, keepingTexts: keepingTexts)
      inputs.append(moving: &outcome.inputs)
      texts += outcome.texts
      result.skipped += outcome.errors
      result.warnings += outcome.warnings
      result.identities.append(outcome.identity)
    }
    let ids = CorpusReader.uniqueIDs(inputs.map(\.document.id))
    for index in inputs.indices where ids[index] != inputs[index].document.id {
      inputs[index] = inputs[index].renamed(to: ids[index])
      texts[index].0 = ids[index]
    }
    if keepingTexts { result.texts = Dictionary(texts, uniquingKeysWith: { first, _ in first }) }
    let skipped = result.skipped.map { Skipped(path: $0.path, reason: $0.description) }
    let extracted = clock.now
    result.audit = compare(inputs, skipped: skipped, workers: workers)
    // Freeing a large corpus's inputs takes most of a second: another thread does it while the
    // caller writes the report.
    Self.release((consume inputs, consume outcomes))
    result.timings = [
      ("list files", listed - started), ("read and extract", read - listed), ("collect", extracted - read),
      ("compare", clock.now - extracted),
    ]
    return result
  }

  /// Drops the last reference to `value` on another thread, so that freeing it does not hold
  /// up this one.
  ///
  /// The thread runs at idle priority (`SCHED_IDLE`): it frees only on a core nothing else
  /// wants, so it never slows the report being written; a process that exits first leaves the
  /// freeing to the system.
  package static func release(_ value: some Any) {
    let box = UncheckedBox(value)
    let thread = Thread {
      #if os(Linux)
        // `SCHED_IDLE` from <sched.h>, which Swift's Glibc module does not export.
        let idle: Int32 = 5
        var parameters = sched_param()
        _ = pthread_setschedparam(pthread_self(), idle, &parameters)
      #endif
      withExtendedLifetime(box) {}
    }
    thread.start()
  }

  /// Moves a value to the thread that frees it; nothing reads it there.
  private struct UncheckedBox<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
  }

  /// One file read and extracted.
  private struct FileOutcome {
    var inputs: [ComparisonInput] = []
    var texts: [(String, String)] = []
    var errors: [ReaderError] = []
    var warnings: [ReadWarning] = []
    var identity: FileIdentity?
  }

  private func outcome(
    _ entry: CorpusReader.Entry, reader: ArticleReader, dct: DayDate?, keepingTexts: Bool
  ) -> FileOutcome {
    let read = reader.read(path: entry.path, id: entry.id)
    var outcome = FileOutcome(errors: read.errors, warnings: read.warnings, identity: read.identity)
    outcome.inputs = inputs(of: read, reader: reader, dct: dct)
    // Ids and texts stay paired so that renaming a duplicate id renames its text too.
    outcome.texts = read.articles.map { ($0.id, keepingTexts ? $0.text : "") }
    return outcome
  }

  /// The inputs of one file's articles, reusing the reader's fold and scalars when it kept them
  /// (`keepsFolded`) with this auditor's fold table.
  package func inputs(of read: ArticleReader.FileResult, reader: ArticleReader, dct: DayDate?) -> [ComparisonInput] {
    let sameTable = reader.keepsFolded && reader.folder.table.options == folder.table.options
    return read.articles.enumerated().map { index, article in
      let folded = sameTable && index < read.folded.count ? read.folded[index] : nil
      let scalars = index < read.scalars.count ? read.scalars[index] : nil
      return input(for: article, folded: folded, scalars: scalars, dct: dct)
    }
  }
}
