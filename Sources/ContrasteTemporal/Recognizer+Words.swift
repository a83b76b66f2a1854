import ContrasteNormalizer

/// Expressions headed by a word: months, weekdays, relative days, parts of day, units, sets.
extension Recognizer {
  // MARK: - Months

  /// `enero de 2026`, `dic. 2025`, `diciembre 11, 2025`, and a bare month after a preposition
  /// (`en enero`, `durante febrero`, `a mediados de agosto`, `enero pasado`).
  func matchMonth(_ index: Int, _ entry: Lexicon.Entry) -> [Candidate]? {
    guard let (month, monthLast) = monthName(at: index) else { return nil }
    let abbreviated = entry.month == 0
    var head = index
    if isFree(index - 2), isKw(index - 1, .de), isKw(index - 2, .mes) { head = index - 2 }
    let context = left(of: head)
    var candidate = Candidate(first: head, last: monthLast, shape: .calendar)
    candidate.month = month
    candidate.preposition = context.preposition
    candidate.isStart = context.isStart
    candidate.mod = context.part
    candidate.deictic = context.deictic
    if let (day, digits) = plainNumber(monthLast + 1), digits <= 2, (1...31).contains(day),
      let (year, yearLast) = writtenYear(after: monthLast + 1), DayDate(year: year, month: month, day: day) != nil
    {
      candidate.day = day
      candidate.year = year
      candidate.last = yearLast
      candidate.first = context.spanStart()
      return [candidate]
    }
    if let (year, yearLast) = writtenYear(after: monthLast) {
      candidate.year = year
      candidate.last = yearLast
      candidate.first = context.spanStart()
      return [candidate]
    }
    if let (offset, offsetLast) = relativeYear(after: monthLast) {
      candidate.yearOffset = offset
      candidate.last = offsetLast
      candidate.first = context.spanStart()
      return [candidate]
    }
    guard !abbreviated, !source.isTitlecase(tokens[index]) else { return nil }
    let post = postDeictic(after: monthLast)
    var cue = head < index || context.deictic != nil || context.part != nil || context.demonstrative || post != nil
    if let preposition = context.preposition {
      switch preposition {
      case .y, .o, .e, .a, .al, .hasta: cue = cue || continuesList(at: index) || preposition == .hasta
      case .por, .sobre: break
      default: cue = true
      }
    }
    guard cue else { return nil }
    if let post {
      candidate.deictic = post.tense
      candidate.last = post.last
    }
    candidate.first = context.spanStart(postDeictic: post != nil)
    return [candidate]
  }

  // MARK: - Weekdays

  /// `viernes 23 de enero de 2026`, `lunes 17`, `el martes`, `este martes`, `el martes pasado`,
  /// `el próximo martes`, `los lunes`.
  func matchWeekday(_ index: Int, _ weekday: Int) -> [Candidate]? {
    var next = index + 1
    if isPunct(next, 0x2C) { next += 1 }
    if let (day, digits) = plainNumber(next), digits <= 2, (1...31).contains(day),
      // `este domingo 14 muertos`: a number followed by a word the lexicon does not know counts
      // something; it is not a day of the month.
      !(token(next + 1).map { $0.kind == .word && $0.entry < 0 } ?? false)
    {
      var after = next + 1
      if isGlued(after), isOrdinalSuffix(after) || token(after)?.value == ScanToken.ordinalMark { after += 1 }
      if let list = dayMonth(next, day: day, after: after, weekday: weekday, weekdayIndex: index) { return list }
      let context = left(of: index)
      var candidate = Candidate(first: context.spanStart(), last: after - 1, shape: .calendar)
      candidate.day = day
      candidate.weekday = weekday
      candidate.preposition = context.preposition
      candidate.isStart = context.isStart
      candidate.deictic = context.deictic
      return [candidate]
    }
    let context = left(of: index)
    let post = postDeictic(after: index)
    if context.each || context.every || (context.article.map { isKw($0, .los) } ?? false) {
      let first = context.each || context.every ? context.start : context.article ?? index
      return [Candidate(first: first, last: index, shape: .setWeekday(weekday), type: .set)]
    }
    guard let mode = weekdayMode(context, post) else { return nil }
    var last = post?.last ?? index
    var candidate = Candidate(
      first: context.spanStart(postDeictic: post != nil), last: last, shape: .weekday(weekday, mode))
    if let (part, partLast) = partOfDay(after: last) {
      candidate.partOfDay = part
      candidate.type = .time
      last = partLast
      candidate.last = last
    }
    candidate.preposition = context.preposition
    candidate.isStart = context.isStart
    candidate.deictic = context.deictic ?? post?.tense
    return [candidate]
  }

