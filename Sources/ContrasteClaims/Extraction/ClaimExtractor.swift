import ContrasteNormalizer
import ContrasteTemporal

/// Turns an article into typed claims: events with their dates, places and participants; people
/// and roles; figures with hedges and units; agreed topics; attribution.
///
/// Rule-based and lexicon-driven, precision first: a claim is made only where a lexicon phrase
/// anchors it, and every claim carries the exact original words. Boilerplate lines and headings
/// give no claims. It holds no ICU object, so one extractor can serve every task.
public struct ClaimExtractor: Sendable {
  public let lexicon: Lexicon
  let folder: Folder
  let tagger: TemporalTagger
  let matchers: LexiconMatchers
  let numbers: NumberParser
  /// The vocabulary id of each word of the tagger's lexicon (`ScanToken.word`), -1 for a word
  /// no phrase uses: the tagger knows the vocabulary's words too, so one probe per word serves
  /// both.
  let wordIds: [Int32]

  /// An extractor for `lexicon` (default: the bundled Spanish lexicon).
  public init(lexicon: Lexicon, folder: Folder) throws(ICUError) {
    self.lexicon = lexicon
    self.folder = folder
    let matchers = LexiconMatchers(lexicon, folder: folder)
    let words = matchers.vocabulary.words
    let tagger = try TemporalTagger(folder: folder, words: words)
    var wordIds = [Int32](repeating: -1, count: tagger.wordCount)
    for (id, entry) in tagger.wordEntries.enumerated() where entry >= 0 { wordIds[Int(entry)] = Int32(id) }
    self.tagger = tagger
    self.wordIds = wordIds
    self.matchers = matchers
    self.numbers = NumberParser(numberWordBit: matchers.numberWords.bit)
  }

  /// The claims of `article`; `dct` overrides the article's publication date.
  public func extract(_ article: Article, dct: DayDate? = nil) -> ArticleClaims {
    guard let folded = try? folder.fold(article.text) else {
      return ExtractionState(article: article, scalars: article.text.scalarArray, folded: []).result()
    }
    return extract(article, folded: folded, dct: dct)
  }

  /// The claims of `article` already folded by the caller (with this extractor's fold options),
  /// so one fold serves the tagger, the extractor and the caller.
  public func extract(_ article: Article, folded: FoldedText, dct: DayDate? = nil) -> ArticleClaims {
    extract(article, folded: folded, scalars: article.text.scalarArray, dct: dct)
  }

  /// The claims of `article` folded and split into scalars by the caller (`scalars` must be
  /// `article.text`'s: the reader has them already).
  package func extract(
    _ article: Article, folded: FoldedText, scalars: [Unicode.Scalar], dct: DayDate? = nil
  ) -> ArticleClaims {
    extract(article, folded: folded, scalars: scalars, dct: dct, hashingWords: false).claims
  }

