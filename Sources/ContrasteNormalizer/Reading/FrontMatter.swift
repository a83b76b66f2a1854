import Yams

/// The YAML front matter of a Markdown article: the keys Contraste reads.
struct FrontMatter: Sendable, Equatable {
  var title: String?
  var outlet: String?
  var date: DayDate?
  var url: String?
  /// Number of lines the front matter takes, including both `---` lines.
  var lineCount: Int

  /// Parses front matter at the start of `text`; nil when the text has none.
  static func parse(_ text: String, path: String) throws(ReaderError) -> FrontMatter? {
    // Lines are read one at a time from the UTF-8 and only up to the closing `---`: the
    // article after it is never split.
    var lines: [String] = []
    var close: Int?
    let bytes = text.utf8
    var start = bytes.startIndex
    while start < bytes.endIndex, close == nil {
      var end = start
      while end < bytes.endIndex, bytes[end] != 0x0A, bytes[end] != 0x0D { end = bytes.index(after: end) }
      let line = Substring(text.utf8[start..<end]).trimmingCharacters(in: " \t")
      if lines.isEmpty, line != "---" { return nil }
      if !lines.isEmpty, line == "---" || line == "..." {
        close = lines.count
      } else {
        lines.append(String(Substring(text.utf8[start..<end])))
      }
      // `\r\n` ends one line, as do `\n` and `\r` alone.
      if end < bytes.endIndex, bytes[end] == 0x0D, bytes.index(after: end) < bytes.endIndex,
        bytes[bytes.index(after: end)] == 0x0A
      {
        end = bytes.index(after: end)
      }
      if end == bytes.endIndex { break }
      start = bytes.index(after: end)
    }
    guard let close else {
      if lines.isEmpty { return nil }
      throw .unterminatedFrontMatter(path: path)
    }
    let yaml = lines[1..<close].joined(separator: "\n")
    var result = FrontMatter(lineCount: close + 1)
    let node: Node?
    do {
      node = try Yams.compose(yaml: yaml)
    } catch let error as YamlError {
      throw .malformedFrontMatter(path: path, line: 1 + Self.line(of: error), problem: Self.problem(of: error))
    } catch {
      throw .malformedFrontMatter(path: path, line: 2, problem: "\(error)")
    }
    guard let node else { return result }
    guard let mapping = node.mapping else {
      throw .malformedFrontMatter(path: path, line: 2, problem: "expected 'key: value' lines")
    }
    for (keyNode, valueNode) in mapping {
      guard let key = keyNode.string else { continue }
      let line = 1 + (keyNode.mark?.line ?? 1)
      guard ["title", "outlet", "date", "url"].contains(key) else { continue }
      guard let value = valueNode.scalar?.string else {
        throw .malformedFrontMatter(path: path, line: line, problem: "'\(key)' must be a single value")
      }
      switch key {
      case "title": result.title = value
      case "outlet": result.outlet = value
      case "url": result.url = value
      default:
        guard let date = DayDate(iso: value) else {
          throw .badDate(path: path, line: line, key: key, value: value)
        }
        result.date = date
      }
    }
    return result
  }

  private init(lineCount: Int) { self.lineCount = lineCount }

  private static func line(of error: YamlError) -> Int {
    switch error {
    case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
      return mark.line
    default: return 1
    }
  }

  private static func problem(of error: YamlError) -> String {
    switch error {
    case .scanner(_, let problem, _, _), .parser(_, let problem, _, _), .composer(_, let problem, _, _):
      return problem
    default: return "\(error)"
    }
  }
}

extension Substring {
  /// The substring without leading and trailing characters from `set`.
  func trimmingCharacters(in set: String) -> String {
    var view = self[...]
    while let first = view.first, set.contains(first) { view = view.dropFirst() }
    while let last = view.last, set.contains(last) { view = view.dropLast() }
    return String(view)
  }
}
