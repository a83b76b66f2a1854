import ContrasteNormalizer

/// Turns candidates into TIMEX3 values against the DCT, or, without one, against a window of
/// possible DCTs inferred from a date written in full elsewhere in the text.
struct Resolver {
  let dct: DayDate?

  /// A resolved value.
  struct Result {
    var timex: Timex
    var anchor: TemporalMention.Anchor
    var tense: TemporalMention.Tense = .none
    var diagnostics: [TemporalDiagnostic] = []
  }

  /// True when the candidate's value depends on the tense (a date without a year, a weekday…).
  static func needsTense(_ candidate: Candidate) -> Bool {
    switch candidate.shape {
    case .calendar:
      return candidate.year == nil && candidate.yearOffset == nil && candidate.month != nil
        || candidate.year == nil && candidate.month == nil && candidate.day != nil
    case .weekday, .weekend: return true
    case .period(_, _, let year), .season(_, let year):
      if case .unknown = year { return true }
      return false
    default: return false
    }
  }

  /// True when the year is missing and only an inference from the text could supply it.
  static func needsYear(_ candidate: Candidate) -> Bool {
    switch candidate.shape {
    case .calendar: return candidate.year == nil && candidate.yearOffset == nil && candidate.month != nil
    case .period(_, _, let year), .season(_, let year):
      if case .unknown = year { return true }
      return false
    default: return false
    }
  }

  func resolve(_ candidate: Candidate, tense: VerbTense?) -> Result {
    var result: Result
    switch candidate.shape {
    case .calendar:
      result = calendar(candidate, tense: tense)
    case .relativeDay(let offset):
      guard let dct else { return unknownDay(candidate) }
      result = Result(timex: Timex(dct.adding(days: offset)), anchor: .dct)
    case .relativeUnit(let unit, let offset):
      result = relativeUnit(unit, offset)
    case .weekday(let weekday, let mode):
      guard let dct else { return unknownDay(candidate) }
      result = Result(timex: Timex(Self.weekdayDate(weekday, mode, tense: tense, dct: dct)), anchor: .dct)
    case .weekend(let mode):
      var timex = Timex(granularity: .week)
      timex.weekend = true
      guard let dct else { return Result(timex: timex, anchor: .none) }
      let saturday = Self.weekdayDate(6, mode, tense: tense, dct: dct)
      (timex.year, timex.week) = saturday.isoWeek
      result = Result(timex: timex, anchor: .dct)
    case .period, .season:
      result = period(candidate, tense: tense)
    case .clock(let hour, let minute):
      var timex = dct.map { Timex($0) } ?? Timex(granularity: .day)
      timex.granularity = .time
      timex.hour = hour
      timex.minute = minute
      result = Result(timex: timex, anchor: dct == nil ? .none : .dct)
    case .partOfDay:
      var timex = dct.map { Timex($0) } ?? Timex(granularity: .day)
      timex.granularity = .partOfDay
      timex.partOfDay = candidate.partOfDay
      result = Result(timex: timex, anchor: dct == nil ? .none : .dct)
    case .duration(let length):
      var timex = Timex(granularity: .duration)
      timex.duration = length
      result = Result(timex: timex, anchor: .absolute)
    case .set(let period):
      var timex = Timex(granularity: .set)
      timex.isSet = true
      timex.duration = period
      result = Result(timex: timex, anchor: .absolute)
    case .setWeekday(let weekday):
      var timex = Timex(granularity: .set)
      timex.isSet = true
      if weekday == 0 { timex.weekend = true } else { timex.weekday = weekday }
      result = Result(timex: timex, anchor: .absolute)
    case .reference(let reference):
      var timex = Timex(granularity: .reference)
      timex.reference = reference
      result = Result(timex: timex, anchor: dct == nil ? .none : .dct)
    case .decade(let year):
      result = Result(timex: Timex(granularity: .decade), anchor: .absolute)
      result.timex.year = year
    case .century(let year):
      result = Result(timex: Timex(granularity: .century), anchor: .absolute)
      result.timex.year = year
    }
    if Self.needsTense(candidate) { result.tense = Self.mentionTense(tense) }
    return withPartOfDay(result, candidate)
  }

