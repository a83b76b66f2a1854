import ContrasteNormalizer

/// Expressions headed by a number: dates, years, clock times, durations, days of the month.
extension Recognizer {
  /// A run of numbers joined by `/ - . : ,` without spaces (`11/12/2025`, `9:15`, `1.500`).
  struct NumberRun {
    var parts: [(value: Int, digits: Int)]
    var separators: [Int32]
    var first: Int
    var last: Int
  }

  /// The last token of the run of glued numbers starting at `index` (at most eight parts).
  func compoundEnd(at index: Int) -> Int {
    var current = index
    var parts = 1
    while parts < 8, isGluedNumber(after: current) {
      current += 2
      parts += 1
    }
    return current
  }

  /// True when `index` is followed by a glued separator and a glued number (`11/12`).
  func isGluedNumber(after index: Int) -> Bool {
    guard let mark = token(index + 1), mark.kind == .punctuation, !mark.spaced,
      mark.value == 0x2F || mark.value == 0x2D || mark.value == 0x2E || mark.value == 0x3A || mark.value == 0x2C,
      let next = token(index + 2), next.kind == .number, !next.spaced
    else { return false }
    return true
  }

  /// The run of glued numbers starting at `index` (at most eight parts are read).
  func compound(at index: Int) -> NumberRun {
    let token = tokens[index]
    var run = NumberRun(parts: [(Int(token.value), Int(token.length))], separators: [], first: index, last: index)
    var current = index
    while run.parts.count < 8, let mark = self.token(current + 1), mark.kind == .punctuation,
      [0x2F, 0x2D, 0x2E, 0x3A, 0x2C].contains(mark.value), !mark.spaced,
      let next = self.token(current + 2), next.kind == .number, !next.spaced
    {
      run.parts.append((Int(next.value), Int(next.length)))
      run.separators.append(mark.value)
      current += 2
    }
    run.last = current
    return run
  }

  func matchNumber(_ index: Int) -> [Candidate]? {
    guard let token = token(index), token.value >= 0 else { return nil }
    if isGlued(index), let previous = self.token(index - 1) {
      if previous.kind == .word { return nil }
      if previous.kind == .punctuation, !Self.openers.contains(previous.value) { return nil }
    }
    if isGluedNumber(after: index) { return compoundExpression(compound(at: index)).map { [$0] } }
    let value = Int(token.value)
    let digits = Int(token.length)
    var after = index + 1
    var ordinal = false
    if isGlued(after), let next = self.token(after) {
      if next.kind == .punctuation, next.value == ScanToken.ordinalMark {
        ordinal = true
        after += 1
      } else if isPunct(after, 0x2E), isGlued(after + 1), self.token(after + 1)?.value == ScanToken.ordinalMark,
        self.token(after + 1)?.kind == .punctuation
      {
        ordinal = true  // `1.º de enero`
        after += 2
      } else if next.kind == .word {
        if isOrdinalSuffix(after) {
          ordinal = true
          after += 1
          if isPunct(after, 0x2E), isGlued(after) { after += 1 }  // `1ro. de enero`
        } else if !isClockSuffix(after) {
          return nil  // 57D, G20-like codes
        }
      } else if next.kind == .punctuation, next.value == 0x2D, isGlued(after + 1), self.token(after + 1)?.kind == .word
      {
        return nil  // 2023-B
      }
    }
    if digits <= 2, (1...31).contains(value), let list = dayMonth(index, day: value, after: after) { return list }
    if ordinal { return nil }
    if let clock = clock(index, hour: value, minute: nil, after: after) { return [clock] }
    if digits == 4, let year = year(index, value: value, last: index) { return [year] }
    if digits == 2, let decade = bareDecade(index, value: value) { return [decade] }
    if let duration = duration(index, amount: value, after: after) { return [duration] }
    if digits <= 2, (1...31).contains(value), let day = dayOfMonth(index, day: value, after: after) { return [day] }
    return nil
  }

