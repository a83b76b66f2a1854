import ContrasteCompare

extension ReportRenderer {
  /// Markdown, for pull-request comments and job summaries.
  func markdown(_ audit: Audit) -> String {
    var lines = ["# \(words.title(documents: audit.documents.count))", "", words.summary(counts(audit)), ""]
    lines.append("## \(words.documentsTitle)")
    lines.append("")
    lines.append("| id | \(language == .spanish ? "medio" : "outlet") | \(language == .spanish ? "fecha" : "date") |")
    lines.append("|---|---|---|")
    for document in audit.documents {
      let date = document.date.map { "\($0) (\(document.dateSource ?? ""))" } ?? words.noDate
      lines.append("| `\(escape(document.id))` | \(escape(document.outlet ?? "—")) | \(date) |")
    }
    lines.append("")
    for (kind, findings) in sections(audit) {
      lines.append("## \(words.kind(kind, plural: true)) (\(findings.count))")
      lines.append("")
      for finding in findings {
        lines.append("### \(escape(heading(finding))) · \(words.severity(finding.severity))")
        lines.append("")
        lines.append(escape(words.message(finding)))
        lines.append("")
        for value in finding.values {
          lines.append("- **\(escape(valueLine(value, finding: finding)))**")
          for evidence in value.evidence {
            lines.append(
              "  - `\(escape(evidence.article)):\(evidence.line):\(evidence.column)` «\(escape(evidence.quote))»")
          }
        }
        lines.append("")
      }
    }
    if !audit.skipped.isEmpty {
      lines.append("## \(words.skippedTitle) (\(audit.skipped.count))")
      lines.append("")
      for skipped in audit.skipped { lines.append("- \(escape(skipped.reason))") }
      lines.append("")
    }
    return lines.joined(separator: "\n")
  }

  /// Escapes Markdown and HTML syntax in article text.
  func escape(_ text: String) -> String {
    var result = ""
    for character in text {
      switch character {
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "&": result += "&amp;"
      case "\\", "`", "*", "_", "[", "]", "|", "#": result += "\\\(character)"
      case "\n": result += " "
      default: result.append(character)
      }
    }
    return result
  }
}