  /// A day the text counts from an unknown DCT: `XXXX-XX-XX`.
  private func unknownDay(_ candidate: Candidate) -> Result {
    var timex = Timex(granularity: .day)
    timex.yearIsUnknown = true
    return withPartOfDay(Result(timex: timex, anchor: .none), candidate)
  }

  private func withPartOfDay(_ result: Result, _ candidate: Candidate) -> Result {
    guard let part = candidate.partOfDay, result.timex.granularity == .day else { return result }
    var result = result
    result.timex.granularity = .partOfDay
    result.timex.partOfDay = part
    return result
  }

  static func mentionTense(_ tense: VerbTense?) -> TemporalMention.Tense {
    switch tense {
    case .past: .past
    case .future: .future
    default: .none
    }
  }

  // MARK: - Calendar dates

  private func calendar(_ candidate: Candidate, tense: VerbTense?) -> Result {
    var timex = Timex(granularity: candidate.day != nil ? .day : candidate.month != nil ? .month : .year)
    timex.month = candidate.month
    timex.day = candidate.day
    var anchor = TemporalMention.Anchor.absolute
    if let year = candidate.year {
      timex.year = year
    } else if let offset = candidate.yearOffset {
      if let dct {
        timex.year = dct.year + offset
        anchor = .dct
      } else {
        timex.yearIsUnknown = true
        anchor = .none
      }
    } else if let month = candidate.month {
      if let dct {
        timex.year = Self.year(month: month, day: candidate.day, tense: tense, dct: dct)
        anchor = .dct
      } else {
        timex.yearIsUnknown = true
        anchor = .none
      }
    } else if let day = candidate.day {
      if let dct, let date = Self.dayOfMonth(day, weekday: candidate.weekday, tense: tense, dct: dct) {
        timex = Timex(date)
        anchor = .dct
      } else {
        timex.yearIsUnknown = true
        anchor = .none
      }
    }
    var result = Result(timex: timex, anchor: anchor)
    result.diagnostics = Self.weekdayCheck(timex, candidate.weekday)
    return result
  }

  /// A mismatch between the written weekday and the date, if any.
  static func weekdayCheck(_ timex: Timex, _ weekday: Int?) -> [TemporalDiagnostic] {
    guard let weekday, let year = timex.year, let month = timex.month, let day = timex.day,
      let date = DayDate(year: year, month: month, day: day), date.weekday != weekday
    else { return [] }
    return [.weekdayMismatch(written: weekday, date: date)]
  }

  /// The year of a month (and day) without one: with a past verb a month-day after the DCT is in
  /// the previous year, with a future verb one before it is in the next year, otherwise the
  /// nearest to the DCT.
  static func year(month: Int, day: Int?, tense: VerbTense?, dct: DayDate) -> Int {
    let year = dct.year
    guard let day else {
      switch tense {
      case .past: return month > dct.month ? year - 1 : year
      case .future: return month < dct.month ? year + 1 : year
      default:
        let distance = month - dct.month
        return distance > 6 ? year - 1 : distance < -6 ? year + 1 : year
      }
    }
    let written = month * 100 + day
    let current = dct.month * 100 + dct.day
    var chosen: Int
    switch tense {
    case .past: chosen = written > current ? year - 1 : year
    case .future: chosen = written < current ? year + 1 : year
    default:
      let options = [year - 1, year, year + 1].compactMap { DayDate(year: $0, month: month, day: day) }
      let nearest = options.min {
        abs($0.daysSinceEpoch - dct.daysSinceEpoch) < abs($1.daysSinceEpoch - dct.daysSinceEpoch)
      }
      chosen = nearest?.year ?? year
    }
    // 29 February: the nearest leap year in the tense's direction.
    var steps = 0
    while DayDate(year: chosen, month: month, day: day) == nil, steps < 8 {
      chosen += tense == .future ? 1 : -1
      steps += 1
    }
    return chosen
  }

