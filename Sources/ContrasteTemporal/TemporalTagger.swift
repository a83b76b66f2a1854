import ContrasteNormalizer

/// Finds Spanish temporal expressions and resolves them against the publication date (DCT).
///
/// The text is folded once (``Folder/fold(_:)``), tokenized in one pass over the folded UTF-8,
/// and matched by hand-written rules with bounded look-ahead, so tagging is linear in the text.
/// Offsets and quotes refer to the original text. It holds no ICU object (its ``Folder`` calls
/// ICU's immutable normalizers), so one tagger can serve every task.
///
/// Without a DCT, relative expressions (`ayer`, `este martes`) stay unresolved (`XXXX-XX-XX`,
/// anchor `none`); a date without a year (`el pasado 11 de diciembre`) gets a year inferred from
/// the nearest date written in full in the same text (anchor `inferred`), or keeps `XXXX`.
public struct TemporalTagger: Sendable {
  private let folder: Folder
  private let lexicon: Lexicon

  /// Entries of the words given to `init(folder:words:)`, in their order (-1 for an empty one).
  package let wordEntries: [Int32]

  /// A tagger that folds with `folder` (share its `FoldTable` between tasks, not the folder).
  public init(folder: Folder) throws(ICUError) {
    try self.init(folder: folder, words: [])
  }

  /// A tagger whose tokens also say which of `words` (folded, one token each) they spell, in
  /// `ScanToken.word`: the entries are `wordEntries`, found by the probe that looks up the
  /// tagger's own words, so a later stage need not look the token up again.
  package init(folder: Folder, words: [String]) throws(ICUError) {
    self.folder = folder
    let names = try MonthNames(folder: folder)
    let symbols = try DateSymbols(locale: "es")
    var lexicon = try Lexicon(folder: folder, names: names, fullMonths: symbols.months)
    wordEntries = lexicon.addWords(words)
    self.lexicon = lexicon
  }

  /// The number of lexicon entries: every `ScanToken.word` is below it.
  package var wordCount: Int { lexicon.entries.count }

  /// The temporal expressions of `text`, sorted by start then end offset.
  ///
  /// `dct` is the publication date; pass nil when it is unknown. Every line is read on its own.
  /// If ICU fails to fold the text (it does not for valid strings), the result is empty.
  public func tag(_ text: String, dct: DayDate?) -> [TemporalMention] {
    guard let folded = try? folder.fold(text) else { return [] }
    return tag(original: UTF8Text(text), folded: folded, segments: nil, dct: dct)
  }

  /// The temporal expressions of an article, boilerplate segments skipped.
  ///
  /// Credits, bylines and metadata lines are not read. The DCT is `dct`, else the article's
  /// publication date.
  public func tag(_ article: Article, dct: DayDate? = nil) -> [TemporalMention] {
    guard let folded = try? folder.fold(article.text) else { return [] }
    return tag(article, folded: folded, dct: dct)
  }

  /// The temporal expressions of an article already folded by the caller.
  ///
  /// `folded` must be the fold of `article.text` with the tagger's fold options; a caller that
  /// needs the folded text too (the claim extractor) folds once and shares it.
  public func tag(_ article: Article, folded: FoldedText, dct: DayDate? = nil) -> [TemporalMention] {
    tag(article, folded: folded, original: UTF8Text(article.text), dct: dct)
  }

  /// The temporal expressions of an article whose UTF-8 offsets the caller has built already.
  package func tag(_ article: Article, folded: FoldedText, original: UTF8Text, dct: DayDate?) -> [TemporalMention] {
    scan(article, folded: folded, original: original, dct: dct, hashingWords: false).mentions
  }