  /// A cardinal number in words: `once`, `treinta y uno`, `dos mil veintiséis`, `un`.
  func cardinalPhrase(_ index: Int) -> (value: Int, last: Int)? {
    var total = 0
    var current = 0
    var previous = -1
    var count = 0
    var last = index
    var position = index
    while count < 10, let entry = entry(position) {
      if entry.cardinal >= 0 {
        let value = entry.cardinal
        if count > 0, previous >= 0 {
          let previousIsTens = previous >= 20 && previous <= 90 && previous % 10 == 0
          if value < 1000 {
            if previous < 20 { break }
            if previousIsTens && !isKw(position - 1, .y) { break }
            if previous >= 100, previous < 1000, value >= 100 { break }
          }
        }
        if value == 1000 {
          current = (current == 0 ? 1 : current) * 1000
          total += current
          current = 0
        } else {
          current += value
        }
        previous = value
        last = position
        count += 1
        position += 1
      } else if entry.keyword == .y, count > 0, previous >= 30, previous <= 90, previous % 10 == 0,
        let next = self.entry(position + 1), (1...9).contains(next.cardinal)
      {
        position += 1
      } else {
        break
      }
    }
    guard count > 0 else { return nil }
    return (total + current, last)
  }

  func matchCardinal(_ index: Int) -> [Candidate]? {
    if kw(index) == .primero {
      return dayMonth(index, day: 1, after: index + 1)
    }
    guard let (value, last) = cardinalPhrase(index) else { return nil }
    if (1...31).contains(value), let list = dayMonth(index, day: value, after: last + 1) { return list }
    if (1000...2100).contains(value), let year = year(index, value: value, last: last) { return [year] }
    if last == index, let decade = bareDecade(index, value: value) { return [decade] }
    if value <= 24, let clock = clock(index, hour: value, minute: nil, after: last + 1, wordHour: true) {
      return [clock]
    }
    if let duration = duration(index, amount: value, after: last + 1) { return [duration] }
    return nil
  }

  // MARK: - Dates

  /// A day and month (`11 de diciembre [de 2025]`), or several days sharing one month.
  ///
  /// Lists and ranges: `del 13 al 15 de julio`, `lunes 17 al viernes 21 de mayo`,
  /// `3, 4 y 5 de marzo`. `index` is the first day's token, `weekdayIndex` its weekday's when
  /// one is written.
  func dayMonth(_ index: Int, day: Int, after: Int, weekday: Int? = nil, weekdayIndex: Int? = nil) -> [Candidate]? {
    struct Item {
      var first: Int
      var last: Int
      var day: Int
      var weekday: Int?
    }
    // Most numbers are no days: leave before allocating unless a month or a list can follow.
    guard isKw(after, .de, .y, .e, .o, .al, .a, .hasta) || isPunct(after, 0x2C) || monthName(at: after) != nil else {
      return nil
    }
    var items = [Item(first: weekdayIndex ?? index, last: after - 1, day: day, weekday: weekday)]
    var next = after
    var rangeLike = false
    while items.count < 8 {
      var probe = next
      guard isPunct(probe, 0x2C) || isKw(probe, .y, .e, .o, .al, .a, .hasta) else { break }
      let connectorIsRange = isKw(probe, .al, .a, .hasta)
      probe += 1
      if isKw(probe, .el) { probe += 1 }
      let itemFirst = probe
      var itemWeekday: Int?
      if let weekday = entry(probe)?.weekday, weekday > 0 {
        itemWeekday = weekday
        probe += 1
        if isPunct(probe, 0x2C) { probe += 1 }
      }
      guard let (value, digits) = plainNumber(probe), digits <= 2, (1...31).contains(value) else { break }
      var itemLast = probe
      if isGlued(probe + 1), isOrdinalSuffix(probe + 1) || self.token(probe + 1)?.value == ScanToken.ordinalMark {
        itemLast += 1
      }
      if connectorIsRange { rangeLike = true }
      items.append(Item(first: itemFirst, last: itemLast, day: value, weekday: itemWeekday))
      next = itemLast + 1
    }
    guard let lastItem = items.last else { return nil }
    var monthIndex = next
    if isKw(monthIndex, .de) { monthIndex += 1 }
    guard let (month, monthLast) = monthName(at: monthIndex) else { return nil }
    var last = monthLast
    var year: Int?
    var yearOffset: Int?
    if let (written, yearLast) = writtenYear(after: last) {
      year = written
      last = yearLast
    } else if let (offset, offsetLast) = relativeYear(after: last) {
      yearOffset = offset
      last = offsetLast
    }
    // `calle 5 de Mayo`, `Hospital 12 de Octubre`: a capitalised month without a year is a name.
    if year == nil, source.isTitlecase(tokens[monthIndex]) { return nil }
    let firstLeft = dayLeft(of: items[0].first)
    if isPlaceNoun(firstLeft.start - 1) || isPlaceNoun(items[0].first - 1) { return nil }
    for item in items where item.day > DayDate.daysIn(month: month, year: year ?? 2024) { return nil }
    if let year, DayDate(year: year, month: month, day: lastItem.day) == nil { return nil }
    let post = postDeictic(after: last)
    if let post { last = post.last }

    var result: [Candidate] = []
    for (position, item) in items.enumerated() {
      let isLast = position == items.count - 1
      let left = position == 0 ? firstLeft : Left(start: item.first)
      var candidate = Candidate(
        first: position == 0 ? left.spanStart(postDeictic: post != nil && isLast) : item.first,
        last: isLast ? last : item.last, shape: .calendar)
      candidate.day = item.day
      candidate.weekday = item.weekday
      candidate.month = month
      candidate.year = year
      candidate.yearOffset = yearOffset
      if !isLast {
        candidate.yearBorrowed = year != nil
        candidate.monthBorrowed = true
        if rangeLike, item.day > lastItem.day {
          candidate.month = month == 1 ? 12 : month - 1
          if month == 1, let year { candidate.year = year - 1 }
        }
      }
      if position == 0 {
        candidate.preposition = left.preposition
        candidate.isStart = left.isStart
        candidate.mod = left.part
        candidate.deictic = left.deictic ?? (isLast ? post?.tense : nil)
      } else if isLast {
        candidate.deictic = post?.tense
      }
      result.append(candidate)
    }
    if rangeLike, result.count == 2 {
      result[0].rangeRole = .from
      result[1].rangeRole = .to
    }
    return result
  }

