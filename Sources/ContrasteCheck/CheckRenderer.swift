import ContrasteClaims
import ContrasteCompare
import ContrasteReport
import Foundation

/// Renders a check for people (text, Markdown), programs (JSON) and CI systems: GitHub workflow
/// commands, SARIF 2.1.0 and JUnit XML.
public struct CheckRenderer: Sendable {
  public enum Format: String, Sendable, CaseIterable {
    case text
    case json
    case github
    case sarif
    case junit
  }

  public let language: ReportLanguage
  public let version: String

  public init(language: ReportLanguage = .spanish, version: String) {
    self.language = language
    self.version = version
  }

  /// GitHub shows at most this many annotations of each level per step.
  static let annotationsPerLevel = 10

  public func render(_ result: Checker.Result, format: Format, color: Bool = false) throws -> String {
    switch format {
    case .text: return try ReportRenderer(language: language, color: color).render(result.audit, format: .text)
    case .json: return try ReportRenderer(language: language).render(result.audit, format: .json)
    case .github: return github(result)
    case .sarif: return try sarif(result)
    case .junit: return junit(result)
    }
  }

  /// The Markdown report, for `$GITHUB_STEP_SUMMARY`.
  public func markdown(_ result: Checker.Result) throws -> String {
    try ReportRenderer(language: language).render(result.audit, format: .markdown)
  }

  /// The evidence in a checked article (where to annotate), and the rest (the other outlets).
  ///
  /// The annotated article is a checked one on the side the rest of the corpus supports least,
  /// so an article that agrees with the corpus is not blamed for another one's contradiction.
  func locations(_ finding: Finding, checked: Set<String>) -> (primary: Evidence?, related: [Evidence]) {
    let evidence = finding.values.flatMap(\.evidence)
    let candidates = finding.values.filter { $0.articles.contains(where: checked.contains) }
    let side = candidates.min { a, b in
      a.articles.filter { !checked.contains($0) }.count < b.articles.filter { !checked.contains($0) }.count
    }
    let primary = side?.evidence.first { checked.contains($0.article) }
    return (primary, evidence.filter { $0 != primary })
  }

  func path(_ article: String, in audit: Audit) -> String {
    audit.documents.first { $0.id == article }?.path ?? article
  }

  /// One-line message: the finding and the competing values.
  func message(_ finding: Finding, audit: Audit) -> String {
    let text =
      (try? ReportRenderer(language: language).render(
        Audit(documents: [], events: [], sourceClusters: [], findings: [finding], skipped: []), format: .text)) ?? ""
    let lines = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
    let body = lines.dropFirst(3).filter { !$0.isEmpty && !$0.hasPrefix(language == .spanish ? "Resumen" : "Summary") }
    return body.prefix(6).joined(separator: " ")
  }

  // MARK: GitHub

  func github(_ result: Checker.Result) -> String {
    let checked = Set(result.checked)
    var lines: [String] = []
    var counts: [Severity: Int] = [:]
    var hidden = 0
    for finding in result.audit.findings {
      let level = finding.severity == .error ? "error" : finding.severity == .warning ? "warning" : "notice"
      counts[finding.severity, default: 0] += 1
      guard counts[finding.severity, default: 0] <= Self.annotationsPerLevel else {
        hidden += 1
        continue
      }
      let (primary, _) = locations(finding, checked: checked)
      var properties: [String] = []
      if let primary {
        let scalars = primary.quote.unicodeScalars.count
        properties += [
          "file=\(escapeProperty(path(primary.article, in: result.audit)))", "line=\(primary.line)",
          "col=\(primary.column)", "endLine=\(primary.line)", "endColumn=\(primary.column + scalars)",
        ]
      }
      properties.append("title=\(escapeProperty("contraste/\(finding.rule)"))")
      lines.append(
        "::\(level) \(properties.joined(separator: ","))::\(escapeData(message(finding, audit: result.audit)))")
    }
    if hidden > 0 {
      lines.append("::notice::\(hidden) more findings are in the job summary (GitHub shows 10 per level and step).")
    }
    return lines.joined(separator: "\n") + (lines.isEmpty ? "" : "\n")
  }

  private func escapeData(_ text: String) -> String {
    text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D")
      .replacingOccurrences(of: "\n", with: "%0A")
  }

  private func escapeProperty(_ text: String) -> String {
    escapeData(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
  }

  // MARK: JUnit

  func junit(_ result: Checker.Result) -> String {
    let checked = Set(result.checked)
    var cases: [String] = []
    var failures = 0
    for article in result.checked {
      let findings = result.audit.findings.filter { finding in
        locations(finding, checked: checked).primary?.article == article
          || finding.documents.contains(article)
      }
      let name = xml(path(article, in: result.audit))
      if findings.isEmpty {
        cases.append("    <testcase classname=\"contraste\" name=\"\(name)\"/>")
        continue
      }
      failures += 1
      let details = findings.map { finding in
        let location = locations(finding, checked: checked).primary.map { "\($0.line):\($0.column) " } ?? ""
        return
          "\(location)[\(finding.severity.rawValue)] contraste/\(finding.rule): \(message(finding, audit: result.audit))"
      }
      cases.append(
        "    <testcase classname=\"contraste\" name=\"\(name)\">\n      <failure message=\"\(findings.count) finding(s)\" type=\"contraste\">\(xml(details.joined(separator: "\n")))</failure>\n    </testcase>"
      )
    }
    return """
      <?xml version="1.0" encoding="UTF-8"?>
      <testsuites>
        <testsuite name="contraste" tests="\(result.checked.count)" failures="\(failures)" errors="0">
      \(cases.joined(separator: "\n"))
        </testsuite>
      </testsuites>

      """
  }

  private func xml(_ text: String) -> String { ReportRenderer.escapeMarkup(text) }
}