  /// The temporal expressions of an article; with `hashingWords`, the hashes of its words for
  /// copy detection, made in the same pass over the text (see `WordHashes`); and the tokens the
  /// tagger split the article's segments into, for a later stage that splits the same text (see
  /// `ScannedText`).
  package func scan(
    _ article: Article, folded: FoldedText, original: UTF8Text, dct: DayDate?, hashingWords: Bool
  ) -> (mentions: [TemporalMention], words: WordHashes?, scanned: ScannedText) {
    let segments = article.segments.filter { $0.boilerplate == nil }.map { segment in
      folded.foldedOffset(
        ofOriginal: segment.range.lowerBound)..<folded.foldedOffset(ofOriginal: segment.range.upperBound)
    }
    let tokenizer = Tokenizer(lexicon: lexicon)
    var (tokens, words, entered) = tokenizer.scan(folded, segments: segments, hashingWords: hashingWords)
    let mentions = tag(&tokens, original: original, folded: folded, dct: dct ?? article.published?.date)
    return (mentions, words, ScannedText(tokens: tokens, enteredSegments: entered))
  }

  private func tag(original: UTF8Text, folded: FoldedText, segments: [Range<Int>]?, dct: DayDate?) -> [TemporalMention]
  {
    var tokens = Tokenizer(lexicon: lexicon).tokens(of: folded, segments: segments)
    return tag(&tokens, original: original, folded: folded, dct: dct)
  }

  /// The mentions in `tokens` (which get their sentences and clauses marked: taken `inout` so
  /// that marking them does not copy them).
  private func tag(_ tokens: inout [ScanToken], original: UTF8Text, folded: FoldedText, dct: DayDate?)
    -> [TemporalMention]
  {
    let tokenizer = Tokenizer(lexicon: lexicon)
    guard !tokens.isEmpty else { return [] }
    let source = SourceText(original, folded: folded)
    tokenizer.markSentences(&tokens, source: source)
    var recognizer = Recognizer(tokens: tokens, lexicon: lexicon, source: source)
    let candidates = recognizer.candidates()
    guard !candidates.isEmpty else { return [] }
    let detector = TenseDetector(tokens: tokens, lexicon: lexicon, source: source)
    let resolver = Resolver(dct: dct)
    var tenses = [VerbTense??](repeating: nil, count: candidates.count)
    func tense(_ index: Int) -> VerbTense? {
      if let known = tenses[index] { return known }
      let value = detector.tense(for: candidates[index])
      tenses[index] = .some(value)
      return value
    }

    var results: [Resolver.Result] = []
    results.reserveCapacity(candidates.count)
    for (index, candidate) in candidates.enumerated() {
      let needsTense = Resolver.needsTense(candidate) && (dct != nil || Resolver.needsYear(candidate))
      results.append(resolver.resolve(candidate, tense: needsTense ? tense(index) : nil))
    }
    useSentenceReferences(candidates, tokens: tokens, &results, dct: dct, tense: tense)
    if dct == nil { inferYears(candidates, &results, resolver: resolver, tense: tense) }
    orderRanges(candidates, &results)
    attachClockTimes(candidates, tokens: tokens, &results)

    var mentions: [TemporalMention] = []
    mentions.reserveCapacity(candidates.count)
    for (candidate, result) in zip(candidates, results) {
      let range = source.originalRange(tokens[candidate.first].start, tokens[candidate.last].end)
      var type = candidate.type
      if result.timex.granularity == .partOfDay || result.timex.granularity == .time { type = .time }
      mentions.append(
        TemporalMention(
          range: range, text: source.quote(range), type: type, timex: result.timex, anchor: result.anchor,
          mod: candidate.mod, isStart: candidate.isStart, rangeRole: candidate.rangeRole, tense: result.tense,
          diagnostics: result.diagnostics))
    }
    mentions.sort { ($0.range.lowerBound, $0.range.upperBound) < ($1.range.lowerBound, $1.range.upperBound) }
    // Inside a stretch that ICU folded whole (`MAÑANA🎉MAÑANA`), every token maps back to the
    // whole stretch: keep one mention per stretch so that mentions never overlap.
    var end = 0
    mentions.removeAll { mention in
      guard mention.range.lowerBound >= end, !mention.range.isEmpty else { return true }
      end = mention.range.upperBound
      return false
    }
    return mentions
  }

