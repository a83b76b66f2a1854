import ContrasteNormalizer

/// The structured value of a temporal expression; ``value`` renders it as a TIMEX3 string.
///
/// Unknown parts stay nil and render as `X`s (`XXXX-12-11`). For a week, `year` is the ISO
/// week-numbering year.
public struct Timex: Sendable, Hashable, Codable {
  /// How fine the value is.
  public enum Granularity: String, Sendable, Hashable, Codable {
    case time
    case partOfDay = "part-of-day"
    case day
    case week
    case month
    case season
    case quarter
    case half
    case year
    case decade
    case century
    case duration
    case set
    case reference
  }

  /// TIMEX3 parts of day.
  public enum PartOfDay: String, Sendable, Hashable, Codable {
    case morning = "MO"
    case afternoon = "AF"
    case evening = "EV"
    case night = "NI"
  }

  /// TIMEX3 seasons.
  public enum Season: String, Sendable, Hashable, Codable {
    case spring = "SP"
    case summer = "SU"
    case fall = "FA"
    case winter = "WI"
  }

  /// Vague references to the present, past or future (`actualmente`, `recientemente`).
  public enum Reference: String, Sendable, Hashable, Codable {
    case present = "PRESENT_REF"
    case past = "PAST_REF"
    case future = "FUTURE_REF"
  }

  public var granularity: Granularity
  public var year: Int?
  public var month: Int?
  public var day: Int?
  /// ISO week number (with `year` the ISO week-numbering year).
  public var week: Int?
  /// The whole weekend of the week (`el fin de semana`, value `2025-W50-WE`).
  public var weekend: Bool = false
  /// ISO weekday of a set such as `los lunes` (`XXXX-WXX-1`).
  public var weekday: Int?
  public var quarter: Int?
  public var half: Int?
  public var season: Season?
  public var partOfDay: PartOfDay?
  public var hour: Int?
  public var minute: Int?
  /// The length of a duration, or the period of a set (`cada año` → `P1Y`).
  public var duration: TimexDuration?
  public var reference: Reference?
  /// True for a set (`cada año`, `diariamente`, `los lunes`).
  public var isSet: Bool = false
  /// True when the text gives no year and the DCT did not supply one: the value keeps `XXXX` or,
  /// with anchor `inferred`, a year guessed from another date in the text.
  public var yearIsUnknown: Bool = false

  public init(granularity: Granularity) { self.granularity = granularity }

  /// A day.
  init(_ date: DayDate) {
    granularity = .day
    year = date.year
    month = date.month
    day = date.day
  }

  /// The TIMEX3 value: `2025-12-11`, `2025-W50`, `2026-Q1`, `XXXX-12-11`, `2025-12-11T09:15`,
  /// `2025-12-16TMO`, `P3W`, `PRESENT_REF`.
  public var value: String {
    if let reference { return reference.rawValue }
    if let duration, granularity == .duration || isSet { return duration.value }
    if isSet {
      if weekend { return "XXXX-WXX-WE" }
      if let weekday { return "XXXX-WXX-\(weekday)" }
    }
    // Written as ASCII bytes into the string's own storage: every tagged expression has a
    // value, and joining small strings cost thousands of instructions per value.
    return String(unsafeUninitializedCapacity: 128) { buffer in
      var text = ASCIIWriter(buffer: buffer)
      switch granularity {
      case .decade: text.field(year.map { $0 / 10 }, 3)
      case .century: text.field(year.map { $0 / 100 }, 2)
      default: text.field(year, 4)
      }
      switch granularity {
      case .year, .decade, .century: break
      case .month:
        text.append("-")
        text.field(month, 2)
      case .week:
        text.append("-W")
        text.field(week, 2)
        if weekend { text.append("-WE") }
      case .quarter, .half:
        text.append(granularity == .quarter ? "-Q" : "-H")
        text.field(granularity == .quarter ? quarter : half, 1)
      case .season:
        text.append("-")
        text.append(season?.rawValue ?? "XX")
      case .day, .time, .partOfDay, .duration, .set, .reference:
        text.append("-")
        text.field(month, 2)
        text.append("-")
        text.field(day, 2)
        if granularity == .time {
          text.append("T")
          text.field(hour, 2)
          text.append(":")
          text.field(minute, 2)
        } else if granularity == .partOfDay {
          text.append("T")
          text.append(partOfDay?.rawValue ?? "XX")
        }
      }
      return text.count
    }
  }

  /// The days the value covers, when they are known (nil for durations, sets and X values).
  public var interval: ClosedRange<DayDate>? {
    guard !isSet, reference == nil, duration == nil || granularity != .duration, let year else { return nil }
    func days(_ first: DayDate?, _ last: DayDate?) -> ClosedRange<DayDate>? {
      guard let first, let last, first <= last else { return nil }
      return first...last
    }
    func monthRange(_ firstMonth: Int, _ lastMonth: Int) -> ClosedRange<DayDate>? {
      days(
        DayDate(year: year, month: firstMonth, day: 1),
        DayDate(year: year, month: lastMonth, day: DayDate.daysIn(month: lastMonth, year: year)))
    }
    switch granularity {
    case .day, .time, .partOfDay:
      guard let month, let day, let date = DayDate(year: year, month: month, day: day) else { return nil }
      return date...date
    case .month:
      guard let month else { return nil }
      return monthRange(month, month)
    case .year: return monthRange(1, 12)
    case .decade:
      let first = year / 10 * 10
      return days(DayDate(year: first, month: 1, day: 1), DayDate(year: first + 9, month: 12, day: 31))
    case .century:
      let first = year / 100 * 100
      return days(DayDate(year: first, month: 1, day: 1), DayDate(year: first + 99, month: 12, day: 31))
    case .quarter:
      guard let quarter else { return nil }
      return monthRange(quarter * 3 - 2, quarter * 3)
    case .half:
      guard let half else { return nil }
      return monthRange(half * 6 - 5, half * 6)
    case .week:
      guard let week, let monday = Self.monday(ofWeek: week, year: year) else { return nil }
      return weekend ? monday.adding(days: 5)...monday.adding(days: 6) : monday...monday.adding(days: 6)
    case .season:
      guard let season else { return nil }
      switch season {
      case .spring: return days(DayDate(year: year, month: 3, day: 21), DayDate(year: year, month: 6, day: 20))
      case .summer: return days(DayDate(year: year, month: 6, day: 21), DayDate(year: year, month: 9, day: 22))
      case .fall: return days(DayDate(year: year, month: 9, day: 23), DayDate(year: year, month: 12, day: 20))
      case .winter: return days(DayDate(year: year, month: 12, day: 21), DayDate(year: year + 1, month: 3, day: 20))
      }
    case .duration, .set, .reference: return nil
    }
  }

  /// The Monday of ISO week `week` of `year`.
  static func monday(ofWeek week: Int, year: Int) -> DayDate? {
    guard let fourth = DayDate(year: year, month: 1, day: 4) else { return nil }
    let firstMonday = fourth.adding(days: 1 - fourth.weekday)
    return firstMonday.adding(days: (week - 1) * 7)
  }
}
