import ContrasteCompare
import Foundation

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
      lines.append("| \(code(document.id)) | \(escape(document.outlet ?? "—")) | \(date) |")
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
              "  - \(code("\(evidence.article):\(evidence.line):\(evidence.column)")) «\(escape(evidence.quote))»")
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

  /// A code span: no backslash escapes inside (Markdown does not read them there), a fence
  /// longer than any run of backticks in the text, and `|` escaped for tables.
  func code(_ text: String) -> String {
    var longest = 0
    var run = 0
    for character in text {
      run = character == "`" ? run + 1 : 0
      longest = max(longest, run)
    }
    let fence = String(repeating: "`", count: longest + 1)
    let body = text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    return fence + (body.hasPrefix("`") || body.hasSuffix("`") ? " \(body) " : body) + fence
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