  /// Without a DCT: gives dates without a year a year inferred from the nearest date written in
  /// full (see ``Resolver/infer(_:tense:reference:referenceTense:)``).
  private func inferYears(
    _ candidates: [Candidate], _ results: inout [Resolver.Result], resolver: Resolver, tense: (Int) -> VerbTense?
  ) {
    var references: [(index: Int, interval: ClosedRange<DayDate>)] = []
    for (index, result) in results.enumerated() where result.anchor == .absolute {
      guard candidates[index].type == .date, let interval = result.timex.interval else { continue }
      references.append((index, TemporalMention.narrow(interval, by: candidates[index].mod)))
    }
    guard !references.isEmpty else { return }
    for (index, candidate) in candidates.enumerated() where Resolver.needsYear(candidate) {
      guard results[index].anchor == .none else { continue }
      func gap(_ other: Int) -> Int {
        let reference = candidates[other]
        return reference.last < candidate.first ? candidate.first - reference.last : reference.first - candidate.last
      }
      guard let nearest = references.min(by: { gap($0.index) < gap($1.index) }) else { continue }
      if let inferred = resolver.infer(
        candidate, tense: tense(index), reference: nearest.interval, referenceTense: tense(nearest.index))
      {
        results[index] = inferred
      }
    }
  }

  /// Dates without a year take it from a full date earlier in the same sentence.
  ///
  /// `aprobó el 3 de marzo de 2024 y la publicó el día 5` → `2024-03-05`: a bare day takes the
  /// month too. Among the neighbouring years (months) the one nearest to the reference wins;
  /// with a DCT it must lie on the tense's side of it.
  private func useSentenceReferences(
    _ candidates: [Candidate], tokens: [ScanToken], _ results: inout [Resolver.Result], dct: DayDate?,
    tense: (Int) -> VerbTense?
  ) {
    var reference: (index: Int, interval: ClosedRange<DayDate>)?
    for (index, candidate) in candidates.enumerated() {
      let sentence = tokens[candidate.first].sentence
      if let current = reference, tokens[candidates[current.index].last].sentence != sentence { reference = nil }
      guard case .calendar = candidate.shape else { continue }
      if candidate.year != nil, !candidate.yearBorrowed, results[index].anchor == .absolute,
        let interval = results[index].timex.interval
      {
        reference = (index, interval)
        continue
      }
      guard let reference, candidate.year == nil, candidate.yearOffset == nil, !candidate.monthBorrowed,
        candidate.month != nil || candidate.day != nil
      else { continue }
      // Without a DCT, dates with a month get their year from `inferYears`.
      if candidate.month != nil, dct == nil { continue }
      guard let chosen = nearest(candidate, reference.interval, tense: tense(index), dct: dct) else { continue }
      results[index].timex.year = chosen.year
      if candidate.day != nil {
        results[index].timex.month = chosen.month
        results[index].timex.day = chosen.day
      }
      results[index].timex.yearIsUnknown = dct == nil
      results[index].anchor = dct == nil ? .inferred : .absolute
      results[index].diagnostics = Resolver.weekdayCheck(results[index].timex, candidate.weekday)
    }
  }