  // MARK: - Keywords

  func matchKeyword(_ index: Int, _ keyword: Keyword) -> [Candidate]? {
    switch keyword {
    case .hoy:
      if isKw(index + 1, .en), isKw(index + 2, .dia) { return [reference(index, index + 2, .present)] }
      if isKw(index + 1, .dia) { return [reference(index, index + 1, .present)] }
      return relativeDay(index, index, 0)
    case .ayer:
      if isFree(index - 2), isKw(index - 1, .de), isKw(index - 2, .antes) { return relativeDay(index - 2, index, -2) }
      return relativeDay(index, index, -1)
    case .anteayer, .antier:
      return relativeDay(index, index, -2)
    case .anoche:
      var candidate = Candidate(first: index, last: index, shape: .relativeDay(-1), type: .time)
      candidate.partOfDay = .night
      return [withLeft(candidate, index)]
    case .manana:
      return matchManana(index)
    case .tarde, .noche, .madrugada:
      let part: Timex.PartOfDay = keyword == .tarde ? .afternoon : .night
      if isFree(index - 1), isKw(index - 1, .esta) {
        var candidate = Candidate(first: index - 1, last: index, shape: .relativeDay(0), type: .time)
        candidate.partOfDay = part
        return [withLeft(candidate, index - 1)]
      }
      if isFree(index - 1), isKw(index - 1, .la) { return partOfDayNoun(index, part) }
      return nil
    case .mediodia, .medianoche:
      guard isFree(index - 1),
        isKw(index - 1, .al, .el, .la, .a, .del, .de, .hasta, .desde, .hacia, .antes, .despues, .tras)
      else { return nil }
      let hour = keyword == .mediodia ? 12 : 0
      return [withLeft(Candidate(first: index, last: index, shape: .clock(hour: hour, minute: 0), type: .time), index)]
    case .ahora, .actualmente:
      if keyword == .ahora, wordIs(index + 1, "bien") { return nil }  // `ahora bien` is a connective
      return [reference(index, index, .present)]
    case .momento, .momentos:
      // `en este momento`, `en estos momentos`, `hasta el momento`, `por el momento`, `de momento`.
      if isFree(index - 1), isKw(index - 1, .este, .estos) { return [reference(index - 1, index, .present)] }
      if isFree(index - 2), isKw(index - 1, .el), isKw(index - 2, .hasta, .por) {
        return [reference(index - 1, index, .present)]
      }
      if keyword == .momento, isFree(index - 1), isKw(index - 1, .de), !isKw(index + 1, .de, .del, .en, .que),
        !(isFree(index - 2) && (token(index - 2)?.kind == .word))
      {
        return [reference(index, index, .present)]
      }
      return nil
    case .futuro:
      guard isFree(index - 2), isKw(index - 1, .el), isKw(index - 2, .en, .hacia, .para) else { return nil }
      return [reference(index - 1, index, .future)]
    case .pasado:
      // `en el pasado`: the noun, not the modifier of `el pasado 11 de diciembre`.
      guard isFree(index - 2), isKw(index - 1, .el), isKw(index - 2, .en), !startsTemporal(index + 1) else {
        return nil
      }
      return [reference(index - 1, index, .past)]
    case .actualidad:
      guard isFree(index - 1), isKw(index - 1, .la) else { return nil }
      return [reference(index - 1, index, .present)]
    case .recientemente:
      return [reference(index, index, .past)]
    case .diariamente: return [set(index, .init(amount: 1, unit: .day))]
    case .semanalmente: return [set(index, .init(amount: 1, unit: .week))]
    case .mensualmente: return [set(index, .init(amount: 1, unit: .month))]
    case .anualmente: return [set(index, .init(amount: 1, unit: .year))]
    case .trimestralmente: return [set(index, .init(amount: 3, unit: .month))]
    case .semestralmente: return [set(index, .init(amount: 6, unit: .month))]
    case .quincenalmente: return [set(index, .init(amount: 15, unit: .day))]
    case .fin, .fines:
      return matchEnd(index, plural: keyword == .fines)
    case .media, .medio:
      guard let unit = entry(index + 1)?.unit, [.hour, .year, .century, .month].contains(unit) else { return nil }
      let length: TimexDuration =
        switch unit {
        case .hour: TimexDuration([.init(amount: 30, unit: .minute)])
        case .year: TimexDuration([.init(amount: 6, unit: .month)])
        case .month: TimexDuration([.init(amount: 15, unit: .day)])
        default: TimexDuration([.init(amount: 50, unit: .year)])
        }
      return [Candidate(first: index, last: index + 1, shape: .duration(length), type: .duration)]
    case .unos, .unas, .varios, .varias, .algunos, .algunas, .muchos, .muchas, .pocos, .pocas:
      guard let unit = entry(index + 1)?.unit, isPlural(index + 1) else { return nil }
      let length = TimexDuration([.init(amount: nil, unit: unit.base.unit)])
      if isFree(index - 1), isKw(index - 1, .hace) { return [reference(index - 1, index + 1, .past)] }
      if isFree(index - 2), isKw(index - 1, .de), isKw(index - 2, .dentro) {
        return [reference(index - 2, index + 1, .future)]
      }
      return [Candidate(first: index, last: index + 1, shape: .duration(length), type: .duration)]
    case .primavera, .verano, .otono, .invierno:
      return matchSeason(index, keyword)
    default:
      return nil
    }
  }

