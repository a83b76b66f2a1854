import ContrasteCompare
import Foundation

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
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(audit), as: UTF8.self) + "\n"
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
