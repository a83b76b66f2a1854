import ContrasteNormalizer
import ContrasteTemporal
import Foundation
import Testing

@testable import ContrasteClaims

/// Claim tokens made from the tagger's tokens equal the ones read from the folded bytes: on
/// every seed and fixture, and on random text full of what the two tokenizers split differently
/// (ordinal marks, `µ`, spaces beyond ASCII, modifier letters, combining marks, numbers with
/// separators), where a sentence either comes out the same or is read from the bytes.
@Suite("Claim tokens from the tagger's tokens")
struct ScannedTokensTests {
  let extractor: ClaimExtractor

  init() throws { extractor = try ClaimsTestSupport.extractor() }

  /// How many of the article's claim sentences were made from the tagger's tokens and how many
  /// from the bytes; every made one is checked against the bytes' tokens.
  func compare(_ article: Article, _ label: String) throws -> (made: Int, read: Int) {
    let folded = try extractor.folder.fold(article.text)
    let original = article.text.scalarArray
    let (_, _, scanned) = extractor.tagger.scan(
      article, folded: folded, original: UTF8Text(article.text), dct: nil, hashingWords: false)
    let fromBytes = extractor.sentences(of: article, folded: folded, original: original)
    let fromScan = extractor.sentences(of: article, folded: folded, original: original, scanned: scanned)
    #expect(fromScan.map(\.range) == fromBytes.map(\.range), "\(label)")
    for (scan, bytes) in zip(fromScan, fromBytes) where scan.tokens != bytes.tokens {
      // Folded texts and kinds: what differs, readably.
      let show = { (tokens: [TextToken]) in tokens.map { "\($0.string(in: folded.utf8))/\($0.kind)" } }
      Issue.record("\(label): \(show(scan.tokens)) != \(show(bytes.tokens))")
    }
    // Which path each sentence took, walked as `sentences` walks them.
    var (made, read) = (0, 0)
    var cursor = Tokenizer.ScanCursor()
    var bytesCursor = Tokenizer.Cursor()
    for segment in article.segments where segment.boilerplate == nil && segment.kind == .sentence {
      let lower = folded.foldedOffset(ofOriginal: segment.range.lowerBound)
      let range = lower..<folded.foldedOffset(ofOriginal: segment.range.upperBound)
      let tokens = Tokenizer.tokens(
        from: scanned, cursor: &cursor, bytesCursor: &bytesCursor, in: range, folded: folded, original: original,
        vocabulary: extractor.matchers.vocabulary, wordIds: extractor.wordIds)
      if tokens == nil { read += 1 } else { made += 1 }
    }
    return (made, read)
  }

  @Test func seedsAndFixturesAreMadeFromTheTaggersTokens() throws {
    var (made, read, articles) = (0, 0, 0)
    for directory in ["seeds", "Fixtures/claims", "Fixtures/audit", "Fixtures/temporal"] {
      let root = ClaimsTestSupport.path(directory)
      let names = try FileManager.default.subpathsOfDirectory(atPath: root).filter {
        $0.hasSuffix(".txt") || $0.hasSuffix(".md")
      }
      for name in names.sorted() {
        let text = try String(contentsOfFile: root + "/" + name, encoding: .utf8)
        let counts = try compare(try ClaimsTestSupport.article(text, id: name), name)
        (made, read, articles) = (made + counts.made, read + counts.read, articles + 1)
      }
    }
    #expect(articles >= 20)
    // Folded Spanish news is ASCII but for `ñ` and the odd mark: nearly every sentence is made.
    #expect(made >= 19 * read, "made \(made), read \(read)")
    #expect(made >= 300)
  }

  static let pieces: [String] = [
    "la", "reunión", "Año", "niños", "2ª", "1º", "3.º", "25 °C", "5 µg", "x²", "g20", "G-20", "20g", "1.200,5",
    "1.200.", "3,", ".5", "1..2", "7,1", "12:30", "ʼ", "ˆ", "˂", "a\u{301}", "Ω", "٣٤", "«", "»", "—", ".", ",",
    "-", "'", "(", "11", "2026", " ", "\u{A0}", "\u{2009}", "\u{3000}", "\n", "\n\n", "Sr.", "EE.UU.",
  ]

  @Test func randomTextIsMadeTheSameOrReadFromTheBytes() throws {
    // A fixed sequence (Knuth's MMIX linear congruential generator), so failures reproduce.
    var state: UInt64 = 11
    func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int(state >> 33) % bound
    }
    var (made, read) = (0, 0)
    for round in 0..<300 {
      var text = "México, 11 de enero de 2026.- "
      for _ in 0...next(40) {
        text += Self.pieces[next(Self.pieces.count)]
        if next(2) == 0 { text += " " }
      }
      guard let article = try? ClaimsTestSupport.article(text) else { continue }
      let counts = try compare(article, "round \(round): \(text)")
      (made, read) = (made + counts.made, read + counts.read)
    }
    // Both paths were taken, many times.
    #expect(made >= 100, "made \(made)")
    #expect(read >= 100, "read \(read)")
  }
}

/// A matcher skipped for a sentence none of whose words starts its phrases finds nothing there
/// anyway: checked for every gated matcher on every seed and fixture sentence.
@Suite("Matchers skipped by the sentence's word bits")
struct MatcherGateTests {
  func skipsOnlyWhenNothingMatches<Payload>(_ matcher: PhraseMatcher<Payload>, _ sentence: Sentence) -> Bool {
    let found = sentence.tokens.indices.contains { matcher.matches(sentence.tokens, at: $0) }
    return matcher.mayMatch(in: sentence) || !found
  }

  @Test func gatedMatchersFindTheSame() throws {
    let extractor = try ClaimsTestSupport.extractor()
    let matchers = extractor.matchers
    var (sentences, skipped) = (0, 0)
    for directory in ["seeds", "Fixtures/claims", "Fixtures/audit", "Fixtures/temporal"] {
      let root = ClaimsTestSupport.path(directory)
      let names = try FileManager.default.subpathsOfDirectory(atPath: root).filter {
        $0.hasSuffix(".txt") || $0.hasSuffix(".md")
      }
      for name in names.sorted() {
        let article = try ClaimsTestSupport.article(
          try String(contentsOfFile: root + "/" + name, encoding: .utf8), id: name)
        let folded = try extractor.folder.fold(article.text)
        for sentence in extractor.sentences(of: article, folded: folded, original: article.text.scalarArray) {
          sentences += 1
          #expect(skipsOnlyWhenNothingMatches(matchers.topics, sentence), "\(name)")
          #expect(skipsOnlyWhenNothingMatches(matchers.dateRoles, sentence), "\(name)")
          #expect(skipsOnlyWhenNothingMatches(matchers.bodies, sentence), "\(name)")
          #expect(skipsOnlyWhenNothingMatches(matchers.attributionBefore, sentence), "\(name)")
          #expect(skipsOnlyWhenNothingMatches(matchers.attributionVerbs, sentence), "\(name)")
          #expect(skipsOnlyWhenNothingMatches(matchers.leadWords, sentence), "\(name)")
          #expect(skipsOnlyWhenNothingMatches(matchers.participationWords, sentence), "\(name)")
          if !matchers.topics.mayMatch(in: sentence) { skipped += 1 }
        }
      }
    }
    // The gate does skip: most sentences name no topic.
    #expect(sentences >= 900)
    #expect(skipped * 2 >= sentences, "skipped \(skipped) of \(sentences)")
  }
}