  /// `mañana`: tomorrow as an adverb, a part of day after `la`/`esta`, nothing after other
  /// determiners (`una mañana`, `cada mañana`) or at the start of a quoted title.
  func matchManana(_ index: Int) -> [Candidate]? {
    if isFree(index - 1), let previous = kw(index - 1) {
      switch previous {
      case .pasado:
        return relativeDay(index - 1, index, 2)
      case .esta:
        var candidate = Candidate(first: index - 1, last: index, shape: .relativeDay(0), type: .time)
        candidate.partOfDay = .morning
        return [withLeft(candidate, index - 1)]
      case .la:
        return partOfDayNoun(index, .morning)
      case .una, .esa, .aquella, .cada, .toda, .media, .misma, .buena, .las, .su, .otra, .primera, .este, .ese, .el:
        return nil
      default: break
      }
    }
    if index > lo, let previous = token(index - 1), previous.kind == .punctuation, previous.value == 0x22,
      source.isTitlecase(tokens[index])
    {
      return nil
    }
    if isKw(index + 1, .de), isKw(index + 2, .la) || isKw(index + 2, .los) { return nil }
    return relativeDay(index, index, 1)
  }

  /// A relative day (`hoy`, `ayer`, `mañana`) and a part of day after it (`ayer por la tarde`).
  func relativeDay(_ first: Int, _ last: Int, _ offset: Int) -> [Candidate] {
    var candidate = Candidate(first: first, last: last, shape: .relativeDay(offset))
    if let (part, partLast) = partOfDay(after: last) {
      candidate.partOfDay = part
      candidate.type = .time
      candidate.last = partLast
    }
    return [withLeft(candidate, first)]
  }

  /// `por la mañana`, `en la tarde`, `en la noche` after a day (`ayer por la tarde`).
  func partOfDay(after index: Int) -> (Timex.PartOfDay, Int)? {
    guard isKw(index + 1, .por, .en), isKw(index + 2, .la), let word = kw(index + 3) else { return nil }
    switch word {
    case .manana: return (.morning, index + 3)
    case .tarde: return (.afternoon, index + 3)
    case .noche, .madrugada: return (.night, index + 3)
    default: return nil
    }
  }

