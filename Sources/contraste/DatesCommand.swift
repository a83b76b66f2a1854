import ArgumentParser
import ContrasteNormalizer
import ContrasteTemporal
import Foundation

/// `contraste dates`: the temporal expressions of an article, resolved to TIMEX3 values.
struct DatesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "dates",
    abstract: "List temporal expressions with their TIMEX3 values.",
    discussion: """
      Reads articles (.txt, .md, .jsonl files or folders) or standard input (-). Values are
      resolved against --dct, else the article's own date (front matter, metadata line, dateline).
      With --jsonl, reads lines {"id": "…", "text": "…", "dct": "YYYY-MM-DD" or null} from the
      files given (or standard input) and writes one JSON line of mentions per input line.
      """
  )

  @Argument(help: "Article files or folders, or - for standard input.")
  var inputs: [String] = []

  @Option(help: "Publication date (DCT) as YYYY-MM-DD; overrides the article's own date.")
  var dct: String?

  @Option(help: "Output format: text or json.")
  var format: OutputFormat = .text

  @Flag(help: "Read JSON lines {\"id\", \"text\", \"dct\"} and write one JSON line per input line.")
  var jsonl = false

  func validate() throws {
    if let dct, DayDate(iso: dct) == nil {
      throw ValidationError("--dct must be a real date written YYYY-MM-DD, e.g. --dct 2025-12-11 (got '\(dct)')")
    }
    if !jsonl, inputs.isEmpty {
      throw ValidationError("give an article file, or - to read standard input (see --help)")
    }
  }

  func run() throws {
    let tagger = try TemporalTagger(folder: Folder())
    let override = dct.flatMap { DayDate(iso: $0) }
    if jsonl {
      if try !runJSONL(tagger, dct: override) { throw ExitCode.inputError }
      return
    }
    let reader = try ArticleReader(folder: Folder())
    var articles: [Article] = []
    var failed = false
    for input in inputs {
      if input == "-" {
        let text = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
        do {
          articles.append(try reader.article(id: "-", source: "standard input", text: text))
        } catch {
          Terminal.error("error: \(error)")
          failed = true
        }
      } else {
        let corpus = CorpusReader(reader: reader).read([input])
        articles += corpus.articles
        failed = Terminal.report(skipped: corpus.skipped, warnings: corpus.warnings) || failed
      }
    }
    let views = articles.map { DatesView($0, mentions: tagger.tag($0, dct: override), override: override) }
    switch format {
    case .text: Terminal.write(views.map(\.table).joined(separator: "\n"))
    case .json: Terminal.write(try Terminal.json(views))
    }
    if failed { throw ExitCode.inputError }
  }

  /// Tags JSON lines; returns false when a line was malformed (each is reported on stderr).
  private func runJSONL(_ tagger: TemporalTagger, dct override: DayDate?) throws -> Bool {
    struct Input: Decodable {
      var id: String
      var text: String
      var dct: String?
    }
    struct Output: Encodable {
      var id: String
      var mentions: [JSONLMention]
    }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    let decoder = JSONDecoder()
    var clean = true
    let sources = inputs.isEmpty ? ["-"] : inputs
    for source in sources {
      let data: Data
      if source == "-" {
        data = FileHandle.standardInput.readDataToEndOfFile()
      } else if let contents = FileManager.default.contents(atPath: source) {
        data = contents
      } else {
        Terminal.error("error: cannot read \(source): check that the file exists and is readable")
        clean = false
        continue
      }
      let name = source == "-" ? "standard input" : source
      var output = ""
      // `\r\n` is one Character: split on both line ends.
      let lines = String(decoding: data, as: UTF8.self).split(omittingEmptySubsequences: false) {
        $0 == "\n" || $0 == "\r\n"
      }
      for (offset, line) in lines.enumerated() {
        guard !line.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\r" }) else { continue }
        let number = offset + 1
        let input: Input
        do {
          input = try decoder.decode(Input.self, from: Data(line.utf8))
        } catch {
          Terminal.error(
            "error: \(name):\(number): \(Self.problem(error)); write one JSON object per line, "
              + #"e.g. {"id": "a1", "text": "…", "dct": "2025-12-11"} ("dct" may be null)"#)
          clean = false
          continue
        }
        var date = override
        if date == nil, let text = input.dct {
          guard let parsed = DayDate(iso: text) else {
            Terminal.error(
              "error: \(name):\(number): \"dct\" is '\(text)', not a date; "
                + "write it YYYY-MM-DD (e.g. \"2025-12-11\") or null")
            clean = false
            continue
          }
          date = parsed
        }
        let mentions = tagger.tag(input.text, dct: date).map(JSONLMention.init)
        output += String(decoding: try encoder.encode(Output(id: input.id, mentions: mentions)), as: UTF8.self) + "\n"
      }
      Terminal.write(output)
    }
    return clean
  }

  /// What is wrong with a JSON line, for people.
  private static func problem(_ error: Error) -> String {
    switch error {
    case DecodingError.keyNotFound(let key, _): return "the key \"\(key.stringValue)\" is missing"
    case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
      let key = context.codingPath.last?.stringValue ?? "?"
      return key == "dct" ? "\"dct\" must be a string or null" : "\"\(key)\" must be a string"
    default: return "the line is not valid JSON"
    }
  }
}

