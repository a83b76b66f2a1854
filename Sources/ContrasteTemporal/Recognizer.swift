/// Finds temporal expressions in a token stream.
///
/// One left-to-right pass per segment: at each token that can head an expression (a number, a
/// month, a weekday, a unit, a relative word) a matcher reads a bounded number of tokens after
/// it and before it (never before the end of the previous expression), so the pass is linear.
struct Recognizer {
  let tokens: [ScanToken]
  let lexicon: Lexicon
  let source: SourceText
  /// The current segment's tokens are `lo..<hi`.
  var lo = 0
  var hi = 0
  /// Tokens before this index belong to an earlier expression.
  var floor = 0
  /// Expressions found so far in the segment.
  var found: [Candidate] = []

  init(tokens: [ScanToken], lexicon: Lexicon, source: SourceText) {
    self.tokens = tokens
    self.lexicon = lexicon
    self.source = source
  }

  /// All expressions, in text order, never overlapping.
  mutating func candidates() -> [Candidate] {
    var result: [Candidate] = []
    var start = 0
    while start < tokens.count {
      var end = start + 1
      while end < tokens.count, tokens[end].segment == tokens[start].segment { end += 1 }
      lo = start
      hi = end
      floor = start
      found = []
      scanSegment()
      linkRanges()
      result += found
      start = end
    }
    return result
  }

  private mutating func scanSegment() {
    var index = lo
    while index < hi {
      var expression: [Candidate] = []
      do {
        // The matchers read a constant copy, made again only when an expression moves the
        // floor: called on `self` from this mutating method, every call copied the whole
        // recognizer. The copy ends with this block, before `found` grows (else every append
        // would copy the array it shares).
        let scanner = self
        while index < hi {
          if let matched = scanner.match(at: index), !matched.isEmpty {
            expression = matched
            break
          } else if tokens[index].kind == .number {
            index = scanner.compoundEnd(at: index) + 1
          } else {
            index += 1
          }
        }
      }
      guard let last = expression.last else { break }
      found += expression
      index = last.last + 1
      floor = index
    }
  }

  /// The expressions headed by token `index` (several for a list such as `del 13 al 15 de julio`).
  func match(at index: Int) -> [Candidate]? {
    // Read in place: every token of every segment comes here, and a copy of it costs a `memcpy`.
    guard index >= lo, index < hi else { return nil }
    switch tokens[index].kind {
    case .number: return matchNumber(index)
    case .punctuation: return nil
    case .word:
      let found = tokens[index].entry
      guard found >= 0 else { return nil }
      let entry = lexicon.entries[Int(found)]
      if entry.month > 0 || entry.monthAbbreviation > 0, let result = matchMonth(index, entry) { return result }
      if entry.weekday > 0, let result = matchWeekday(index, entry.weekday) { return result }
      if entry.cardinal >= 0 || entry.keyword == .primero, let result = matchCardinal(index) { return result }
      if let keyword = entry.keyword, let result = matchKeyword(index, keyword) { return result }
      if let unit = entry.unit, let result = matchUnit(index, unit) { return result }
      return nil
    }
  }

  // MARK: - Ranges

  /// Marks the two ends of `del X al Y`, `desde X hasta Y`, `entre X y Y`, `de X a Y`, and lets
  /// the first end take the month and year it lacks from the second.
  private mutating func linkRanges() {
    guard found.count >= 2 else { return }
    for index in 0..<(found.count - 1) {
      let first = found[index]
      let second = found[index + 1]
      guard first.rangeRole == nil, let preposition = first.preposition else { continue }
      let between = (first.last + 1)..<second.first
      guard let connector = between.first.flatMap(kw) else { continue }
      let fits: Bool
      switch preposition {
      case .del, .de: fits = connector == .al || connector == .a
      case .desde: fits = connector == .hasta || connector == .a || connector == .al
      case .entre: fits = connector == .y || connector == .e
      default: fits = false
      }
      let rest = between.dropFirst().allSatisfy { [.el, .la, .las, .los].contains(kw($0)) }
      guard fits, rest, between.count <= 2, Self.sameKind(first, second) else { continue }
      found[index].rangeRole = .from
      found[index + 1].rangeRole = .to
      borrow(into: index, from: index + 1)
    }
  }