  /// `la mañana de este 11 de diciembre`, `la noche del sábado`, `por la mañana`.
  func partOfDayNoun(_ index: Int, _ part: Timex.PartOfDay) -> [Candidate]? {
    let article = index - 1
    let hasPor = isFree(index - 2) && isKw(index - 2, .por)
    if isKw(index + 1, .de, .del), let day = dayExpression(from: index + 2, afterContraction: isKw(index + 1, .del)) {
      var candidate = day
      candidate.first = hasPor ? index - 2 : article
      candidate.partOfDay = part
      candidate.type = .time
      let context = left(of: article)
      candidate.preposition = context.preposition
      candidate.isStart = context.isStart
      return [candidate]
    }
    guard hasPor else { return nil }
    var candidate = Candidate(first: index - 2, last: index, shape: .partOfDay, type: .time)
    candidate.partOfDay = part
    return [candidate]
  }

  /// A day expression starting at `index` (`este 11 de diciembre`, `ayer`, `martes`); after
  /// `del` the contraction is the expression's article (`la noche del sábado`).
  func dayExpression(from index: Int, afterContraction: Bool) -> Candidate? {
    var nested = self
    nested.floor = afterContraction ? index - 1 : index
    var head = index
    while head < min(index + 3, hi) {
      if let list = nested.match(at: head), list.count == 1, let day = list.first, day.namesDay, day.first >= index,
        (index..<day.first).allSatisfy({ isKw($0, .el, .la) })
      {
        return day
      }
      guard isKw(head, .este, .esta, .el, .ese, .pasado, .proximo) else { return nil }
      head += 1
    }
    return nil
  }

  /// `fin de semana` (and `los fines de semana`), `a fin de año`, `a fin de mes`.
  func matchEnd(_ index: Int, plural: Bool) -> [Candidate]? {
    guard isKw(index + 1, .de) else { return nil }
    let context = left(of: index)
    if isKw(index + 2, .semana) {
      // `cada fin de semana`, `los fines de semana`: every weekend.
      if context.each || (plural && (context.article != nil || context.every)) {
        let first = context.each || context.every ? context.start : (context.article ?? index)
        return [Candidate(first: first, last: index + 2, shape: .setWeekday(0), type: .set)]
      }
      guard !plural else { return nil }
      let post = postDeictic(after: index + 2)
      guard let mode = weekdayMode(context, post) else { return nil }
      var candidate = Candidate(
        first: context.spanStart(postDeictic: post != nil), last: post?.last ?? index + 2, shape: .weekend(mode))
      candidate.preposition = context.preposition
      candidate.isStart = context.isStart
      candidate.deictic = context.deictic ?? post?.tense
      return [candidate]
    }
    guard !plural, isKw(index + 2, .ano, .mes), context.preposition != nil else { return nil }
    var candidate = Candidate(
      first: index, last: index + 2, shape: .relativeUnit(isKw(index + 2, .ano) ? .year : .month, 0))
    candidate.mod = .end
    candidate.preposition = context.preposition
    return [candidate]
  }

  /// `este verano`, `el invierno pasado`, `la primavera de 2025`.
  func matchSeason(_ index: Int, _ keyword: Keyword) -> [Candidate]? {
    let season: Timex.Season =
      switch keyword {
      case .primavera: .spring
      case .verano: .summer
      case .otono: .fall
      default: .winter
      }
    let context = left(of: index)
    var last = index
    var year = Candidate.PeriodYear.unknown
    let post = postDeictic(after: index)
    if let (written, yearLast) = writtenYear(after: index) {
      year = .written(written)
      last = yearLast
    } else if let (offset, offsetLast) = relativeYear(after: index) {
      year = .relative(offset)
      last = offsetLast
    } else if let post {
      last = post.last
    } else {
      guard context.demonstrative || context.deictic != nil else { return nil }
    }
    var candidate = Candidate(
      first: context.spanStart(postDeictic: post != nil), last: last, shape: .season(season, year))
    candidate.deictic = context.deictic ?? post?.tense
    candidate.mod = context.part
    candidate.preposition = context.preposition
    return [candidate]
  }

  // MARK: - Units without a number

