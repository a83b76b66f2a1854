import ContrasteNormalizer
import Foundation
import Testing

@testable import ContrasteClaims

/// Token text held in integers compares and reads back as the `String` it replaces, for short
/// words held inline and for long ones read from the folded article.
@Suite("Token text")
struct TokenTextTests {
  /// Folded words around the 8- and 16-byte edges, with two-byte letters among them.
  static let words = [
    "y", "de", "reunion", "reunione", "seguridad", "implementacion", "subsecretarias", "pequeño", "años",
    "desproporcionada", "internacionalizacion", "responsabilidades", "responsabilidadez", "constitucionalidad",
    "electroencefalografistas", "niñas", "añoñaña", "1.000.000.000.000,50",
  ]

  @Test func equalExactlyWhenTheStringsAre() {
    for first in Self.words {
      for second in Self.words {
        #expect((TokenText(first) == TokenText(second)) == (first == second), "\(first) / \(second)")
      }
      let text = TokenText(first)
      #expect(text.utf8Count == first.utf8.count)
      #expect(text.inlineString == (first.utf8.count <= 16 ? first : nil), "\(first)")
    }
    #expect(TokenText("de") == "de")
    #expect(TokenText("desproporcionada") == "desproporcionada")
    #expect(TokenText("internacionalizacion") == "internacionalizacion")
    #expect(TokenText("internacionalizacion") != "internacionalizacioN")
  }

  @Test func prefixesOfShortAndLongWords() throws {
    let folder = try Folder()
    for word in ["encabezada", "encabezadisimamente", "encabezo", "liderada", "presididas", "e", ""] {
      let folded = try folder.fold(word)
      let scalars = folded.string.scalarArray
      let tokens = Tokenizer.tokens(folded: scalars, in: 0..<scalars.count, map: folded, original: scalars)
      for prefix: StaticString in ["encabezad", "e", "liderad", "presidid"] {
        let expected = word.hasPrefix(prefix.description)
        #expect(tokens.first.map { $0.hasPrefix(prefix, in: folded.utf8) } ?? false == expected, "\(word) \(prefix)")
      }
    }
  }

  /// Every token of every fixture and seed reads back as its folded text, whichever tokenizer
  /// made it, and is the same text as that `String`.
  @Test func tokensReadBackTheirFoldedText() throws {
    let extractor = try ClaimsTestSupport.extractor()
    let folder = try Folder()
    var texts = Self.words.joined(separator: " ")
    texts += ". La Secretaría de Internacionalización y Responsabilidades Hacendarias informó."
    var articles = [try ClaimsTestSupport.article(texts)]
    for directory in ["seeds", "Fixtures/claims", "Fixtures/audit"] {
      let root = ClaimsTestSupport.path(directory)
      let names = try FileManager.default.subpathsOfDirectory(atPath: root).filter { $0.hasSuffix(".txt") }
      for name in names.sorted() {
        let text = try String(contentsOfFile: root + "/" + name, encoding: .utf8)
        articles.append(try ClaimsTestSupport.article(text, id: name))
      }
    }
    #expect(articles.count > 10)
    var long = 0
    for article in articles {
      let folded = try folder.fold(article.text)
      let sentences = extractor.sentences(of: article, folded: folded, original: article.text.scalarArray)
      for token in sentences.flatMap(\.tokens) {
        let string = String(decoding: folded.utf8[Int(token.byteStart)..<Int(token.byteEnd)], as: UTF8.self)
        #expect(token.string(in: folded.utf8) == string)
        #expect(token.text == TokenText(string), "\(string)")
        if !token.text.isInline { long += 1 }
      }
      // The scalar tokenizer (lexicon phrases) agrees on the same text.
      let scalars = folded.string.scalarArray
      for token in Tokenizer.tokens(folded: scalars, in: 0..<scalars.count, map: folded, original: scalars) {
        let string = String(decoding: folded.utf8[Int(token.byteStart)..<Int(token.byteEnd)], as: UTF8.self)
        #expect(token.string(in: folded.utf8) == string)
        #expect(token.text == TokenText(string), "\(string)")
      }
    }
    #expect(long >= 6)
  }

  /// The vocabulary finds every word it holds by its token text, long or short, and no other.
  @Test func vocabularyFindsExactlyItsWords() {
    var vocabulary = Vocabulary()
    let held = Self.words.filter { !$0.hasPrefix("responsabilidadez") }
    let ids = held.map { vocabulary.id($0) }
    vocabulary.seal()
    for word in Self.words + ["responsabilidade", "internacionalizacioness", "d", "reunio"] {
      var copy = word
      let found = copy.withUTF8 { vocabulary.id(text: TokenText(bytes: $0), bytes: $0) }
      #expect(found == held.firstIndex(of: word).map { ids[$0] } ?? -1, "\(word)")
    }
  }

  /// A number too long to be held inline is read from the folded text.
  @Test func longNumbersParse() throws {
    let folder = try Folder()
    let text = "Se movieron 1.000.000.000.000,50 pesos y 98.765.432.100.000 litros."
    let folded = try folder.fold(text)
    let scalars = folded.string.scalarArray
    let tokens = Tokenizer.tokens(folded: scalars, in: 0..<scalars.count, map: folded, original: text.scalarArray)
    let values = tokens.indices.compactMap { index in
      tokens[index].kind == .number ? NumberParser().parse(tokens, at: index, folded: folded.utf8)?.value : nil
    }
    #expect(values == [1_000_000_000_000.5, 98_765_432_100_000])
  }
}