  /// The claims, and with `hashingWords` the article's word hashes for copy detection, which
  /// the tagger makes in its pass over the text (see `WordHashes`).
  package func extract(
    _ article: Article, folded: FoldedText, scalars: [Unicode.Scalar], dct: DayDate?, hashingWords: Bool
  ) -> (claims: ArticleClaims, words: WordHashes?) {
    let original = UTF8Text(article.text)
    var state = ExtractionState(article: article, scalars: scalars, original: original, folded: folded.utf8)
    var (mentions, words, scanned) = tagger.scan(
      article, folded: folded, original: original, dct: dct, hashingWords: hashingWords)
    if dct == nil, let published = article.published, published.year == nil,
      let year = inferYear(published, mentions: mentions)
    {
      // A dateline without a year (`SANTIAGO, 12 nov (EFE).–`): its year from the dates it
      // reports just before it; every value resolved against it is then only inferred.
      let inferred = DayDate(year: year, month: published.month, day: published.day)
      mentions = tagger.tag(article, folded: folded, original: original, dct: inferred)
      state.dctInferred = true
      (state.reference, state.referenceSource) = (inferred, "inferred-publication")
    } else if let date = dct ?? article.published?.date {
      (state.reference, state.referenceSource) = (date, "publication")
    } else if article.published == nil {
      // An undated article speaks from after the latest past day it states in full (or, without
      // a past tense, the latest day it does not announce as future).
      let full = mentions.filter { $0.anchor == .absolute && $0.granularity.rawValue == "day" }
      let past = full.filter { $0.tense == .past }.compactMap { $0.interval?.upperBound }.max()
      let notFuture = full.filter { $0.tense != .future && !$0.isStart }.compactMap { $0.interval?.upperBound }.max()
      if let latest = past ?? notFuture { (state.reference, state.referenceSource) = (latest, "latest-past-date") }
    }
    for mention in mentions {
      // A weekday cannot contradict a year Contraste only guessed.
      for diagnostic in mention.diagnostics where mention.anchor != .inferred && !state.dctInferred {
        state.diagnostics.append(
          ArticleDiagnostic(
            kind: diagnostic.kind.rawValue, detail: diagnostic.message, evidence: state.evidence(mention.range)))
      }
    }
    // Mentions and sentences are both in text order: walk them together.
    var next = 0
    for sentence in sentences(of: article, folded: folded, original: state.scalars, scanned: scanned) {
      while next < mentions.count, mentions[next].range.lowerBound < sentence.range.lowerBound { next += 1 }
      var end = next
      while end < mentions.count, mentions[end].range.lowerBound < sentence.range.upperBound { end += 1 }
      extract(sentence, dates: Array(mentions[next..<end]), state: &state)
      next = end
    }
    return (state.result(), words)
  }

  /// The article's sentences that can hold claims, tokenised: not boilerplate, not headings.
  ///
  /// With `scanned` (the tagger's tokens of the same segments) most sentences are made from
  /// those; the rest, and every sentence without it, from the folded bytes.
  func sentences(
    of article: Article, folded: FoldedText, original: [Unicode.Scalar], scanned: ScannedText? = nil
  ) -> [Sentence] {
    var result: [Sentence] = []
    var cursor = Tokenizer.Cursor()
    var scanCursor = Tokenizer.ScanCursor()
    let vocabulary = matchers.vocabulary
    for segment in article.segments where segment.boilerplate == nil && segment.kind == .sentence {
      let start = folded.foldedOffset(ofOriginal: segment.range.lowerBound)
      let end = folded.foldedOffset(ofOriginal: segment.range.upperBound)
      guard start >= cursor.scalar else { continue }  // segments never overlap; be safe
      let tokens: [TextToken]
      if let scanned,
        let made = Tokenizer.tokens(
          from: scanned, cursor: &scanCursor, bytesCursor: &cursor, in: start..<end, folded: folded,
          original: original, vocabulary: vocabulary, wordIds: wordIds)
      {
        tokens = made
      } else {
        tokens = Tokenizer.tokens(
          folded: folded, in: start..<end, cursor: &cursor, original: original, vocabulary: vocabulary)
      }
      if !tokens.isEmpty { result.append(Sentence(range: segment.range, tokens: tokens)) }
    }
    return result
  }

  /// Flags a full date the sentence announces with a future verb (`se inaugurará el 15 de
  /// noviembre de 2025`) although the article's own date is already past it.
  private func checkFuture(_ sentence: Sentence, dates: [TemporalMention], state: inout ExtractionState) {
    guard let published = state.article.published?.date else { return }
    for mention in dates where mention.anchor == .absolute && mention.type == .date {
      guard let interval = mention.interval, interval.upperBound < published,
        let position = sentence.tokenIndex(at: mention.range.lowerBound)
      else { continue }
      let before = sentence.tokens[max(0, position - 8)..<position]
      // A future verb: `-rá`, `-rán`, `-remos` (read on the original text, where the accent is).
      let future = before.contains { token in
        guard token.isWord, token.range.count > 4 else { return false }
        let end = token.range.upperBound
        let last = state.scalars[end - 1]
        let previous = state.scalars[end - 2]
        if last == "á" { return previous == "r" }
        if last == "n" { return previous == "á" && state.scalars[end - 3] == "r" }
        return last == "s" && state.scalars[(end - 5)..<end].elementsEqual("remos".unicodeScalars)
      }
      if future {
        state.diagnostics.append(
          ArticleDiagnostic(
            kind: "future-before-dateline",
            detail: "«\(state.quote(mention.range))» is announced as future, but the article is dated \(published)",
            evidence: state.evidence(mention.range)))
      }
    }
  }