  /// The left context of a day number, with `día` (`el día 3`) inside the span.
  func dayLeft(of index: Int) -> Left {
    if isFree(index - 1), isKw(index - 1, .dia) {
      var context = left(of: index - 1)
      context.start = min(context.start, index - 1)
      return context
    }
    return left(of: index)
  }

  /// A month name or abbreviation (`dic.`) at `index`: the month and the last token.
  func monthName(at index: Int) -> (month: Int, last: Int)? {
    guard let entry = entry(index) else { return nil }
    if entry.month > 0 { return (entry.month, index) }
    if entry.monthAbbreviation > 0 {
      if isPunct(index + 1, 0x2E), isGlued(index + 1) { return (entry.monthAbbreviation, index + 1) }
      return (entry.monthAbbreviation, index)
    }
    return nil
  }

  /// A year written after token `index`: `de 2025`, `del 2025`, `, 2025`, `2025`, `de dos mil veinticinco`.
  func writtenYear(after index: Int) -> (year: Int, last: Int)? {
    var position = index + 1
    var connector = false
    if isKw(position, .de, .del) || isPunct(position, 0x2C) {
      position += 1
      connector = true
    }
    if let (value, digits) = plainNumber(position), digits == 4, (1000...2999).contains(value) {
      if isGlued(position + 1), token(position + 1)?.kind == .word { return nil }
      return (value, position)
    }
    if connector, entry(position)?.cardinal ?? -1 >= 0, let (value, last) = cardinalPhrase(position),
      (1000...2999).contains(value)
    {
      return (value, last)
    }
    return nil
  }

  /// A year named relative to the DCT's after token `index`: `de este año` 0, `del año pasado` -1,
  /// `del próximo año` 1, `del año` 0.
  func relativeYear(after index: Int) -> (offset: Int, last: Int)? {
    let position = index + 1
    if isKw(position, .de), isKw(position + 1, .este), isKw(position + 2, .ano) { return (0, position + 2) }
    guard isKw(position, .del) else { return nil }
    if isKw(position + 1, .ano) {
      if let post = postDeictic(after: position + 1) { return (post.tense == .past ? -1 : 1, post.last) }
      if isKw(position + 2, .en), isKw(position + 3, .curso) { return (0, position + 3) }
      return (0, position + 1)
    }
    if isKw(position + 2, .ano) {
      if isKw(position + 1, .proximo) { return (1, position + 2) }
      if isKw(position + 1, .pasado) { return (-1, position + 2) }
      if isKw(position + 1, .presente) { return (0, position + 2) }
    }
    return nil
  }