  /// The date of a bare day of the month (`el 15`).
  ///
  /// With a past verb a day after the DCT's is in the previous month, with a future verb one
  /// before it in the next; otherwise the nearest. A written weekday (`el lunes 17`) picks among
  /// the neighbouring months.
  static func dayOfMonth(_ day: Int, weekday: Int?, tense: VerbTense?, dct: DayDate) -> DayDate? {
    func date(_ monthOffset: Int) -> DayDate? {
      let first = DayDate(year: dct.year, month: dct.month, day: 1)?.adding(months: monthOffset)
      return first.flatMap { DayDate(year: $0.year, month: $0.month, day: day) }
    }
    var order: [Int]
    switch tense {
    case .past: order = day > dct.day ? [-1, -2, -3] : [0, -1, -2]
    case .future: order = day < dct.day ? [1, 2, 3] : [0, 1, 2]
    default:
      order = [-1, 0, 1].sorted { first, second in
        let a = date(first).map { abs($0.daysSinceEpoch - dct.daysSinceEpoch) } ?? Int.max
        let b = date(second).map { abs($0.daysSinceEpoch - dct.daysSinceEpoch) } ?? Int.max
        return a < b
      }
    }
    let options = order.compactMap(date)
    if let weekday, let match = options.first(where: { $0.weekday == weekday }) { return match }
    if let weekday, let match = [-1, 0, 1].compactMap(date).first(where: { $0.weekday == weekday }) { return match }
    return options.first
  }

  /// The date of a weekday near the DCT.
  static func weekdayDate(_ weekday: Int, _ mode: Candidate.WeekdayMode, tense: VerbTense?, dct: DayDate) -> DayDate {
    let current = dct.weekday
    func modulo(_ value: Int) -> Int { ((value % 7) + 7) % 7 }
    let delta: Int
    switch (mode, tense) {
    case (.past, _): delta = -(modulo(current - weekday - 1) + 1)
    case (.next, _): delta = modulo(weekday - current - 1) + 1
    case (_, .past?): delta = -modulo(current - weekday)
    case (_, .future?): delta = modulo(weekday - current)
    default:
      let forward = modulo(weekday - current)
      delta = forward > 3 ? forward - 7 : forward
    }
    return dct.adding(days: delta)
  }

  // MARK: - Relative periods

  private func relativeUnit(_ unit: TimeUnit, _ offset: Int) -> Result {
    let granularity: Timex.Granularity =
      switch unit {
      case .week: .week
      case .month: .month
      case .quarter: .quarter
      case .half: .half
      default: .year
      }
    var timex = Timex(granularity: granularity)
    guard let dct else {
      timex.yearIsUnknown = true
      return Result(timex: timex, anchor: .none)
    }
    switch unit {
    case .week:
      (timex.year, timex.week) = dct.adding(days: 7 * offset).isoWeek
    case .month:
      let date = dct.adding(months: offset)
      timex.year = date.year
      timex.month = date.month
    case .quarter, .half:
      let size = unit == .quarter ? 3 : 6
      let index = dct.year * (12 / size) + (dct.month - 1) / size + offset
      let perYear = 12 / size
      let year = index >= 0 ? index / perYear : (index - perYear + 1) / perYear
      timex.year = year
      if unit == .quarter {
        timex.quarter = index - year * perYear + 1
      } else {
        timex.half = index - year * perYear + 1
      }
    default:
      timex.year = dct.year + offset
    }
    return Result(timex: timex, anchor: .dct)
  }

  // MARK: - Quarters, halves, seasons

  private func period(_ candidate: Candidate, tense: VerbTense?) -> Result {
    let year: Candidate.PeriodYear
    switch candidate.shape {
    case .period(_, _, let value), .season(_, let value): year = value
    default: year = .unknown
    }
    var timex = Self.periodTimex(candidate, year: nil)
    switch year {
    case .written(let value):
      timex.year = value
      return Result(timex: timex, anchor: .absolute)
    case .relative(let offset):
      guard let dct else { return Result(timex: timex, anchor: .none) }
      timex.year = dct.year + offset
      return Result(timex: timex, anchor: .dct)
    case .unknown:
      guard let dct else {
        timex.yearIsUnknown = true
        return Result(timex: timex, anchor: .none)
      }
      let (index, count) = Self.periodIndex(timex)
      let current = Self.currentPeriod(timex.granularity, dct: dct)
      switch tense {
      case .past: timex.year = index > current ? dct.year - 1 : dct.year
      case .future: timex.year = index < current ? dct.year + 1 : dct.year
      default:
        let distance = index - current
        timex.year = distance * 2 > count ? dct.year - 1 : -distance * 2 > count ? dct.year + 1 : dct.year
      }
      return Result(timex: timex, anchor: .dct)
    }
  }

