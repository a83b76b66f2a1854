import Testing

@testable import ContrasteNormalizer

/// The language check stops scanning once a text is surely Spanish enough; it must warn exactly
/// when the full count of function words says so.
@Suite("Language check")
struct LanguageCheckTests {
  static let spanish =
    "el gobierno del estado informo que la carretera federal quedo cerrada durante la noche por "
    + "los deslaves que provoco la lluvia y que las brigadas de proteccion civil trabajan desde "
    + "temprano para retirar las piedras de la cinta asfaltica segun dijo el director del area "
  static let english =
    "the state government said the federal highway was closed overnight because of landslides "
    + "caused by the rain and that civil protection crews have been working since early morning "
    + "to clear the rocks from the road according to the director of the agency "

  /// Spanish and English paragraphs in every order and proportion, so some texts turn from
  /// Spanish to English after the point where a careless early stop would have decided.
  static let texts: [String] = (0...12).flatMap { spanishParts in
    let parts = Array(repeating: spanish, count: spanishParts) + Array(repeating: english, count: 12 - spanishParts)
    return [parts.joined(), parts.reversed().joined()]
  }

  @Test func stoppingEarlyWarnsExactlyWhenTheFullCountDoes() throws {
    let check = LanguageCheck()
    var warned = 0
    for text in Self.texts {
      let share = try #require(check.spanishShare(folded: text))
      let expected = share < check.minimumShare
      #expect((check.warning(folded: Array(text.utf8), path: "a.md") != nil) == expected, "share \(share)")
      if expected { warned += 1 }
    }
    // Both outcomes occur, so the table checks something.
    #expect(warned > 0 && warned < Self.texts.count)
  }

  @Test func aSpanishTextStopsBeforeItsEnd() {
    let text = String(repeating: Self.spanish, count: 40)
    #expect(LanguageCheck().spanishShare(folded: text, stopAt: 0.12) == nil)
    #expect(LanguageCheck().spanishShare(folded: text) != nil)
  }
}

/// The word count the early stop relies on is the count of the scan itself.
@Suite("Language check word count")
struct LanguageCheckWordCountTests {
  /// Texts around the 32-byte blocks' edges, words across them, bytes from 0x80 on (letters
  /// and marks such as `«`), digits and punctuation, and a long text past 255 blocks.
  @Test(arguments: [
    "", "a", " ", "a b", "  hola  ", String(repeating: "x", count: 31), String(repeating: "ab ", count: 11),
    "el niño «dijo» 3 veces: ¡ya! ", String(repeating: "la reunión, de 11 a 13 h; ", count: 400),
    String(repeating: "é", count: 40) + " fin",
  ])
  func countsTheWordsTheScanReads(text: String) {
    let bytes = Array(text.utf8)
    // The definition: a word starts at a word byte not preceded by one.
    let isWord = { (byte: UInt8) in byte >= 0x80 || (byte | 0x20) &- 0x61 < 26 }
    let expected = bytes.indices.filter { isWord(bytes[$0]) && ($0 == 0 || !isWord(bytes[$0 - 1])) }.count
    #expect(LanguageCheck.wordCount(bytes) == expected)
  }
}
