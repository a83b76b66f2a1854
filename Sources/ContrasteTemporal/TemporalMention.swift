import ContrasteNormalizer

/// A temporal expression found in a text and resolved to a TIMEX3 value.
public struct TemporalMention: Sendable, Hashable, Codable {
  /// TIMEX3 types.
  public enum Kind: String, Sendable, Hashable, Codable {
    case date = "DATE"
    case time = "TIME"
    case duration = "DURATION"
    case set = "SET"
  }

  /// What the value was resolved against.
  public enum Anchor: String, Sendable, Hashable, Codable {
    /// The publication date (relative words, a date without a year, a weekday).
    case dct
    /// Nothing: the text writes the value in full (durations and sets too).
    case absolute
    /// No DCT: the year was inferred from another date written in the text.
    case inferred
    /// Unresolved: the value keeps its `X`s.
    case none
  }

  /// TIMEX3 `mod`: the part of the period meant (`principios de`, `mediados de`, `finales de`).
  public enum Modifier: String, Sendable, Hashable, Codable {
    case start = "START"
    case mid = "MID"
    case end = "END"
  }

  /// The end of a closed range a mention is (`del [13] al [15 de julio]`).
  public enum RangeRole: String, Sendable, Hashable, Codable {
    case from
    case to
  }

  /// The tense cue used to place a date without a year (or a weekday) before or after the DCT.
  public enum Tense: String, Sendable, Hashable, Codable {
    case past
    case future
    case none
  }

  /// Unicode-scalar offsets into the tagged text, end exclusive.
  public let range: Range<Int>
  /// The text of `range`, exactly as written.
  public let text: String
  public let type: Kind
  /// The TIMEX3 value (`2025-12-11`, `XXXX-12-11`, `P3W`).
  public let value: String
  public let timex: Timex
  /// First and last day the value covers, when known (narrowed by `mod`).
  public let interval: ClosedRange<DayDate>?
  public let anchor: Anchor
  public let mod: Modifier?
  /// True for the start of an open period (`a partir del 1 de abril`); the value is that start.
  public let isStart: Bool
  public let rangeRole: RangeRole?
  public let tense: Tense
  public let diagnostics: [TemporalDiagnostic]

  /// How fine the value is (day, week, month…).
  public var granularity: Timex.Granularity { timex.granularity }

  init(
    range: Range<Int>, text: String, type: Kind, timex: Timex, anchor: Anchor, mod: Modifier? = nil,
    isStart: Bool = false, rangeRole: RangeRole? = nil, tense: Tense = .none, diagnostics: [TemporalDiagnostic] = []
  ) {
    self.range = range
    self.text = text
    self.type = type
    self.value = timex.value
    self.timex = timex
    self.interval = timex.interval.map { Self.narrow($0, by: mod) }
    self.anchor = anchor
    self.mod = mod
    self.isStart = isStart
    self.rangeRole = rangeRole
    self.tense = tense
    self.diagnostics = diagnostics
  }

  /// The first, middle or last third of `interval`; for one month, days 1–10, 11–20, 21–end.
  static func narrow(_ interval: ClosedRange<DayDate>, by mod: Modifier?) -> ClosedRange<DayDate> {
    guard let mod else { return interval }
    let (first, last) = (interval.lowerBound, interval.upperBound)
    if first.day == 1, first.year == last.year, first.month == last.month,
      let tenth = DayDate(year: first.year, month: first.month, day: 10),
      let twentieth = DayDate(year: first.year, month: first.month, day: 20)
    {
      switch mod {
      case .start: return first...tenth
      case .mid: return tenth.adding(days: 1)...twentieth
      case .end: return twentieth.adding(days: 1)...last
      }
    }
    let start = first.daysSinceEpoch
    let count = last.daysSinceEpoch - start + 1
    guard count >= 3 else { return interval }
    let third = count / 3
    switch mod {
    case .start: return first...DayDate(daysSinceEpoch: start + third - 1)
    case .mid: return DayDate(daysSinceEpoch: start + third)...DayDate(daysSinceEpoch: start + count - third - 1)
    case .end: return DayDate(daysSinceEpoch: start + count - third)...last
    }
  }
}