  /// `11/12/2025`, `11-12-2025`, `2025-12-11` (day first; month first only when day first is no
  /// date), and clock times `9:15`, `21.30 horas`.
  func compoundExpression(_ run: NumberRun) -> Candidate? {
    guard run.parts.allSatisfy({ $0.value >= 0 }) else { return nil }
    if isGlued(run.last + 1), let next = token(run.last + 1) {
      if next.kind == .word, !isClockSuffix(run.last + 1) { return nil }
      if next.kind == .punctuation, next.value == 0x2D || next.value == 0x2F { return nil }
      if next.kind == .punctuation, next.value == 0x25 { return nil }
    }
    if isCodeNoun(run.first - 1) || isCodeNoun(run.first - 2) && isPunct(run.first - 1, 0x2E) { return nil }
    let parts = run.parts
    if parts.count == 3, run.separators[0] == run.separators[1], [0x2F, 0x2D, 0x2E].contains(run.separators[0]) {
      var date: DayDate?
      if parts[0].digits == 4, parts[1].digits <= 2, parts[2].digits <= 2 {
        date = DayDate(year: parts[0].value, month: parts[1].value, day: parts[2].value)
      } else if parts[0].digits <= 2, parts[1].digits <= 2, parts[2].digits == 4 || parts[2].digits == 2 {
        let year =
          parts[2].digits == 4 ? parts[2].value : (parts[2].value <= 50 ? 2000 + parts[2].value : 1900 + parts[2].value)
        date =
          DayDate(year: year, month: parts[1].value, day: parts[0].value)
          ?? DayDate(year: year, month: parts[0].value, day: parts[1].value)
      }
      guard let date else { return nil }
      let left = left(of: run.first)
      var candidate = Candidate(first: left.spanStart(), last: run.last, shape: .calendar)
      candidate.year = date.year
      candidate.month = date.month
      candidate.day = date.day
      candidate.preposition = left.preposition
      candidate.isStart = left.isStart
      return candidate
    }
    if parts.count == 2, parts[1].digits == 2, parts[0].digits <= 2 {
      if run.separators[0] == 0x3A {
        return clock(run.first, hour: parts[0].value, minute: parts[1].value, after: run.last + 1)
      }
      if run.separators[0] == 0x2E {
        return clock(run.first, hour: parts[0].value, minute: parts[1].value, after: run.last + 1, needsContext: true)
      }
    }
    return nil
  }

  // MARK: - Years

  /// A year (`en 2025`, `el 2022`, `año 2025`, `de dos mil treinta`): a four-digit number after
  /// a word that introduces years, and not before a counted noun (`de 2000 personas`).
  func year(_ index: Int, value: Int, last: Int) -> Candidate? {
    guard (1000...2100).contains(value) else { return nil }
    var first = index
    var context: Left
    if isFree(index - 1), isKw(index - 1, .ano) {
      first = index - 1
      context = left(of: index - 1)
    } else {
      context = left(of: index)
    }
    var cue = first < index || context.deictic != nil || context.part != nil || context.demonstrative
    if let article = context.article, isKw(article, .el, .del, .al) { cue = true }
    if let preposition = context.preposition {
      switch preposition {
      case .a: cue = cue || continuesList(at: index) || (1900...2100).contains(value)
      case .y, .o, .e, .al: cue = cue || continuesList(at: index)
      case .por, .sobre: break
      default: cue = true
      }
    }
    if isPunct(index - 1, 0x28) { cue = true }
    guard cue, !isCountNoun(last + 1) else { return nil }
    // `de 1500 a 2000 pesos`: the first end of a counted range is no year either.
    if isKw(last + 1, .a, .y, .o) || isPunct(last + 1, 0x2D), plainNumber(last + 2) != nil, isCountNoun(last + 3) {
      return nil
    }
    var candidate = Candidate(first: min(first, context.spanStart()), last: last, shape: .calendar)
    candidate.year = value
    candidate.preposition = context.preposition
    candidate.isStart = context.isStart
    candidate.mod = context.part
    candidate.deictic = context.deictic
    return candidate
  }

