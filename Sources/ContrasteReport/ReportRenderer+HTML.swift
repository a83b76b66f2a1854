import ContrasteClaims
import ContrasteCompare

extension ReportRenderer {
  /// A self-contained HTML page: no external assets, every article string escaped, evidence shown
  /// side by side with the quote highlighted in its context.
  func html(_ audit: Audit, texts: [String: String]) -> String {
    var body: [String] = []
    body.append("<h1>\(h(words.title(documents: audit.documents.count)))</h1>")
    body.append("<p class=\"summary\">\(h(words.summary(counts(audit))))</p>")
    body.append(
      "<table class=\"docs\"><tr><th>id</th><th>\(language == .spanish ? "medio" : "outlet")</th><th>\(language == .spanish ? "fecha" : "date")</th></tr>"
    )
    for document in audit.documents {
      let date = document.date.map { "\($0) (\(document.dateSource ?? ""))" } ?? words.noDate
      body.append(
        "<tr><td><code>\(h(document.id))</code></td><td>\(h(document.outlet ?? "—"))</td><td>\(h(date))</td></tr>")
    }
    body.append("</table>")
    for (kind, findings) in sections(audit) {
      body.append("<h2 class=\"\(kind.rawValue)\">\(h(words.kind(kind, plural: true))) (\(findings.count))</h2>")
      for finding in findings {
        body.append("<section class=\"finding \(finding.kind.rawValue) \(finding.severity.rawValue)\">")
        body.append("<h3><span class=\"sev\">\(h(words.severity(finding.severity)))</span> \(h(heading(finding)))</h3>")
        body.append("<p>\(h(words.message(finding)))</p>")
        body.append("<div class=\"values\">")
        for value in finding.values {
          body.append("<div class=\"value\"><h4>\(h(valueLine(value, finding: finding)))</h4>")
          for evidence in value.evidence {
            body.append("<blockquote><cite>\(h(evidence.article)):\(evidence.line):\(evidence.column)</cite>")
            body.append("<p>\(context(evidence, texts: texts))</p></blockquote>")
          }
          body.append("</div>")
        }
        body.append("</div></section>")
      }
    }
    if !audit.skipped.isEmpty {
      body.append("<h2>\(h(words.skippedTitle))</h2><ul>")
      for skipped in audit.skipped { body.append("<li>\(h(skipped.reason))</li>") }
      body.append("</ul>")
    }
    return """
      <!DOCTYPE html>
      <html lang="\(language.rawValue)">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
      <title>\(h(words.title(documents: audit.documents.count)))</title>
      <style>
      body { font: 15px/1.45 system-ui, sans-serif; margin: 2em auto; max-width: 72em; color: #1d1d1f; padding: 0 1em; }
      h2.contradiction { color: #b00020; }
      .finding { border: 1px solid #ddd; border-radius: 6px; padding: .6em 1em; margin: .8em 0; }
      .finding.error { border-left: 6px solid #b00020; }
      .finding.warning { border-left: 6px solid #c77700; }
      .sev { font-size: .8em; text-transform: uppercase; color: #555; }
      .values { display: flex; flex-wrap: wrap; gap: 1em; }
      .value { flex: 1 1 22em; background: #fafafa; padding: .4em .8em; border-radius: 4px; }
      .value h4 { margin: .3em 0; }
      blockquote { margin: .4em 0; padding: .2em .6em; border-left: 3px solid #ccc; }
      cite { display: block; font-size: .8em; color: #555; font-style: normal; }
      mark { background: #ffe58a; }
      table.docs { border-collapse: collapse; }
      table.docs td, table.docs th { border: 1px solid #ddd; padding: .2em .5em; text-align: left; }
      </style>
      </head>
      <body>
      \(body.joined(separator: "\n"))
      </body>
      </html>

      """
  }

  /// The quote with up to 100 characters of context on each side, escaped, quote marked.
  private func context(_ evidence: ContrasteClaims.Evidence, texts: [String: String]) -> String {
    guard let text = texts[evidence.article] else { return "<mark>\(h(evidence.quote))</mark>" }
    let scalars = Array(text.unicodeScalars)
    guard evidence.end <= scalars.count, evidence.start <= evidence.end else {
      return "<mark>\(h(evidence.quote))</mark>"
    }
    let before = String(String.UnicodeScalarView(scalars[max(0, evidence.start - 100)..<evidence.start]))
    let quote = String(String.UnicodeScalarView(scalars[evidence.start..<evidence.end]))
    let after = String(String.UnicodeScalarView(scalars[evidence.end..<min(scalars.count, evidence.end + 100)]))
    return "…\(h(before))<mark>\(h(quote))</mark>\(h(after))…"
  }

  /// Escapes text for HTML content and attribute values.
  func h(_ text: String) -> String { Self.escapeMarkup(text) }

  /// Text safe inside HTML or XML, in element content and in quoted attributes.
  public static func escapeMarkup(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.count)
    for character in text {
      switch character {
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "&": result += "&amp;"
      case "\"": result += "&quot;"
      case "'": result += "&#39;"
      default: result.append(character)
      }
    }
    return result
  }
}
