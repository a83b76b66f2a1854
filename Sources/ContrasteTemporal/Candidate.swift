/// A temporal expression the recognizer found, before it is resolved against the DCT.
struct Candidate: Sendable {
  /// What the expression denotes.
  enum Shape: Sendable {
    /// A calendar date, month or year with the parts the text gives (`11 de diciembre` has no year).
    case calendar
    /// A day counted from the DCT (`hoy` 0, `ayer` -1, `hace tres días` -3).
    case relativeDay(Int)
    /// A week, month, year, quarter or half counted from the DCT's (`la semana pasada` -1).
    case relativeUnit(TimeUnit, Int)
    /// A weekday near the DCT (`este martes`, `el lunes`).
    case weekday(Int, WeekdayMode)
    /// A weekend near the DCT (`este fin de semana`).
    case weekend(WeekdayMode)
    /// A quarter, half (or season) of a year (`el primer trimestre`).
    case period(Timex.Granularity, Int, PeriodYear)
    /// A season (`el verano de 2025`, `este invierno`).
    case season(Timex.Season, PeriodYear)
    /// A clock time; its day comes from the sentence (`a las 9:15 horas`).
    case clock(hour: Int, minute: Int)
    /// A part of day alone; its day comes from the sentence (`por la mañana`).
    case partOfDay
    case duration(TimexDuration)
    case set(TimexDuration)
    /// A set of weekdays (`los lunes`) or weekends (weekday 0).
    case setWeekday(Int)
    case reference(Timex.Reference)
    /// A decade (`los años noventa`, first year 1990) or century (`el siglo XXI`, first year 2000).
    case decade(Int)
    case century(Int)
  }

  /// Which occurrence of a weekday is meant.
  enum WeekdayMode: Sendable {
    /// `este martes`: on or before the DCT in the past tense, on or after in the future.
    case this
    /// `el martes`: the same as `this`.
    case bare
    /// `el martes pasado`: strictly before the DCT.
    case past
    /// `el próximo martes`: strictly after the DCT.
    case next
  }

  /// The year of a quarter, half or season.
  enum PeriodYear: Sendable {
    case written(Int)
    /// Counted from the DCT's year (`del año pasado` -1, `del año` 0).
    case relative(Int)
    /// From the DCT and the tense.
    case unknown
  }

  /// Token indices, inclusive.
  var first: Int
  var last: Int
  var shape: Shape
  var type: TemporalMention.Kind = .date
  /// Calendar parts (shape `.calendar`).
  var year: Int?
  var month: Int?
  var day: Int?
  /// The month was taken from the other end of a range or list (`del [13] al 15 de julio`).
  var monthBorrowed = false
  /// A year counted from the DCT's (`del año pasado` -1), when the text names it that way.
  var yearOffset: Int?
  /// The year was taken from the other end of a range (`de enero a marzo de 2026`).
  var yearBorrowed = false
  /// A weekday written with a date (`viernes 23 de enero`).
  var weekday: Int?
  var partOfDay: Timex.PartOfDay?
  var mod: TemporalMention.Modifier?
  var isStart = false
  var rangeRole: TemporalMention.RangeRole?
  /// A tense written in the expression: `pasado` → past, `próximo` → future.
  var deictic: VerbTense?
  /// The preposition just before the expression (`para`, `del`, `entre`, `desde`…).
  var preposition: Keyword?

  init(first: Int, last: Int, shape: Shape, type: TemporalMention.Kind = .date) {
    self.first = first
    self.last = last
    self.shape = shape
    self.type = type
  }

  /// True when the expression names one day (and clock times can attach to it).
  var namesDay: Bool {
    switch shape {
    case .calendar: return day != nil
    case .relativeDay, .weekday: return true
    default: return false
    }
  }
}
