import Foundation

/// Reads articles into ``Article`` values.
///
/// Decodes bytes, parses front matter and metadata lines, classifies lines, finds the dateline
/// and publication date, and segments sentences. Not thread-safe: one per task.
public struct ArticleReader {
  /// The input formats.
  public enum Format: String, Sendable, CaseIterable {
    case text = "txt"
    case markdown = "md"
    case jsonl

    /// The format for a path's extension, or nil when Contraste does not read it.
    public init?(path: String) {
      switch ArticleReader.pathExtension(path).lowercased() {
      case "txt", "text": self = .text
      case "md", "markdown": self = .markdown
      case "jsonl", "ndjson": self = .jsonl
      default: return nil
      }
    }
  }

  public let folder: Folder
  /// Files larger than this are refused with an error rather than read into memory.
  public var maxBytes = 64 << 20
  /// Keep each article's folded text in `FileResult.folded`, for a caller that folds with the
  /// same table next (the audit), instead of folding every article twice.
  public var keepsFolded = false
  private let segmenter: SentenceSegmenter
  private let classifier: LineClassifier
  private let decoder = TextDecoder()

  public init(folder: Folder) throws(ICUError) {
    self.folder = folder
    self.segmenter = try SentenceSegmenter(folder: folder)
    let names = try MonthNames(folder: folder)
    self.classifier = LineClassifier(folder: folder, datelines: DatelineParser(folder: folder, names: names))
  }

  public init() throws(ICUError) { try self.init(folder: Folder()) }

  /// What reading one file gave: its articles (several for JSONL) and the problems found.
  public struct FileResult: Sendable {
    public var articles: [Article] = []
    public var errors: [ReaderError] = []
    public var warnings: [ReadWarning] = []
    /// With `keepsFolded`, `folded[i]` is `articles[i].text` folded by the reader's folder.
    public var folded: [FoldedText?] = []
    /// With `keepsFolded`, `scalars[i]` is `articles[i].text`'s scalars (the extractor's too).
    package var scalars: [[Unicode.Scalar]] = []
    /// The file read, when it could be opened.
    public var identity: FileIdentity?
  }

  /// Reads the file at `path`; `id` is its id (the path relative to the corpus root).
  public func read(path: String, id: String) -> FileResult {
    var result = FileResult()
    do {
      // Opened first and asked with `fstat`: one path lookup per file, not two. The checks keep
      // their order; a file that cannot be opened gets them from `stat` (see `File.open`).
      let file = try File.open(path)
      defer { file.close() }
      result.identity = file.identity
      guard let format = Format(path: path) else {
        throw ReaderError.unsupportedType(path: path, extension: Self.pathExtension(path))
      }
      if file.size > maxBytes { throw ReaderError.tooLarge(path: path, bytes: file.size, limit: maxBytes) }
      // Checked before reading: a regular file of no bytes is empty.
      if file.size == 0, file.isRegular { throw ReaderError.empty(path: path) }
      let bytes = try file.bytes()
      guard !bytes.isEmpty else { throw ReaderError.empty(path: path) }
      let (text, warning) = try decoder.decode(bytes, path: path)
      if let warning { result.warnings.append(warning) }
      switch format {
      case .jsonl:
        readJSONL(text, path: path, into: &result)
      case .text, .markdown:
        var (article, folded, scalars) = try self.foldedArticle(id: id, source: path, text: text, format: format)
        article.warnings = result.warnings
        if let warning = languageWarning(text, folded: folded, path: path) {
          article.warnings.append(warning)
          result.warnings.append(warning)
        }
        result.articles.append(article)
        if keepsFolded {
          result.folded.append(folded)
          result.scalars.append(scalars)
        }
      }
    } catch let error as ReaderError {
      result.errors.append(error)
    } catch {
      result.errors.append(.unreadable(path: path, reason: "\(error)"))
    }
    return result
  }

  /// A warning when the start of `text` does not read like Spanish.
  private func languageWarning(_ text: String, folded: FoldedText?, path: String) -> ReadWarning? {
    // The first 30,000 characters are plenty to judge and keep the cost flat for huge files.
    if let folded, folded.count <= 30_000 { return LanguageCheck().warning(folded: folded.utf8, path: path) }
    guard let folded = try? folder.fold(String(text.prefix(30_000))) else { return nil }
    return LanguageCheck().warning(folded: folded.utf8, path: path)
  }

  /// Builds an article from text already in memory.
  public func article(
    id: String, source: String, text: String, format: Format = .text, outlet: String? = nil,
    title: String? = nil, url: String? = nil, date: PublicationDate? = nil
  ) throws(ReaderError) -> Article {
    try foldedArticle(
      id: id, source: source, text: text, format: format, outlet: outlet, title: title, url: url, date: date
    ).article
  }