/// One mention of `contraste dates --jsonl`.
struct JSONLMention: Encodable {
  var start: Int
  var end: Int
  var text: String
  var type: String
  var value: String
  var granularity: String
  var anchor: String
  var mod: String?
  var range: String?
  var startPoint: Bool?
  var diagnostic: String?

  enum CodingKeys: String, CodingKey {
    case start, end, text, type, value, granularity, anchor, mod, range, diagnostic
    case startPoint = "start_point"
  }

  init(_ mention: TemporalMention) {
    start = mention.range.lowerBound
    end = mention.range.upperBound
    text = mention.text
    type = mention.type.rawValue
    value = mention.value
    granularity = mention.granularity.rawValue
    anchor = mention.anchor.rawValue
    mod = mention.mod?.rawValue
    range = mention.rangeRole?.rawValue
    startPoint = mention.isStart ? true : nil
    diagnostic = mention.diagnostics.first?.kind.rawValue
  }
}

/// How `contraste dates` shows one article's mentions.
struct DatesView: Encodable {
  struct MentionView: Encodable {
    var start: Int
    var end: Int
    var line: Int
    var column: Int
    var text: String
    var type: String
    var value: String
    var granularity: String
    var anchor: String
    var tense: String
    var mod: String?
    var isStart: Bool
    var range: String?
    var first: String?
    var last: String?
    var diagnostics: [String]
  }

  var id: String
  var dct: String?
  var dctSource: String?
  var mentions: [MentionView]

  init(_ article: Article, mentions: [TemporalMention], override: DayDate?) {
    id = article.id
    if let override {
      dct = override.description
      dctSource = "cli"
    } else if let date = article.published?.date {
      dct = date.description
      dctSource = article.published?.source.rawValue
    }
    self.mentions = mentions.map { mention in
      let location = article.location(of: mention.range.lowerBound)
      return MentionView(
        start: mention.range.lowerBound, end: mention.range.upperBound, line: location.line,
        column: location.column, text: mention.text, type: mention.type.rawValue, value: mention.value,
        granularity: mention.granularity.rawValue, anchor: mention.anchor.rawValue, tense: mention.tense.rawValue,
        mod: mention.mod?.rawValue, isStart: mention.isStart, range: mention.rangeRole?.rawValue,
        first: mention.interval?.lowerBound.description, last: mention.interval?.upperBound.description,
        diagnostics: mention.diagnostics.map(\.message))
    }
  }

  /// The plain-text table.
  var table: String {
    var lines = ["\(id)  (DCT: \(dct.map { "\($0) from \(dctSource ?? "?")" } ?? "none"))"]
    guard !mentions.isEmpty else { return lines[0] + "\n  no temporal expressions\n" }
    let header = ["EXPRESSION", "VALUE", "GRANULARITY", "ANCHOR", "LINE:COL", "NOTES"]
    let rows = mentions.map { mention -> [String] in
      var notes: [String] = []
      if let mod = mention.mod { notes.append("mod=\(mod)") }
      if mention.isStart { notes.append("start") }
      if let range = mention.range { notes.append("range=\(range)") }
      notes += mention.diagnostics
      return [
        mention.text, mention.value, mention.granularity, mention.anchor, "\(mention.line):\(mention.column)",
        notes.joined(separator: "; "),
      ]
    }
    let widths = (0..<header.count).map { column in ([header] + rows).map { $0[column].count }.max() ?? 0 }
    for row in [header] + rows {
      let cells = row.enumerated().map { column, cell in
        column == row.count - 1 ? cell : cell.padding(toLength: widths[column], withPad: " ", startingAt: 0)
      }
      lines.append("  " + cells.joined(separator: "  ").trimmingCharacters(in: .whitespaces))
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
