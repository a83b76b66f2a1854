/// One news article as read from a corpus, with everything later stages need to cite it.
public struct Article: Sendable, Codable {
  /// Path relative to the corpus root (or the `id` of a JSONL record).
  public var id: String
  /// Where it was read from: a file path, or `corpus.jsonl:3` for a JSONL record.
  public var source: String
  public var outlet: String?
  public var title: String?
  public var url: String?
  /// The publication date and where it came from.
  public var published: PublicationDate?
  /// The dateline, when the article opens with one.
  public var dateline: Dateline?
  /// The article text as decoded (not normalised): every offset points into it.
  public var text: String
  /// The lines of `text` with their roles (body, heading, credit…).
  public var lines: [Line]
  /// Sentence segments, boilerplate marked.
  public var segments: [Segment]
  public var lineIndex: LineIndex
  /// Things the reader noticed, such as a converted encoding.
  public var warnings: [ReadWarning]

  /// The original text of a scalar range.
  public func quote(_ range: Range<Int>) -> String {
    let scalars = text.unicodeScalars
    let start = scalars.index(scalars.startIndex, offsetBy: range.lowerBound)
    let end = scalars.index(start, offsetBy: range.count)
    return String(scalars[start..<end])
  }

  /// 1-based line and column of a scalar offset.
  public func location(of offset: Int) -> (line: Int, column: Int) { lineIndex.location(of: offset) }
}

/// A line of an article and its role.
public struct Line: Sendable, Hashable, Codable {
  /// Scalar range of the line without its line break.
  public var range: Range<Int>
  public var role: LineRole

  public init(range: Range<Int>, role: LineRole) {
    self.range = range
    self.role = role
  }
}

/// What a line of an article is.
public enum LineRole: String, Sendable, Hashable, Codable, CaseIterable {
  case body
  case blank
  case heading
  case dateline
  case frontMatter = "front-matter"
  case metadata
  case credit
  case byline
  case bulletSummary = "bullet-summary"
  case relatedHeadline = "related-headline"

  /// The boilerplate kind, or nil when later stages read the line.
  ///
  /// A `switch`, not `Boilerplate(rawValue: rawValue)`: that compares strings, once per segment.
  public var boilerplate: Boilerplate? {
    switch self {
    case .body, .blank, .heading, .dateline: nil
    case .frontMatter: .frontMatter
    case .metadata: .metadata
    case .credit: .credit
    case .byline: .byline
    case .bulletSummary: .bulletSummary
    case .relatedHeadline: .relatedHeadline
    }
  }
}

/// Lines that are kept and shown but that later stages skip.
public enum Boilerplate: String, Sendable, Hashable, Codable {
  case frontMatter = "front-matter"
  case metadata
  case credit
  case byline
  case bulletSummary = "bullet-summary"
  case relatedHeadline = "related-headline"
}

/// An article's publication date, possibly without a year (`PUEBLA, Pue., 2 de febrero.-`).
public struct PublicationDate: Sendable, Hashable, Codable {
  /// Where the date came from, in order of precedence.
  public enum Source: String, Sendable, Hashable, Codable {
    case cli
    case frontMatter = "front-matter"
    case jsonl
    case metadataLine = "metadata-line"
    case dateline
  }

  public var year: Int?
  public var month: Int
  public var day: Int
  public var source: Source
  /// Where in the text the date is written (nil for the CLI and JSON fields).
  public var evidence: Range<Int>?

  public init(year: Int?, month: Int, day: Int, source: Source, evidence: Range<Int>? = nil) {
    self.year = year
    self.month = month
    self.day = day
    self.source = source
    self.evidence = evidence
  }

  public init(_ date: DayDate, source: Source, evidence: Range<Int>? = nil) {
    self.init(year: date.year, month: date.month, day: date.day, source: source, evidence: evidence)
  }

  /// The full date when the year is known.
  public var date: DayDate? { year.flatMap { DayDate(year: $0, month: month, day: day) } }

  /// `YYYY-MM-DD`, or `XXXX-MM-DD` without a year.
  public var value: String {
    let monthDay = String(format2: month) + "-" + String(format2: day)
    return (year.map { String($0) } ?? "XXXX") + "-" + monthDay
  }
}

/// A dateline: the place (and often the date) that opens a news story.
public struct Dateline: Sendable, Hashable, Codable {
  public var place: String
  /// Month and day, with the year when written.
  public var year: Int?
  public var month: Int?
  public var day: Int?
  /// Scalar range of the whole dateline, such as `México, 11 de enero de 2026.-`.
  public var range: Range<Int>

  public init(place: String, year: Int? = nil, month: Int? = nil, day: Int? = nil, range: Range<Int>) {
    self.place = place
    self.year = year
    self.month = month
    self.day = day
    self.range = range
  }
}

extension String {
  /// A two-digit zero-padded number.
  init(format2 value: Int) { self = value < 10 ? "0\(value)" : String(value) }
}
