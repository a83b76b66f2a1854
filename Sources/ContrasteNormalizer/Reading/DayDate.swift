/// A day of the proleptic Gregorian calendar, with the arithmetic date resolution needs.
public struct DayDate: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
  public let year: Int
  public let month: Int
  public let day: Int

  /// A valid date, or nil (`DayDate(year: 2025, month: 2, day: 29)` is nil).
  public init?(year: Int, month: Int, day: Int) {
    guard (1...12).contains(month), day >= 1, day <= DayDate.daysIn(month: month, year: year) else {
      return nil
    }
    self.year = year
    self.month = month
    self.day = day
  }

  /// Parses `YYYY-MM-DD` (and the date part of an ISO timestamp such as `2026-01-15T10:00:00Z`).
  public init?(iso text: String) {
    let scalars = Array(text.trimmingSpaces.unicodeScalars)
    guard scalars.count >= 10, scalars.count == 10 || scalars[10] == "T" || scalars[10] == " " else {
      return nil
    }
    func number(_ range: Range<Int>) -> Int? {
      var value = 0
      for index in range {
        guard let digit = scalars[index].properties.numericType != nil ? Int(String(scalars[index])) : nil
        else { return nil }
        value = value * 10 + digit
      }
      return value
    }
    guard scalars[4] == "-", scalars[7] == "-", let year = number(0..<4), let month = number(5..<7),
      let day = number(8..<10)
    else { return nil }
    self.init(year: year, month: month, day: day)
  }

  /// Days since 1970-01-01 (negative before).
  public init(daysSinceEpoch days: Int) {
    // Howard Hinnant's civil_from_days.
    let z = days + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let doe = z - era * 146_097
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let day = doy - (153 * mp + 2) / 5 + 1
    let month = mp < 10 ? mp + 3 : mp - 9
    self.year = yoe + era * 400 + (month <= 2 ? 1 : 0)
    self.month = month
    self.day = day
  }

  /// Days since 1970-01-01.
  public var daysSinceEpoch: Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let mp = month > 2 ? month - 3 : month + 9
    let doy = (153 * mp + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146_097 + doe - 719_468
  }

  /// ISO weekday: 1 = Monday … 7 = Sunday.
  public var weekday: Int {
    let value = (daysSinceEpoch + 3) % 7  // 1970-01-01 was a Thursday
    return (value < 0 ? value + 7 : value) + 1
  }

  /// The date `days` days later (earlier when negative).
  public func adding(days: Int) -> DayDate { DayDate(daysSinceEpoch: daysSinceEpoch + days) }

  /// The same day `months` months later, clamped to the month's last day.
  public func adding(months: Int) -> DayDate {
    let total = year * 12 + (month - 1) + months
    let newYear = total >= 0 ? total / 12 : (total - 11) / 12
    let newMonth = total - newYear * 12 + 1
    let newDay = min(day, DayDate.daysIn(month: newMonth, year: newYear))
    return DayDate(year: newYear, month: newMonth, day: newDay)!
  }

  /// ISO 8601 week-numbering year and week.
  public var isoWeek: (year: Int, week: Int) {
    let thursday = adding(days: 4 - weekday)
    let firstOfYear = DayDate(year: thursday.year, month: 1, day: 1)!
    return (thursday.year, (thursday.daysSinceEpoch - firstOfYear.daysSinceEpoch) / 7 + 1)
  }

  public static func isLeap(_ year: Int) -> Bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
  }

  public static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: return isLeap(year) ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  public static func < (lhs: DayDate, rhs: DayDate) -> Bool {
    (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
  }

  /// `YYYY-MM-DD`.
  public var description: String {
    func pad(_ value: Int, _ width: Int) -> String {
      let text = String(value)
      return String(repeating: "0", count: max(0, width - text.count)) + text
    }
    return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
  }

  public init(from decoder: Decoder) throws {
    let text = try decoder.singleValueContainer().decode(String.self)
    guard let date = DayDate(iso: text) else {
      throw DecodingError.dataCorrupted(
        .init(codingPath: decoder.codingPath, debugDescription: "not a YYYY-MM-DD date: \(text)"))
    }
    self = date
  }

  public func encode(to encoder: Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(description)
  }
}

extension String {
  /// The string without leading and trailing spaces, tabs and line breaks.
  var trimmingSpaces: String {
    let scalars = unicodeScalars
    guard let first = scalars.firstIndex(where: { !UTF8Scalar.isWhitespace($0.value) }),
      let last = scalars.lastIndex(where: { !UTF8Scalar.isWhitespace($0.value) })
    else { return "" }
    return String(scalars[first...last])
  }
}
