import ContrasteNormalizer
import Testing

@testable import ContrasteClaims

/// Tokens carry the word classes the extractor tests with one bit: exactly the words of its
/// lists, whatever their case or accents in the article.
@Suite("Word classes")
struct WordClassTests {
  static let lists: [(WordClass, Set<String>)] = [
    (.placeCue, ["en"]), (.ofPreposition, ["de"]), (.nearWord, ClaimExtractor.nearWords),
    (.determiner, ClaimExtractor.determiners), (.placeNoun, ClaimExtractor.placeNouns),
    (.notName, ClaimExtractor.notNames),
  ]

  @Test func tokensCarryTheClassesOfTheirWords() throws {
    let extractor = try ClaimsTestSupport.extractor()
    let text =
      "Durante la reunión en las inmediaciones del puerto de Manzanillo, al sur de Colima, el Gobierno "
      + "y la Comisión hablaron con los vecinos; EN la zona centro de la ciudad no hubo cortes."
    let article = try ClaimsTestSupport.article(text)
    let folded = try Folder().fold(article.text)
    let sentences = extractor.sentences(of: article, folded: folded, original: article.text.scalarArray)
    let tokens = sentences.flatMap(\.tokens)
    #expect(tokens.count > 30)
    var classified = 0
    for token in tokens {
      for (wordClass, words) in Self.lists {
        #expect(
          token.classes.contains(wordClass) == words.contains(token.string(in: folded.utf8)),
          "\(token.string(in: folded.utf8))")
      }
      if !token.classes.isEmpty { classified += 1 }
    }
    // `Durante`, `la`, `en`, `las`, `inmediaciones`, `puerto`, `de`, `sur`, … are all classified.
    #expect(classified >= 15)
  }
}