  /// The date (a day, or the first day of a month) near `reference` that `candidate` can mean,
  /// on the tense's side of the DCT when there is one.
  private func nearest(
    _ candidate: Candidate, _ reference: ClosedRange<DayDate>, tense: VerbTense?, dct: DayDate?
  ) -> DayDate? {
    let anchor = reference.lowerBound
    var options: [DayDate] = []
    if let month = candidate.month {
      for year in (anchor.year - 1)...(reference.upperBound.year + 1) {
        if let date = DayDate(year: year, month: month, day: candidate.day ?? 1) { options.append(date) }
      }
    } else if let day = candidate.day {
      guard let first = DayDate(year: anchor.year, month: anchor.month, day: 1) else { return nil }
      for offset in -1...1 {
        let month = first.adding(months: offset)
        if let date = DayDate(year: month.year, month: month.month, day: day) { options.append(date) }
      }
    }
    if let dct {
      options = options.filter { date in
        let last = candidate.day == nil ? date.adding(months: 1).adding(days: -1) : date
        switch tense {
        case .past: return date <= dct
        case .future: return last >= dct
        default: return true
        }
      }
    }
    func distance(_ date: DayDate) -> Int {
      let last = candidate.day == nil ? date.adding(months: 1).adding(days: -1) : date
      if last < reference.lowerBound { return reference.lowerBound.daysSinceEpoch - last.daysSinceEpoch }
      if date > reference.upperBound { return date.daysSinceEpoch - reference.upperBound.daysSinceEpoch }
      return 0
    }
    return options.min { distance($0) < distance($1) }
  }

  /// Gives clock times and lone parts of day (`a las 9:15 horas`, `por la tarde`) the day named
  /// nearest to them in the same sentence, else the DCT.
  private func attachClockTimes(
    _ candidates: [Candidate], tokens: [ScanToken], _ results: inout [Resolver.Result]
  ) {
    for (index, candidate) in candidates.enumerated() {
      switch candidate.shape {
      case .clock, .partOfDay: break
      default: continue
      }
      let sentence = tokens[candidate.first].sentence
      var best: (index: Int, distance: Int)?
      var other = index - 1
      while other >= 0, tokens[candidates[other].last].sentence == sentence {
        if isDay(results[other].timex) {
          best = (other, candidate.first - candidates[other].last)
          break
        }
        other -= 1
      }
      other = index + 1
      while other < candidates.count, tokens[candidates[other].first].sentence == sentence {
        if isDay(results[other].timex) {
          let distance = candidates[other].first - candidate.last
          if best == nil || distance < best?.distance ?? Int.max { best = (other, distance) }
          break
        }
        other += 1
      }
      guard let day = best?.index else { continue }
      var timex = results[index].timex
      let base = results[day].timex
      timex.year = base.year
      timex.month = base.month
      timex.day = base.day
      timex.yearIsUnknown = base.yearIsUnknown
      results[index].timex = timex
      results[index].anchor = results[day].anchor
    }
  }

  private func isDay(_ timex: Timex) -> Bool {
    switch timex.granularity {
    case .day, .partOfDay: return true
    default: return false
    }
  }

  /// Makes the first end of a range or list take the year of the second when it took its month
  /// from it (`del [13] al 15 de julio`), and come before the second: `del 28 de diciembre al 3
  /// de enero` moves the end into the next year when it was resolved without a written year.
  private func orderRanges(_ candidates: [Candidate], _ results: inout [Resolver.Result]) {
    guard candidates.count >= 2 else { return }
    for index in 0..<(candidates.count - 1) where candidates[index].monthBorrowed && candidates[index].year == nil {
      var partner = index + 1
      while partner < candidates.count, candidates[partner].monthBorrowed { partner += 1 }
      guard partner < candidates.count, let year = results[partner].timex.year, let month = candidates[index].month,
        let partnerMonth = candidates[partner].month
      else { continue }
      results[index].timex.year = month > partnerMonth ? year - 1 : year
      results[index].anchor = results[partner].anchor
      results[index].timex.yearIsUnknown = results[partner].timex.yearIsUnknown
      results[index].diagnostics = Resolver.weekdayCheck(results[index].timex, candidates[index].weekday)
    }
    for index in 0..<(candidates.count - 1) where candidates[index].rangeRole == .from {
      let next = index + 1
      guard candidates[next].rangeRole == .to, let first = results[index].timex.interval,
        let second = results[next].timex.interval, first.lowerBound > second.upperBound
      else { continue }
      if results[next].anchor != .absolute, let year = results[next].timex.year {
        results[next].timex.year = year + 1
      } else if results[index].anchor != .absolute, let year = results[index].timex.year {
        results[index].timex.year = year - 1
      }
    }
  }
}