  /// True when token `index` is a noun that a number counts (`personas`, `millones`, `%`).
  func isCountNoun(_ index: Int) -> Bool {
    guard let token = token(index) else { return false }
    if token.kind == .punctuation { return token.value == 0x25 }
    guard token.kind == .word else { return false }
    if let keyword = entry(index)?.keyword {
      switch keyword {
      case .millones, .millon, .mil, .pesos, .dolares, .euros, .personas, .votos, .puntos, .kilometros, .km,
        .horas, .minutos, .dias, .anos, .meses, .semanas, .veces:
        return true
      case .por: return isKw(index + 1, .ciento)
      default: return false
      }
    }
    if entry(index)?.unit != nil { return true }
    // An unknown plural word: `2025 empresas`.
    let bytes = source.folded.utf8
    return token.length > 3 && bytes[Int(token.byteEnd) - 1] == 0x73
  }

  /// `a finales de los noventa`, `principios de los 80`: a decade after a part of period.
  func bareDecade(_ index: Int, value: Int) -> Candidate? {
    guard value >= 20, value <= 90, value % 10 == 0, isFree(index - 3), isKw(index - 1, .los), isKw(index - 2, .de),
      let part = kw(index - 3).flatMap({ Self.parts[$0] }), !isCountNoun(index + 1)
    else { return nil }
    var candidate = Candidate(first: index - 3, last: index, shape: .decade(1900 + value))
    candidate.mod = part
    candidate.preposition = left(of: index - 3).preposition
    return candidate
  }

  // MARK: - Clock times

  /// A clock time: `a las 9:15 horas`, `a las 7 de la mañana`, `21.30 horas`, `8 p. m.`.
  ///
  /// A bare number needs `a las` (or `desde las`…) before it.
  func clock(
    _ index: Int, hour: Int, minute: Int?, after: Int, wordHour: Bool = false, needsContext: Bool = false
  ) -> Candidate? {
    let hasArticle = isFree(index - 1) && isKw(index - 1, .las, .la)
    // Most numbers are no times: leave early unless something around them says so.
    if !hasArticle, minute == nil, !isKw(after, .horas, .hrs, .hr, .h, .hs, .am, .pm, .de, .del, .a),
      !wordIs(after, "p")
    {
      return nil
    }
    let context = left(of: index)
    var hasPreposition = false
    if hasArticle, let preposition = context.preposition {
      hasPreposition = [.a, .desde, .hasta, .hacia, .entre, .y, .de, .para, .partir, .sobre, .tras, .antes, .despues]
        .contains(preposition)
    }
    var hour = hour
    var minute = minute
    var confirmed = minute != nil && !needsContext
    var last = after - 1
    if minute == nil, isKw(after, .y), isKw(after + 1, .media, .cuarto) {
      minute = isKw(after + 1, .media) ? 30 : 15
      last = after + 1
    }
    let suffix = last + 1
    if isKw(suffix, .horas, .hrs, .hr, .h, .hs) {
      last = suffix
      confirmed = confirmed || hasPreposition || minute != nil
    } else if isKw(suffix, .am, .pm) || isMeridiem(suffix) != nil {
      let isPM = isKw(suffix, .pm) || isMeridiem(suffix) == true
      last = isKw(suffix, .am, .pm) ? suffix : suffix + (isPunct(suffix + 3, 0x2E) ? 3 : 2)
      guard hour <= 12 else { return nil }
      if isPM, hour < 12 { hour += 12 } else if !isPM, hour == 12 { hour = 0 }
      confirmed = true
    } else if isKw(suffix, .de), isKw(suffix + 1, .la), let part = kw(suffix + 2),
      [.manana, .tarde, .noche, .madrugada].contains(part)
    {
      guard hour <= 12 else { return nil }
      switch part {
      case .tarde: if hour < 12 { hour += 12 }
      case .noche: if hour == 12 { hour = 0 } else if hour >= 6 { hour += 12 }
      default: break
      }
      last = suffix + 2
      confirmed = true
    } else if isKw(suffix, .del), isKw(suffix + 1, .mediodia), hour <= 12 {
      last = suffix + 1
      confirmed = true
    }
    if isKw(last + 1, .en), isKw(last + 2, .punto) { last += 2 }
    if !confirmed, hasPreposition, !needsContext { confirmed = hour <= 24 }
    if !confirmed, needsContext, hasArticle, minute != nil { confirmed = true }
    guard confirmed, (0...24).contains(hour), (0..<60).contains(minute ?? 0) else { return nil }
    if hasArticle, isKw(index - 1, .la), hour != 1, hour != 13 { return nil }
    var candidate = Candidate(
      first: index, last: last, shape: .clock(hour: hour, minute: minute ?? 0), type: .time)
    candidate.preposition = context.preposition
    candidate.isStart = context.isStart
    return candidate
  }

