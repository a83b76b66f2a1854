import ContrasteCompare

/// Renders an audit as terminal text, Markdown, a self-contained HTML page or JSON.
public struct ReportRenderer: Sendable {
  public let language: ReportLanguage
  /// ANSI colours in text output (for a terminal).
  public let color: Bool
  let words: Localizer

  public init(language: ReportLanguage = .spanish, color: Bool = false) {
    self.language = language
    self.color = color
    self.words = Localizer(language: language)
  }

  /// The report of `audit`; `texts` (article id → text) gives the HTML report its context.
  public func render(_ audit: Audit, format: ReportFormat, texts: [String: String] = [:]) throws -> String {
    switch format {
    case .text: return text(audit)
    case .markdown: return markdown(audit)
    case .html: return html(audit, texts: texts)
    case .json: return try json(audit)
    }
  }

  /// The JSON report (schema version `Audit.schemaVersion`, documented in docs/report-schema.md).
  func json(_ audit: Audit) throws -> String {
    var pieces: [String] = []
    try writeJSON(audit) { pieces.append($0) }
    return pieces.joined()
  }

  /// The JSON report in pieces: the bytes `JSONEncoder` writes for `audit` with
  /// `.prettyPrinted`, `.sortedKeys` and `.withoutEscapingSlashes` (`JSONWriterTests`).
  ///
  /// A 100,000-article report is about 500 MB: written piece by piece it is never held whole.
  /// Elements are encoded on `workers` threads, a window at a time, and written in order, so
  /// the bytes do not depend on the number of workers.
  public func writeJSON(_ audit: Audit, workers: Int = 1, into sink: (String) throws -> Void) throws {
    try writeJSON(audit, workers: workers, windowPerWorker: 512, into: sink)
  }

  /// `writeJSON(_:workers:into:)` handing the sink UTF-8 bytes, valid only during the call:
  /// no `String` is made of them (which would check them and copy them again).
  public func writeJSON(
    _ audit: Audit, workers: Int = 1, bytes sink: (UnsafeRawBufferPointer) throws -> Void
  ) throws {
    try writeJSON(audit, workers: workers, windowPerWorker: 512, bytes: sink)
  }

  /// `writeJSON(_:workers:into:)` with windows of `windowPerWorker` elements per worker (tests
  /// use small ones to cross many windows).
  func writeJSON(
    _ audit: Audit, workers: Int, windowPerWorker: Int, into sink: (String) throws -> Void
  ) throws {
    try writeJSON(audit, workers: workers, windowPerWorker: windowPerWorker) { (bytes: UnsafeRawBufferPointer) in
      try sink(String(decoding: bytes, as: UTF8.self))
    }
  }

  /// The streamed JSON report in bytes, in windows of `windowPerWorker` elements per worker.
  func writeJSON(
    _ audit: Audit, workers: Int, windowPerWorker: Int, bytes sink: (UnsafeRawBufferPointer) throws -> Void
  ) throws {
    func literal(_ text: String) throws {
      var text = text
      try text.withUTF8 { try sink(UnsafeRawBufferPointer($0)) }
    }
    func array<Element: JSONWritable & Sendable>(_ key: String, _ values: [Element], last: Bool = false) throws {
      let end = last ? "\n" : ",\n"
      guard !values.isEmpty else {
        var writer = JSONWriter()
        values.write(to: &writer, level: 1)
        return try literal("  \"\(key)\" : " + writer.text + end)
      }
      try literal("  \"\(key)\" : [\n")
      // Windows bound what is held at once; with several workers, the next window is made
      // while this thread hands the current one to the sink (for a file, a kernel copy).
      let window = max(1, windowPerWorker) * max(1, workers)
      // Each task writes a run of elements into one buffer: a buffer, and a copy of it, per
      // element cost more than the element's bytes.
      let run = max(1, min(Self.elementsPerChunk, window / max(1, workers)))
      let render = { @Sendable (start: Int) -> [[UInt8]] in
        let end = min(start + window, values.count)
        let runs = (end - start + run - 1) / run
        let chunk = { @Sendable (index: Int) in
          Self.chunk(values, from: start + index * run, to: min(start + (index + 1) * run, end))
        }
        return ParallelMap.map(count: runs, workers: workers, state: { () }) { chunk($1) }
          .enumerated().map { index, bytes in bytes ?? chunk(index) }
      }
      var chunks = render(0)
      for start in stride(from: 0, to: values.count, by: window) {
        let current = chunks
        var failure: (any Error)?
        let next = start + window < values.count ? start + window : nil
        (_, chunks) = ParallelMap.pair(
          concurrently: workers > 1 && next != nil,
          {
            do {
              for chunk in current { try chunk.withUnsafeBytes { try sink($0) } }
            } catch {
              failure = error
            }
          },
          { next.map(render) ?? [] })
        if let failure { throw failure }
      }
      try literal("  ]" + end)
    }
    // Keys in sorted order, as `.sortedKeys` writes them.
    try literal("{\n")
    try array("documents", audit.documents)
    try array("events", audit.events)
    try array("findings", audit.findings)
    try literal("  \"schemaVersion\" : \(audit.schemaVersion),\n")
    try array("skipped", audit.skipped)
    try array("sourceClusters", audit.sourceClusters, last: true)
    try literal("}\n")
  }

  /// Elements per buffer when the report is streamed.
  static let elementsPerChunk = 32

  /// Elements `start..<end` of a top-level array of the report, each indented and followed by
  /// its separator.
  private static func chunk<Element: JSONWritable>(_ values: [Element], from start: Int, to end: Int) -> [UInt8] {
    var writer = JSONWriter(capacity: 32 * 1024)
    for index in start..<end {
      writer.indent(2)
      values[index].write(to: &writer, level: 2)
      writer.append(index == values.count - 1 ? "\n" : ",\n")
    }
    return writer.bytes
  }

  /// Findings grouped by kind, in report order.
  func sections(_ audit: Audit) -> [(Finding.Kind, [Finding])] {
    let order: [Finding.Kind] = [.contradiction, .inconsistency, .compatible, .agreement, .singleSource, .dependence]
    return order.compactMap { kind in
      let findings = audit.findings.filter { $0.kind == kind }
      return findings.isEmpty ? nil : (kind, findings)
    }
  }

  /// The heading of a finding: event and attribute.
  func heading(_ finding: Finding) -> String {
    let attribute = words.attribute(finding.attribute)
    if let label = finding.eventLabel { return "\(label) — \(attribute)" }
    if finding.kind == .dependence { return attribute }
    return attribute + (finding.message.arguments["person"].map { ": \($0)" } ?? "")
  }

  /// The readable value and its support, with a majority mark for contradictions.
  func valueLine(_ value: FindingValue, finding: Finding) -> String {
    let attribute = finding.attribute
    var line: String
    if finding.kind == .inconsistency {
      line = value.display
    } else if attribute == "date" || attribute.hasPrefix("date.") {
      line = "\(words.date(value.value)) [\(value.value)]"
    } else if attribute.hasPrefix("figure.") {
      line = words.figure(value.value)
    } else {
      line = value.display
    }
    line += " — " + words.support(value)
    let strength = words.strength(value)
    if !strength.isEmpty { line += " (\(strength))" }
    if finding.kind == .contradiction, finding.message.arguments["majority"] == value.value {
      line += " ← \(words.majority)"
    }
    return line
  }

  func counts(_ audit: Audit) -> [Finding.Kind: Int] {
    Dictionary(grouping: audit.findings, by: \.kind).mapValues(\.count)
  }
}