  /// Both ends are calendar expressions, or both clock times, or both weekdays.
  private static func sameKind(_ first: Candidate, _ second: Candidate) -> Bool {
    switch (first.shape, second.shape) {
    case (.calendar, .calendar), (.clock, .clock), (.weekday, .weekday), (.relativeDay, .relativeDay): return true
    case (.calendar, .relativeDay), (.relativeDay, .calendar): return true
    default: return false
    }
  }

  /// Gives the first end of a range the month and year of the second (`del 28 al 3 de enero`:
  /// the first end is in the month before).
  private mutating func borrow(into index: Int, from other: Int) {
    guard case .calendar = found[index].shape, case .calendar = found[other].shape else { return }
    let source = found[other]
    var target = found[index]
    if let day = target.day, target.month == nil, let month = source.month {
      var yearShift = 0
      target.month = month
      if let sourceDay = source.day, day > sourceDay {
        target.month = month == 1 ? 12 : month - 1
        yearShift = month == 1 ? -1 : 0
      }
      target.monthBorrowed = true
      if target.year == nil, let year = source.year {
        target.year = year + yearShift
        target.yearBorrowed = true
      }
    } else if let month = target.month, target.year == nil, let year = source.year {
      target.year = month > source.month ?? 13 ? year - 1 : year
      target.yearBorrowed = true
    }
    found[index] = target
  }

  // MARK: - Tokens

  func token(_ index: Int) -> ScanToken? { index >= lo && index < hi ? tokens[index] : nil }

  func entry(_ index: Int) -> Lexicon.Entry? {
    guard let token = token(index), token.kind == .word, token.entry >= 0 else { return nil }
    return lexicon.entries[Int(token.entry)]
  }

  func kw(_ index: Int) -> Keyword? { entry(index)?.keyword }

  func isKw(_ index: Int, _ keywords: Keyword...) -> Bool {
    guard let keyword = kw(index) else { return false }
    return keywords.contains(keyword)
  }

  /// True when token `index` is the punctuation mark `mark`.
  func isPunct(_ index: Int, _ mark: UInt8) -> Bool {
    guard let token = token(index), token.kind == .punctuation else { return false }
    return token.value == Int32(mark)
  }

  /// True when token `index` follows the previous token without a space.
  func isGlued(_ index: Int) -> Bool {
    guard let token = token(index), index > lo else { return false }
    return !token.spaced
  }

  /// Token `index` may be looked at as left context (after the previous expression).
  func isFree(_ index: Int) -> Bool { index >= floor && index >= lo && index < hi }

  /// A plain number token (not part of `1.500` or `2/2025`), its value and digit count.
  func plainNumber(_ index: Int) -> (value: Int, digits: Int)? {
    guard let token = token(index), token.kind == .number, token.value >= 0 else { return nil }
    if isGlued(index), let previous = self.token(index - 1) {
      if previous.kind == .word { return nil }
      if previous.kind == .punctuation, !Self.openers.contains(previous.value) { return nil }
    }
    if isGlued(index + 1), let next = self.token(index + 1), next.kind == .punctuation,
      [0x2F, 0x2D, 0x2E, 0x3A, 0x2C].contains(next.value), isGlued(index + 2),
      self.token(index + 2)?.kind == .number
    {
      return nil
    }
    return (Int(token.value), Int(token.length))
  }

  /// Marks after which a number may follow without a space: `(`, `[` and quotes.
  static let openers: Set<Int32> = [0x28, 0x22, 0x27, 0x5B]

  // MARK: - Left context

  /// What precedes an expression's head: modifiers that belong to the span and the preposition
  /// that does not.
  struct Left {
    /// The first token of the span before the article is considered.
    var start: Int
    /// `el`, `la`, `los`, `las`, or the contraction `del`/`al`.
    var article: Int?
    var contraction = false
    var demonstrative = false
    var deictic: VerbTense?
    var part: TemporalMention.Modifier?
    var preposition: Keyword?
    var isStart = false
    var each = false
    /// `todos los` before a plural unit or weekday.
    var every = false

