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
      let fence = Self.fence(text.utf8[start..<end])
      if lines.isEmpty, fence != UInt8(ascii: "-") { return nil }
      if !lines.isEmpty, fence != nil {
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
    var result = FrontMatter(lineCount: close + 1)
    if let entries = simpleEntries(lines[1..<close]) {
      for (key, value, line) in entries { try result.set(key, value, line: line, path: path) }
      return result
    }
    let yaml = lines[1..<close].joined(separator: "\n")
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
      try result.set(key, value, line: line, path: path)
    }
    return result
  }

  /// Stores the value of one of the keys Contraste reads.
  private mutating func set(_ key: String, _ value: String, line: Int, path: String) throws(ReaderError) {
    switch key {
    case "title": title = value
    case "outlet": outlet = value
    case "url": url = value
    case "date":
      guard let date = DayDate(iso: value) else { throw .badDate(path: path, line: line, key: key, value: value) }
      self.date = date
    default: break
    }
  }

  /// What YAML prints as it is (its printable set, without tab and the byte order mark).
  static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x20...0x7E, 0xA0...0xD7FF, 0x1_0000...0x10_FFFF: true
    case 0xE000...0xFFFD: scalar.value != 0xFEFF
    default: false
    }
  }

  /// The entries of front matter made only of `key: value` lines whose values YAML reads as
  /// written (plain, or double-quoted without escapes), with their line numbers in the file;
  /// nil for anything else, which YAML's own parser then reads.
  ///
  /// Parsing YAML cost a tenth of reading a Markdown article; nearly all front matter is this simple.
  static func simpleEntries(_ lines: ArraySlice<String>) -> [(key: String, value: String, line: Int)]? {
    var entries: [(key: String, value: String, line: Int)] = []
    for (offset, line) in zip(lines.indices, lines) {
      if line.isEmpty { continue }
      // Read by bytes when every scalar of the line is a character of its own (nearly always);
      // by characters otherwise, as YAML reads them.
      guard let (key, text) = isOwnCharacters(line) ? byteEntry(line) : characterEntry(line) else { return nil }
      // A repeated key is an error YAML's parser reports.
      guard !entries.contains(where: { $0.key == key }) else { return nil }
      // Line numbers in the file: the opening `---` is line 1.
      entries.append((key, text, offset + 1))
    }
    return entries
  }

  /// The key and value of one simple `key: value` line (see `simpleEntries`), read by
  /// characters; nil when the line is not that simple.
  static func characterEntry(_ line: String) -> (key: String, value: String)? {
    guard let colon = line.firstIndex(of: ":"),
      line[..<colon].allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-") }),
      colon != line.startIndex, line[line.index(after: colon)...].hasPrefix(" ")
    else { return nil }
    let value = line[line.index(after: colon)...].trimmingCharacters(in: " ")
    // YAML refuses control characters and a few other code points: leave those to its parser.
    guard !value.isEmpty, value.unicodeScalars.allSatisfy(Self.isPrintable) else { return nil }
    let text: String
    if value.hasPrefix("\"") {
      let inner = value.dropFirst().dropLast()
      guard value.count >= 2, value.hasSuffix("\""), !inner.utf8.contains(UInt8(ascii: "\"")),
        !inner.utf8.contains(UInt8(ascii: "\\"))
      else { return nil }
      text = String(inner)
    } else {
      // A plain scalar: no indicator first, no `: ` or ` #` inside, no `:` at the end.
      // (Substrings searched by bytes: `contains(": ")` would be Foundation's locale-aware search.)
      guard let first = value.first, !Self.indicators.contains(first), !value.containsBytes(": "),
        !value.containsBytes(" #"), !value.hasSuffix(":")
      else { return nil }
      text = value
    }
    return (String(line[..<colon]), text)
  }

  /// Characters a plain YAML scalar may not start with.
  static let indicators = "-?:,[]{}#&*!|>'\"%@`"

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
