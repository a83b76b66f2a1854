import ContrasteCompare

extension ReportRenderer {
  /// Terminal text: colour on a TTY, plain otherwise.
  func text(_ audit: Audit) -> String {
    var lines = [paint(words.title(documents: audit.documents.count), "1"), ""]
    for (kind, findings) in sections(audit) {
      lines.append(
        paint(
          "\(words.kind(kind, plural: true).uppercased()) (\(findings.count))", kind == .contradiction ? "1;31" : "1"))
      for finding in findings {
        let mark = finding.severity == .error ? "✖" : finding.severity == .warning ? "▲" : "·"
        let color = finding.severity == .error ? "31" : finding.severity == .warning ? "33" : "2"
        lines.append("\(paint("\(mark) \(words.severity(finding.severity))", color))  \(heading(finding))")
        lines.append("  \(words.message(finding))")
        for value in finding.values {
          lines.append("  • \(valueLine(value, finding: finding))")
          for evidence in value.evidence {
            lines.append("      \(evidence.article):\(evidence.line):\(evidence.column)  «\(evidence.quote)»")
          }
        }
        lines.append("")
      }
    }
    if !audit.skipped.isEmpty {
      lines.append(paint(words.skippedTitle.uppercased() + " (\(audit.skipped.count))", "1;33"))
      for skipped in audit.skipped { lines.append("  \(skipped.reason)") }
      lines.append("")
    }
    lines.append(words.summary(counts(audit)))
    return lines.joined(separator: "\n") + "\n"
  }

  private func paint(_ text: String, _ code: String) -> String {
    color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
  }
}