  /// `la semana pasada`, `el próximo año`, `este mes`, `el primer trimestre`, `cada año`,
  /// `todos los días`, `año 2025`.
  func matchUnit(_ index: Int, _ unit: TimeUnit) -> [Candidate]? {
    let plural = isPlural(index)
    if unit == .month, !plural, isKw(index + 1, .de), monthName(at: index + 2) != nil { return nil }
    if let decade = decade(index, unit: unit, plural: plural) { return [decade] }
    if unit == .century, !plural, let century = century(index) { return [century] }
    if unit == .year, !plural, let (value, digits) = plainNumber(index + 1), digits == 4,
      let year = year(index + 1, value: value, last: index + 1)
    {
      return [year]
    }
    if [.quarter, .half].contains(unit), !plural, isFree(index - 1), let ordinal = entry(index - 1)?.ordinal,
      ordinal != 0
    {
      let count = unit == .quarter ? 4 : 2
      let number = ordinal == -1 ? count : ordinal
      guard number <= count else { return nil }
      var last = index
      var year = Candidate.PeriodYear.unknown
      if let (written, yearLast) = writtenYear(after: index) {
        year = .written(written)
        last = yearLast
      } else if let (offset, offsetLast) = relativeYear(after: index) {
        year = .relative(offset)
        last = offsetLast
      }
      let context = left(of: index - 1)
      var candidate = Candidate(
        first: context.spanStart(), last: last, shape: .period(unit == .quarter ? .quarter : .half, number, year))
      candidate.mod = context.part
      candidate.preposition = context.preposition
      candidate.isStart = context.isStart
      return [candidate]
    }
    // `en lo que va de año`, `lo que va del mes`: the current period.
    if [.year, .month, .week].contains(unit), !plural, isFree(index - 4), isKw(index - 1, .de, .del),
      wordIs(index - 2, "va"), isKw(index - 3, .que), isKw(index - 4, .lo)
    {
      return [Candidate(first: index - 4, last: index, shape: .relativeUnit(unit, 0))]
    }
    let context = left(of: index)
    let base = unit.base
    if context.each, !plural {
      return [set(context.start, index, .init(amount: base.count, unit: base.unit))]
    }
    if context.every, plural {
      return [set(context.start, index, .init(amount: base.count, unit: base.unit))]
    }
    if plural, isFree(index - 1), isKw(index - 1, .ultimos, .ultimas, .proximos, .proximas) {
      let length = TimexDuration([.init(amount: nil, unit: base.unit)])
      return [Candidate(first: index - 1, last: index, shape: .duration(length), type: .duration)]
    }
    // `hace años` (a past), `desde hace años`, `durante años`, `tras meses de…` (a length).
    if plural, isFree(index - 1) {
      let length = TimexDuration([.init(amount: nil, unit: base.unit)])
      if isKw(index - 1, .hace) {
        if isFree(index - 2), isKw(index - 2, .desde) {
          return [Candidate(first: index, last: index, shape: .duration(length), type: .duration)]
        }
        return [reference(index - 1, index, .past)]
      }
      if isKw(index - 1, .durante, .tras) {
        return [Candidate(first: index, last: index, shape: .duration(length), type: .duration)]
      }
    }
    guard [.week, .month, .year, .quarter, .half].contains(unit), !plural else { return nil }
    let post = postDeictic(after: index)
    var offset: Int?
    var last = index
    var first = context.spanStart(postDeictic: post != nil)
    if let deictic = context.deictic {
      offset = deictic == .past ? -1 : 1
    } else if let post {
      offset = post.tense == .past ? -1 : 1
      last = post.last
    } else if context.demonstrative {
      offset = 0
    } else if isKw(index + 1, .en), isKw(index + 2, .curso) {
      offset = 0
      last = index + 2
      first = context.article ?? first
    } else if isFree(index - 1), isKw(index - 1, .presente, .actual) {
      offset = 0
      first = isFree(index - 2) && isKw(index - 2, .el, .la) ? index - 2 : index - 1
    } else if isKw(index + 1, .actual) {
      offset = 0
      last = index + 1
      first = context.article ?? first
    } else if context.part != nil, context.article == nil {
      offset = 0
    }
    guard let offset else { return nil }
    var candidate = Candidate(first: first, last: last, shape: .relativeUnit(unit, offset))
    candidate.mod = context.part
    candidate.preposition = context.preposition
    candidate.isStart = context.isStart
    candidate.deictic = context.deictic ?? post?.tense
    return [candidate]
  }