  private func extract(_ sentence: Sentence, dates: [TemporalMention], state: inout ExtractionState) {
    checkFuture(sentence, dates: dates, state: &state)
    state.attribution = attribution(in: sentence, state: state)
    state.sources.formUnion(attributedBodies(in: sentence))
    let background = isBackground(dates, state: state)
    let events = findEvents(in: sentence, background: background, state: &state)
    // Built once: figures and places both look for the event nearest to them.
    let eventIndex = EventIndex(events)
    findPeople(in: sentence, events: events, state: &state)
    if !background { findFigures(in: sentence, dates: dates, events: events, eventIndex: eventIndex, state: &state) }
    findTopics(in: sentence, events: events, state: &state)
    findPlaces(in: sentence, eventIndex: eventIndex, background: background, state: &state)
    attach(dates, in: sentence, events: events, state: &state)
  }

  /// The year of a publication date written without one: the year whose day falls within 60
  /// days after a past event the article states in full (or inside a period it names).
  func inferYear(_ published: PublicationDate, mentions: [TemporalMention]) -> Int? {
    let stated = mentions.filter { $0.anchor == .absolute && $0.type == .date && $0.tense != .future }
    let years = Set(stated.compactMap { $0.interval?.upperBound.year })
    for year in years.sorted(by: >) {
      guard let day = DayDate(year: year, month: published.month, day: published.day) else { continue }
      let fits = stated.contains { mention in
        guard let interval = mention.interval else { return false }
        if interval.contains(day) { return true }
        let gap = day.daysSinceEpoch - interval.upperBound.daysSinceEpoch
        return gap >= 0 && gap <= 60
      }
      if fits { return year }
    }
    return nil
  }

  /// True when the sentence tells an earlier story: it dates something in full more than 45
  /// days before the day the article speaks from (`el sismo del 7 de septiembre de 2017`).
  func isBackground(_ dates: [TemporalMention], state: ExtractionState) -> Bool {
    // Before the event being told (`En octubre, la Marina decomisó …` in a story of November).
    if let current = state.current, let start = state.firstDay[current.key] {
      let earlier = dates.contains { mention in
        guard mention.type == .date, mention.anchor != .none, let interval = mention.interval else { return false }
        return interval.upperBound.daysSinceEpoch < start.daysSinceEpoch - 1
      }
      if earlier { return true }
    }
    return dates.contains { mention in
      guard mention.anchor == .absolute, mention.type == .date, let interval = mention.interval else { return false }
      // A whole year (`En lo que va de 2025, la Marina ha asegurado …`) frames totals, not the event.
      if mention.granularity.rawValue == "year" { return true }
      if let reference = state.reference {
        return interval.upperBound.daysSinceEpoch < reference.daysSinceEpoch - 45
      }
      // A dateline without a year (`OAXACA, 4 de marzo.-`): compare month and day only.
      guard let published = state.article.published, interval.lowerBound == interval.upperBound else { return false }
      let day = interval.lowerBound
      let distance = abs((day.month - published.month) * 31 + (day.day - published.day))
      return distance > 45 && distance < 365 - 45
    }
  }
}

/// A tokenised sentence.
struct Sentence {
  let range: Range<Int>
  let tokens: [TextToken]
  /// Every matcher bit of its tokens (`TextToken.starts`): a matcher none of whose phrases can
  /// start here is not run over the tokens at all.
  let starts: UInt32

  init(range: Range<Int>, tokens: [TextToken]) {
    (self.range, self.tokens) = (range, tokens)
    starts = tokens.reduce(0) { $0 | $1.starts }
  }

  /// The first token that ends after `offset` (binary search: tokens are in text order).
  func tokenIndex(at offset: Int) -> Int? {
    var low = 0
    var high = tokens.count
    while low < high {
      let middle = (low + high) / 2
      if tokens[middle].range.upperBound <= offset { low = middle + 1 } else { high = middle }
    }
    return low < tokens.count ? low : nil
  }
}