  /// The timex of a quarter, half or season with year `year`.
  static func periodTimex(_ candidate: Candidate, year: Int?) -> Timex {
    switch candidate.shape {
    case .period(let granularity, let number, _):
      var timex = Timex(granularity: granularity)
      if granularity == .quarter { timex.quarter = number } else { timex.half = number }
      timex.year = year
      return timex
    case .season(let season, _):
      var timex = Timex(granularity: .season)
      timex.season = season
      timex.year = year
      return timex
    default:
      return Timex(granularity: .year)
    }
  }

  /// The period's number within the year and how many there are.
  static func periodIndex(_ timex: Timex) -> (Int, Int) {
    switch timex.granularity {
    case .quarter: return (timex.quarter ?? 1, 4)
    case .half: return (timex.half ?? 1, 2)
    default:
      let order: [Timex.Season] = [.spring, .summer, .fall, .winter]
      return ((timex.season.flatMap { order.firstIndex(of: $0) } ?? 0) + 1, 4)
    }
  }

  /// The DCT's quarter, half or season number.
  static func currentPeriod(_ granularity: Timex.Granularity, dct: DayDate) -> Int {
    switch granularity {
    case .quarter: return (dct.month - 1) / 3 + 1
    case .half: return dct.month <= 6 ? 1 : 2
    default:
      switch dct.month {
      case 3...5: return 1
      case 6...8: return 2
      case 9...11: return 3
      default: return 4
      }
    }
  }

  // MARK: - Inference without a DCT

  /// The year of an underspecified date with no DCT, inferred from another date in the text.
  ///
  /// `reference` is the interval of the nearest date written in full, `referenceTense` its
  /// tense: a future tense puts the DCT in the year before the reference, a past tense in the
  /// year after, no tense within it. Among the years consistent with the date's own tense, the
  /// one nearest to the reference wins.
  func infer(_ candidate: Candidate, tense: VerbTense?, reference: ClosedRange<DayDate>, referenceTense: VerbTense?)
    -> Result?
  {
    let start = reference.lowerBound.daysSinceEpoch
    let end = reference.upperBound.daysSinceEpoch
    let window: ClosedRange<Int> =
      switch referenceTense {
      case .future: (start - 365)...(start - 1)
      case .past: (end + 1)...(end + 365)
      default: start...end
      }
    var best: (timex: Timex, distance: Int, consistent: Bool)?
    for year in (reference.lowerBound.year - 1)...(reference.upperBound.year + 1) {
      var timex: Timex
      if case .calendar = candidate.shape {
        timex = Timex(granularity: candidate.day != nil ? .day : .month)
        timex.year = year
        timex.month = candidate.month
        timex.day = candidate.day
      } else {
        timex = Self.periodTimex(candidate, year: year)
      }
      guard let full = timex.interval else { continue }
      let interval = TemporalMention.narrow(full, by: candidate.mod)
      let first = interval.lowerBound.daysSinceEpoch
      let last = interval.upperBound.daysSinceEpoch
      let consistent: Bool
      switch tense {
      case .past: consistent = first <= window.upperBound && first >= window.lowerBound - 365
      case .future: consistent = last >= window.lowerBound && last <= window.upperBound + 365
      default: consistent = last >= window.lowerBound - 183 && first <= window.upperBound + 183
      }
      let distance = first > end ? first - end : last < start ? start - last : 0
      if let current = best {
        if (consistent && !current.consistent) || (consistent == current.consistent && distance < current.distance) {
          best = (timex, distance, consistent)
        }
      } else {
        best = (timex, distance, consistent)
      }
    }
    guard var timex = best?.timex else { return nil }
    timex.yearIsUnknown = true
    var result = Result(timex: timex, anchor: .inferred, tense: Self.mentionTense(tense))
    result.diagnostics = Self.weekdayCheck(timex, candidate.weekday)
    return withPartOfDay(result, candidate)
  }
}