    /// The first token of the span: the article is kept when the phrase has a deictic modifier.
    func spanStart(postDeictic: Bool = false) -> Int {
      guard let article, !contraction || part != nil, deictic != nil || postDeictic || every else { return start }
      return min(start, article)
    }
  }

  /// The modifiers before `head`, scanned right to left: a deictic word, an article or
  /// demonstrative, a part of period (`mediados de`) and a preposition.
  func left(of head: Int) -> Left {
    var context = Left(start: head)
    var index = head - 1
    if isFree(index), let keyword = kw(index) {
      switch keyword {
      case .pasado, .pasada, .pasados, .pasadas:
        context.deictic = .past
        context.start = index
        index -= 1
      case .proximo, .proxima, .proximos, .proximas:
        context.deictic = .future
        context.start = index
        index -= 1
      default: break
      }
    }
    if isFree(index), let keyword = kw(index) {
      switch keyword {
      case .el, .la, .los, .las:
        context.article = index
        index -= 1
        if isFree(index), isKw(index, .todos, .todas) {
          context.every = true
          context.start = index
          index -= 1
        }
      case .del, .al:
        context.article = index
        context.contraction = true
        index -= 1
      case .este, .esta, .estos, .estas, .ese, .esa, .esos, .esas, .aquel, .aquella:
        context.demonstrative = true
        context.start = index
        index -= 1
      case .cada:
        context.each = true
        context.start = index
        index -= 1
      default: break
      }
    }
    // A part of the period: `mediados de`, `finales del`, `principios de este`.
    var connector: Int?
    if context.contraction, let article = context.article, isKw(article, .del) {
      connector = article
    } else if isFree(index), isKw(index, .de) {
      connector = index
    }
    if let connector, isFree(connector - 1), let part = kw(connector - 1).flatMap({ Self.parts[$0] }) {
      context.part = part
      context.start = connector - 1
      index = connector - 2
    } else if context.contraction, let article = context.article {
      // `del`/`al` hold the preposition themselves.
      context.preposition = kw(article)
      if isKw(article, .del), isFree(article - 2), isKw(article - 1, .partir), isKw(article - 2, .a) {
        context.isStart = true
        context.preposition = .partir
      }
      return context
    }
    guard isFree(index), let keyword = kw(index) else { return context }
    switch keyword {
    case .de:
      if isFree(index - 2), isKw(index - 1, .partir), isKw(index - 2, .a) {
        context.isStart = true
        context.preposition = .partir
      } else if isFree(index - 1), isKw(index - 1, .antes, .despues, .dentro) {
        context.preposition = kw(index - 1)
      } else {
        context.preposition = .de
      }
    case .a, .al, .del, .en, .desde, .hasta, .durante, .entre, .para, .hacia, .tras, .antes, .despues, .por, .sobre,
      .y, .o, .e:
      context.preposition = keyword
    default: break
    }
    return context
  }

  /// Words that name a part of a period before `de`.
  static let parts: [Keyword: TemporalMention.Modifier] = [
    .principios: .start, .principio: .start, .inicios: .start, .inicio: .start, .comienzos: .start,
    .comienzo: .start, .mediados: .mid, .finales: .end, .fines: .end, .fin: .end, .final: .end,
  ]

  /// A deictic word right after `index` (`el martes pasado`, `el mes que viene`), and its last token.
  func postDeictic(after index: Int) -> (tense: VerbTense, last: Int)? {
    guard let keyword = kw(index + 1) else { return nil }
    switch keyword {
    case .pasado, .pasada, .anterior: return (.past, index + 1)
    case .proximo, .proxima, .entrante, .siguiente, .venidero, .venidera: return (.future, index + 1)
    case .que where isKw(index + 2, .viene): return (.future, index + 2)
    default: return nil
    }
  }

  /// True when the expression before token `index` (at `index - 2`, joined by `y`, `o`, `a`,
  /// `al`, `hasta` or a comma) is a month or year, so a bare month or year may follow.
  func continuesList(at index: Int) -> Bool {
    guard let previous = found.last, previous.last == index - 2 else { return false }
    guard isKw(index - 1, .y, .o, .e, .a, .al, .hasta) || isPunct(index - 1, 0x2C) else { return false }
    guard case .calendar = previous.shape, previous.day == nil else { return false }
    return true
  }
}