  /// `a. m.` (false) or `p. m.` (true) starting at `index`, written with or without spaces.
  func isMeridiem(_ index: Int) -> Bool? {
    guard isKw(index, .a) || wordIs(index, "p"), isPunct(index + 1, 0x2E), wordIs(index + 2, "m") else { return nil }
    return wordIs(index, "p")
  }

  // MARK: - Durations

  /// `tres semanas`, `24 horas`, `un año y medio`, `cinco horas y diez minutos`; with `hace`,
  /// `dentro de` or `atrás` a date; with `cada` a set.
  func duration(_ index: Int, amount: Int, after: Int) -> Candidate? {
    guard let unit = entry(after)?.unit else { return nil }
    if unit == .second, amount == 1 { return nil }  // `un segundo` is mostly the ordinal
    let base = unit.base
    var length = TimexDuration([TimexDuration.Component(amount: amount * base.count, unit: base.unit)])
    var last = after
    var simple = true
    if isKw(last + 1, .y), isKw(last + 2, .medio, .media) {
      length = length.addingHalf()
      last += 2
      simple = false
    } else if isKw(last + 1, .y), let (second, secondLast) = smallNumber(at: last + 2),
      let secondUnit = entry(secondLast + 1)?.unit, secondUnit.base.unit > base.unit
    {
      length = length.adding(.init(amount: second * secondUnit.base.count, unit: secondUnit.base.unit))
      last = secondLast + 1
      simple = false
    }
    var first = index
    var shape = Candidate.Shape.duration(length)
    var type = TemporalMention.Kind.duration
    let context = left(of: index)
    var sign = 0
    if isFree(index - 1), isKw(index - 1, .hace) {
      // `desde hace diez años` measures a duration.
      if !(isFree(index - 2) && isKw(index - 2, .desde)) {
        sign = -1
        first = index - 1
      }
    } else if isFree(index - 2), isKw(index - 1, .de), isKw(index - 2, .dentro) {
      sign = 1
      first = index - 2
    } else if isKw(last + 1, .atras) {
      sign = -1
      last += 1
    } else if context.each {
      shape = .set(length)
      type = .set
      first = context.start
    }
    if sign != 0 {
      guard simple, let relative = Self.relativeShape(unit, amount * sign) else {
        return Candidate(first: index, last: last, shape: .duration(length), type: .duration)
      }
      shape = relative
      type = .date
    }
    var candidate = Candidate(first: first, last: last, shape: shape, type: type)
    candidate.preposition = sign == 0 ? context.preposition : nil
    return candidate
  }

  /// A number in digits or words at `index` (for the second part of `cinco horas y diez minutos`).
  func smallNumber(at index: Int) -> (Int, Int)? {
    if let (value, _) = plainNumber(index) { return (value, index) }
    return cardinalPhrase(index)
  }

  /// The date `amount` units from the DCT (`hace tres días`): days, weeks, months or years.
  static func relativeShape(_ unit: TimeUnit, _ amount: Int) -> Candidate.Shape? {
    let base = unit.base
    switch base.unit {
    case .day: return .relativeDay(amount * base.count)
    case .week: return .relativeUnit(.week, amount * base.count)
    case .month: return .relativeUnit(.month, amount * base.count)
    case .year: return .relativeUnit(.year, amount * base.count)
    case .hour, .minute, .second: return nil
    }
  }

  // MARK: - Days of the month

