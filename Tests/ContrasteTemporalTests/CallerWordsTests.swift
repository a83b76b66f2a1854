import ContrasteNormalizer
import Foundation
import Testing

@testable import ContrasteTemporal

/// A tagger that also knows a caller's words (the claim extractor's vocabulary) tags exactly as
/// the plain tagger does, and its tokens name those words.
@Suite("Tagger lexicon with a caller's words")
struct CallerWordsTests {
  /// Words the tagger must go on treating as unknown (`este domingo 14 muertos`: a number before
  /// an unknown word counts something), words it knows already, and enough made-up ones to make
  /// the lexicon's table grow several times.
  static let words: [String] =
    ["muertos", "personas", "reunion", "enero", "ayer", "dos", "", "g20"]
    + (0..<6000).map { "palabra" + Self.letters($0) }

  /// `number` written in letters (`a`, `b`, …, `ba`, …): the tagger splits letters from digits.
  static func letters(_ number: Int) -> String {
    var (number, result) = (number, "")
    repeat {
      result = String(UnicodeScalar(UInt8(97 + number % 26))) + result
      number /= 26
    } while number > 0
    return result
  }

  @Test func taggingIsUnchanged() throws {
    let table = try FoldTable()
    let plain = try TemporalTagger(folder: Folder(table: table))
    let extended = try TemporalTagger(folder: Folder(table: table), words: Self.words)
    let dct = try TaggerFixture.day("2026-01-12")
    var texts = [
      "Este domingo 14 muertos dejó el choque; el jueves 15 de enero de 2026 hubo dos reuniones.",
      "Ayer, a las 10:30 horas, se reunieron; la próxima reunión será dentro de dos semanas.",
    ]
    let seeds = TaggerFixture.packageRoot.appendingPathComponent("seeds")
    for name in try FileManager.default.contentsOfDirectory(atPath: seeds.path).sorted() {
      texts.append(try String(contentsOf: seeds.appendingPathComponent(name), encoding: .utf8))
    }
    for text in texts {
      #expect(extended.tag(text, dct: dct) == plain.tag(text, dct: dct), "\(text.prefix(60))")
    }
    #expect(!plain.tag(texts[0], dct: dct).isEmpty)
  }

  @Test func tokensNameTheCallersWords() throws {
    let folder = try Folder()
    let tagger = try TemporalTagger(folder: folder, words: Self.words)
    #expect(tagger.wordEntries.count == Self.words.count)
    // The empty word has no entry; every other word has its own.
    let entries = zip(Self.words, tagger.wordEntries).filter { !$0.0.isEmpty }.map(\.1)
    #expect(tagger.wordEntries[6] == -1)
    #expect(Set(entries).count == entries.count)
    #expect(entries.allSatisfy { $0 >= 0 && Int($0) < tagger.wordCount })

    let article = try ArticleReader().article(
      id: "a.txt", source: "a.txt", text: "Hubo 14 muertos y \(Self.words.last ?? "") en enero; la palabra12 no.")
    let folded = try folder.fold(article.text)
    let scanned = tagger.scan(
      article, folded: folded, original: UTF8Text(article.text), dct: nil, hashingWords: false
    ).scanned
    let spelled = scanned.tokens.filter { $0.kind == .word }.map { token in
      (String(decoding: folded.utf8[Int(token.byteStart)..<Int(token.byteEnd)], as: UTF8.self), token.word)
    }
    for (text, word) in spelled {
      if let index = Self.words.firstIndex(of: text) {
        #expect(word == tagger.wordEntries[index], "\(text)")
      } else {
        #expect(word == -1 || Int(word) < 400, "\(text): only the tagger's own words have other entries")
      }
    }
    #expect(spelled.contains { $0.0 == Self.words.last })
    #expect(spelled.contains { $0.0 == "muertos" })
  }
}
