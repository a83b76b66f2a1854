import ContrasteNormalizer

/// How `contraste read` shows an article.
struct ArticleView: Encodable {
  struct SegmentView: Encodable {
    var start: Int
    var end: Int
    var line: Int
    var column: Int
    var kind: String
    var boilerplate: String?
    var text: String
  }

  var id: String
  var source: String
  var outlet: String?
  var title: String?
  var url: String?
  var date: String?
  var dateSource: String?
  var datelinePlace: String?
  var warnings: [String]
  var segments: [SegmentView]

  init(_ article: Article) {
    id = article.id
    source = article.source
    outlet = article.outlet
    title = article.title
    url = article.url
    date = article.published?.value
    dateSource = article.published?.source.rawValue
    datelinePlace = article.dateline?.place
    warnings = article.warnings.map(\.message)
    segments = article.segments.map { segment in
      let location = article.location(of: segment.range.lowerBound)
      return SegmentView(
        start: segment.range.lowerBound, end: segment.range.upperBound, line: location.line,
        column: location.column, kind: segment.kind.rawValue, boilerplate: segment.boilerplate?.rawValue,
        text: article.quote(segment.range))
    }
  }

  /// The plain-text view.
  static func text(_ article: Article) -> String {
    let view = ArticleView(article)
    var lines = ["\(view.id)"]
    lines.append("  outlet: \(view.outlet ?? "—")")
    lines.append("  title: \(view.title ?? "—")")
    lines.append("  url: \(view.url ?? "—")")
    if let date = view.date, let source = view.dateSource {
      lines.append("  date: \(date) (from \(source))")
    } else {
      lines.append("  date: none")
    }
    lines.append("  dateline: \(view.datelinePlace ?? "—")")
    lines.append("  segments:")
    for segment in view.segments {
      let mark = segment.boilerplate.map { "[\($0)] " } ?? (segment.kind == "sentence" ? "" : "[\(segment.kind)] ")
      lines.append("    \(segment.line):\(segment.column)  \(mark)\(segment.text)")
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