  /// `los años noventa`, `los años 90`, `los años 2000`, `la década de los ochenta`, `la década de 1990`.
  func decade(_ index: Int, unit: TimeUnit, plural: Bool) -> Candidate? {
    var position = index + 1
    if unit == .decade, !plural {
      guard isKw(position, .de) else { return nil }
      position += 1
      if isKw(position, .los) { position += 1 }
    } else if unit != .year || !plural {
      return nil
    }
    var year: Int?
    if let (value, digits) = plainNumber(position) {
      if digits == 2, value % 10 == 0, value >= 10 { year = 1900 + value }
      if digits == 4, value % 10 == 0, (1000...2090).contains(value) { year = value }
    } else if let value = entry(position)?.cardinal, value >= 20, value <= 90, value % 10 == 0 {
      year = 1900 + value
    }
    guard let year, !isCountNoun(position + 1) else { return nil }
    let context = left(of: index)
    var candidate = Candidate(first: context.spanStart(), last: position, shape: .decade(year))
    candidate.mod = context.part
    candidate.preposition = context.preposition
    return candidate
  }

  /// `el siglo XXI`, `el siglo 20`.
  func century(_ index: Int) -> Candidate? {
    var number: Int?
    if let (value, digits) = plainNumber(index + 1), digits <= 2, (1...30).contains(value) {
      number = value
    } else if let token = token(index + 1), token.kind == .word, token.length <= 6 {
      number = Self.romanValue(source.foldedWord(token))
    }
    guard let number, (1...30).contains(number) else { return nil }
    let context = left(of: index)
    var candidate = Candidate(first: context.spanStart(), last: index + 1, shape: .century((number - 1) * 100))
    candidate.mod = context.part
    candidate.preposition = context.preposition
    return candidate
  }

  /// The value of a Roman numeral written in lower case (`xxi` → 21), or nil.
  static func romanValue(_ word: String) -> Int? {
    let values: [Character: Int] = ["i": 1, "v": 5, "x": 10, "l": 50, "c": 100]
    var total = 0
    var previous = 0
    for character in word.reversed() {
      guard let value = values[character] else { return nil }
      total += value < previous ? -value : value
      previous = max(previous, value)
    }
    return total > 0 ? total : nil
  }

  /// True when token `index` starts a temporal phrase (a number, month, weekday or unit).
  func startsTemporal(_ index: Int) -> Bool {
    guard let token = token(index) else { return false }
    if token.kind == .number { return true }
    guard let entry = entry(index) else { return false }
    return entry.month > 0 || entry.weekday > 0 || entry.unit != nil || entry.keyword == .manana
  }

  /// True when the word at `index` ends in `s` (and is not `mes`).
  func isPlural(_ index: Int) -> Bool {
    guard let token = token(index), token.kind == .word, !isKw(index, .mes) else { return false }
    return source.folded.utf8[Int(token.byteEnd) - 1] == 0x73
  }

  // MARK: - Helpers

  func reference(_ first: Int, _ last: Int, _ kind: Timex.Reference) -> Candidate {
    Candidate(first: first, last: last, shape: .reference(kind))
  }

  func set(_ index: Int, _ period: TimexDuration.Component) -> Candidate {
    set(index, index, period)
  }

  func set(_ first: Int, _ last: Int, _ period: TimexDuration.Component) -> Candidate {
    Candidate(first: first, last: last, shape: .set(TimexDuration([period])), type: .set)
  }

  /// `candidate` with the preposition before `first` (for ranges and `a partir de`).
  func withLeft(_ candidate: Candidate, _ first: Int) -> Candidate {
    var result = candidate
    let context = left(of: first)
    result.preposition = context.preposition
    result.isStart = context.isStart
    return result
  }

  /// How a weekday (or weekend) is anchored: a tense word, a demonstrative, or an article.
  ///
  /// Nil when nothing anchors it; a bare `lunes` is too weak to be a date.
  private func weekdayMode(_ context: Left, _ post: (tense: VerbTense, last: Int)?) -> Candidate.WeekdayMode? {
    if let tense = context.deictic ?? post?.tense { return tense == .past ? .past : .next }
    if context.demonstrative { return .this }
    return context.article != nil ? .bare : nil
  }
}