  /// `el 15`, `el día 3`, `antes del 25`: a day of the DCT's month (or the one before or after).
  func dayOfMonth(_ index: Int, day: Int, after: Int) -> Candidate? {
    let hasDay = isFree(index - 1) && isKw(index - 1, .dia)
    let articleIndex = hasDay ? index - 2 : index - 1
    let hasArticle = isFree(articleIndex) && isKw(articleIndex, .el, .del, .al)
    guard hasDay || hasArticle else { return nil }
    if !hasDay {
      guard isSafeAfterDay(after) else { return nil }
    } else if isPunct(after, 0x25) || isCountNoun(after) || isKw(after, .de, .del) {
      return nil  // `el día 1 de su mandato`, `el día 15 de cada mes`: no day of this month
    }
    let context = dayLeft(of: index)
    var candidate = Candidate(first: context.spanStart(), last: after - 1, shape: .calendar)
    candidate.day = day
    candidate.preposition = context.preposition
    candidate.isStart = context.isStart
    candidate.deictic = context.deictic
    return candidate
  }

  /// True when token `index` may follow a bare day (`el 22 para votar`) but not a quantity
  /// (`el 15 por ciento`, `el 40 %`, `el 15 aniversario`).
  func isSafeAfterDay(_ index: Int) -> Bool {
    guard let token = token(index) else { return true }
    switch token.kind {
    case .number: return false
    case .punctuation:
      if [0x25, 0x2F, 0x2D].contains(token.value) { return false }
      if token.value == 0x2E || token.value == 0x2C, isGlued(index + 1), self.token(index + 1)?.kind == .number {
        return false
      }
      return true
    case .word:
      guard let keyword = kw(index) else { return false }
      switch keyword {
      case .ante, .y, .e, .o, .u, .en, .a, .al, .cuando, .con, .para, .que, .se, .hasta, .del, .desde, .entre, .tras,
        .sin, .sobre, .mientras, .pero, .aunque, .segun, .la, .el, .los, .las, .lo, .su, .sus, .un, .una, .le, .les,
        .ya, .no, .como, .donde, .antes, .despues, .durante, .hacia:
        return true
      case .por: return !isKw(index + 1, .ciento)
      default: return false
      }
    }
  }

  // MARK: - Words next to numbers

  /// `1o`, `1ro`, `1er`, `1ero`, `1ra`, `1a` after a day number.
  func isOrdinalSuffix(_ index: Int) -> Bool {
    ["o", "ro", "er", "ero", "ra", "a"].contains { wordIs(index, $0) }
  }

  /// `h`, `hrs`, `am`, `pm` glued to a number (`15h`, `9am`).
  func isClockSuffix(_ index: Int) -> Bool { isKw(index, .h, .hs, .hr, .hrs, .horas, .am, .pm) }

  /// True when the word at `index` is exactly `word` (folded, ASCII).
  func wordIs(_ index: Int, _ word: StaticString) -> Bool {
    guard let token = token(index), token.kind == .word else { return false }
    let length = Int(token.byteEnd - token.byteStart)
    guard length == word.utf8CodeUnitCount else { return false }
    let bytes = source.folded.utf8
    return word.withUTF8Buffer { expected in
      for offset in 0..<length where bytes[Int(token.byteStart) + offset] != expected[offset] { return false }
      return true
    }
  }

  /// A noun after which numbers are codes, not dates: `Ley 2/2025`, `expediente 1523/2019`.
  func isCodeNoun(_ index: Int) -> Bool {
    guard let keyword = kw(index) else { return false }
    switch keyword {
    case .ley, .decreto, .expediente, .numero, .num, .no, .n, .nro, .articulo, .telefono, .tel, .folio, .oficio,
      .causa, .caso, .resolucion, .acuerdo, .circular, .norma, .reglamento, .codigo, .lote, .version, .modelo,
      .capitulo, .tomo, .pagina, .apartado, .inciso, .fraccion, .numeral, .sentencia:
      return true
    default: return false
    }
  }

  /// A noun after which `5 de Mayo` is a street or a building (`calle`, `colonia`, `hospital`).
  func isPlaceNoun(_ index: Int) -> Bool {
    guard isFree(index) || index >= lo, let keyword = kw(index) else { return false }
    switch keyword {
    case .calle, .avenida, .av, .avda, .colonia, .col, .plaza, .hospital, .escuela, .primaria, .secundaria, .club,
      .estadio, .puente, .barrio, .paseo, .glorieta, .calzada, .boulevard, .bulevar, .parque, .fraccionamiento,
      .unidad:
      return true
    default: return false
    }
  }
}