  /// Builds an article and gives the folded text the line classifier made on the way.
  private func foldedArticle(
    id: String, source: String, text: String, format: Format = .text, outlet: String? = nil,
    title: String? = nil, url: String? = nil, date: PublicationDate? = nil
  ) throws(ReaderError) -> (article: Article, folded: FoldedText?, scalars: [Unicode.Scalar]) {
    var text = text
    if text.unicodeScalars.first == "\u{FEFF}" { text.unicodeScalars.removeFirst() }
    guard !text.trimmingSpaces.isEmpty else { throw .empty(path: source) }
    // Plain-text corpora often carry front matter too; there a block that does not parse is
    // simply text, while in Markdown it is an error to fix.
    let frontMatter =
      format == .markdown
      ? try FrontMatter.parse(text, path: source) : ((try? FrontMatter.parse(text, path: source)) ?? nil)
    let scalars = text.scalarArray
    let layout = classifier.classify(
      text, scalars, frontMatterLines: frontMatter?.lineCount ?? 0, markdown: format == .markdown)
    var published = date
    if published == nil, let date = frontMatter?.date { published = PublicationDate(date, source: .frontMatter) }
    if published == nil { published = layout.metadataDate }
    if published == nil, let dateline = layout.dateline, let month = dateline.month, let day = dateline.day {
      published = PublicationDate(
        year: dateline.year, month: month, day: day, source: .dateline, evidence: dateline.range)
    }
    var segments: [Segment]
    do {
      segments = try segmenter.segments(scalars: scalars)
    } catch {
      throw .icu(path: source, error: error)
    }
    Self.mark(&segments, lines: layout.lines, dateline: layout.dateline)
    var title = title ?? frontMatter?.title
    if title == nil, format == .markdown, let heading = layout.lines.first(where: { $0.role == .heading }) {
      title = String(String.UnicodeScalarView(scalars[heading.range])).drop { $0 == "#" || $0 == " " }.description
    }
    let article = Article(
      id: id, source: source, outlet: outlet ?? frontMatter?.outlet, title: title,
      url: url ?? frontMatter?.url, published: published, dateline: layout.dateline, text: text,
      lines: layout.lines, segments: segments, lineIndex: LineIndex(scalars: scalars), warnings: [])
    return (article, layout.folded, scalars)
  }

  /// Gives segments the role of the line they start in.
  private static func mark(_ segments: inout [Segment], lines: [Line], dateline: Dateline?) {
    var lineIndex = 0
    for index in segments.indices {
      let start = segments[index].range.lowerBound
      while lineIndex + 1 < lines.count, lines[lineIndex].range.upperBound < start { lineIndex += 1 }
      guard lineIndex < lines.count else { break }
      let role = lines[lineIndex].role
      segments[index].boilerplate = role.boilerplate
      if role == .heading || role == .relatedHeadline { segments[index].kind = .heading }
      if role == .dateline { segments[index].kind = .dateline }
      if let dateline, segments[index].range.upperBound == dateline.range.upperBound {
        segments[index].kind = .dateline
      }
    }
  }

  private func readJSONL(_ text: String, path: String, into result: inout FileResult) {
    struct Record: Decodable {
      var id: String
      var text: String
      var outlet: String?
      var date: String?
      var title: String?
      var url: String?
    }
    var seen = Set<String>()
    let fileWarnings = result.warnings
    let decoder = JSONDecoder()
    let lines = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }
    for (offset, line) in lines.enumerated() {
      let number = offset + 1
      guard !line.trimmingCharacters(in: " \t\r").isEmpty else { continue }
      do {
        let record: Record
        do {
          record = try decoder.decode(Record.self, from: Data(line.utf8))
        } catch DecodingError.keyNotFound(let key, _) {
          throw ReaderError.jsonlLine(path: path, line: number, problem: "the key \"\(key.stringValue)\" is missing")
        } catch DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context) {
          let key = context.codingPath.last?.stringValue ?? "?"
          throw ReaderError.jsonlLine(path: path, line: number, problem: "\"\(key)\" must be a string")
        } catch {
          throw ReaderError.jsonlLine(path: path, line: number, problem: "the line is not valid JSON")
        }
        guard seen.insert(record.id).inserted else {
          throw ReaderError.duplicateID(path: path, line: number, id: record.id)
        }
        var date: PublicationDate?
        if let value = record.date {
          guard let day = DayDate(iso: value) else {
            throw ReaderError.badDate(path: path, line: number, key: "date", value: value)
          }
          date = PublicationDate(day, source: .jsonl)
        }
        var (article, folded, scalars) = try self.foldedArticle(
          id: record.id, source: "\(path):\(number)", text: record.text, format: .text,
          outlet: record.outlet, title: record.title, url: record.url, date: date)
        article.warnings = fileWarnings
        if let warning = languageWarning(record.text, folded: folded, path: "\(path):\(number)") {
          article.warnings.append(warning)
          result.warnings.append(warning)
        }
        result.articles.append(article)
        if keepsFolded {
          result.folded.append(folded)
          result.scalars.append(scalars)
        }
      } catch let error as ReaderError {
        result.errors.append(error)
      } catch {
        result.errors.append(.jsonlLine(path: path, line: number, problem: "\(error)"))
      }
    }
  }

  /// Size and kind of the file at `path`; throws when it does not exist or is a directory.
  static func status(of path: String) throws(ReaderError) -> (size: Int, isRegular: Bool) {
    var info = stat()
    guard stat(path, &info) == 0 else { throw .notFound(path: path) }
    return try File.status(info, path: path)
  }

  /// The bytes of a file, with errors that say what is wrong with the path.
  static func bytes(at path: String, sizeHint: Int = 0) throws(ReaderError) -> [UInt8] {
    let file = try File.open(path)
    defer { file.close() }
    return try file.bytes(sizeHint: sizeHint)
  }

  /// The extension of the last path component, as `NSString.pathExtension` gives it.
  static func pathExtension(_ path: String) -> String {
    // On UTF-8 bytes, searched from the end: `/` and `.` are ASCII, and comparing characters
    // (grapheme clusters) cost more than reading a small file.
    let bytes = path.utf8
    var end = bytes.endIndex
    while bytes.distance(from: bytes.startIndex, to: end) > 1, bytes[bytes.index(before: end)] == UInt8(ascii: "/") {
      end = bytes.index(before: end)
    }
    let name = bytes[..<end].lastIndex(of: UInt8(ascii: "/")).map { bytes.index(after: $0) } ?? bytes.startIndex
    guard let dot = bytes[name..<end].lastIndex(of: UInt8(ascii: ".")), dot != name else { return "" }
    return String(decoding: bytes[bytes.index(after: dot)..<end], as: UTF8.self)
  }
}
