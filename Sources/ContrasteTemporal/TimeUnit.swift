/// A calendar or clock unit that a number can measure (`tres semanas`, `24 horas`).
enum TimeUnit: Sendable, Hashable {
  case second, minute, hour, day, week, fortnight, month, bimester, quarter, cuatrimester, half
  case year, biennium, triennium, lustrum, decade, century

  /// The ISO 8601 duration unit and how many of it one of `self` is (`quincena` → 15 days).
  var base: (unit: TimexDuration.Unit, count: Int) {
    switch self {
    case .second: (.second, 1)
    case .minute: (.minute, 1)
    case .hour: (.hour, 1)
    case .day: (.day, 1)
    case .week: (.week, 1)
    case .fortnight: (.day, 15)
    case .month: (.month, 1)
    case .bimester: (.month, 2)
    case .quarter: (.month, 3)
    case .cuatrimester: (.month, 4)
    case .half: (.month, 6)
    case .year: (.year, 1)
    case .biennium: (.year, 2)
    case .triennium: (.year, 3)
    case .lustrum: (.year, 5)
    case .decade: (.year, 10)
    case .century: (.year, 100)
    }
  }
}

/// The tense a verb form signals for dates near it.
enum VerbTense: Sendable, Hashable {
  case past
  case future
  /// A verb whose tense says nothing about the date (an infinitive, a conditional).
  case neutral
}
