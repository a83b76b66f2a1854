import ContrasteNormalizer
import Testing

@Suite("Segmentation")
struct SegmenterTests {
  let segmenter: SentenceSegmenter

  init() throws { segmenter = try SentenceSegmenter(folder: Folder()) }

  func sentences(_ text: String) throws -> [String] {
    let scalars = Array(text.unicodeScalars)
    return try segmenter.segments(of: text).map { String(String.UnicodeScalarView(scalars[$0.range])) }
  }

  @Test(
    "A dateline is its own segment",
    arguments: [
      (
        "México, 11 de enero de 2026.- México y Estados Unidos celebraron ayer la segunda reunión.",
        "México, 11 de enero de 2026.-"
      ),
      (
        "PUEBLA, Pue., 2 de febrero (EFE).- El gobernador inauguró un hospital.",
        "PUEBLA, Pue., 2 de febrero (EFE).-"
      ),
      ("Estados Unidos.- México y Estados Unidos acordaron integrarse a un programa.", "Estados Unidos.-"),
      ("MADRID, 4 may (EFE).– El Gobierno aprobó el decreto.", "MADRID, 4 may (EFE).–"),
    ])
  func datelineIsOwnSegment(text: String, dateline: String) throws {
    let segments = try segmenter.segments(of: text)
    #expect(segments.count == 2)
    #expect(segments.first?.kind == .dateline)
    #expect(try sentences(text).first == dateline)
  }

  @Test(
    "No split after abbreviations",
    arguments: [
      "El Sr. López llegó a la reunión con el Lic. Méndez y la Sra. Gómez a las nueve.",
      "La Dra. Salinas y el Dr. Ortega firmaron el convenio.",
      "La delegación de EE.UU. llegó ayer a la capital.",
      "La delegación de EE. UU. llegó ayer a la capital.",
      "El expediente núm. 45 fue turnado al pleno.",
      "Algunos estados, p. ej. Sonora, ya aplican la medida.",
    ])
  func noSplitAfterAbbreviation(text: String) throws {
    #expect(try sentences(text) == [text])
  }

  /// Scalars decoded straight from UTF-8 (one to four bytes each) are the string's own scalars.
  @Test(arguments: [
    "", "Año 2026", "ñandú, pingüino", "e\u{301}", "€ 1.500", "😀 La cifra 🇲🇽 subió",
    "\u{10FFFF}\u{7F}\u{80}\u{7FF}\u{800}\u{FFFF}",
  ])
  func scalarArrayIsTheUnicodeScalars(text: String) {
    #expect(text.scalarArray == Array(text.unicodeScalars))
  }

  /// Offsets stay scalar offsets past characters outside the BMP, which ICU sees as two UTF-16 units.
  @Test func sentencesAfterAnEmojiKeepScalarOffsets() throws {
    #expect(
      try sentences("Llegó 🚒 al lugar. Murieron 12 personas 😢. Fin.")
        == ["Llegó 🚒 al lugar.", "Murieron 12 personas 😢.", "Fin."])
  }

  @Test func splitsOrdinarySentences() throws {
    let text = "La sesión terminó tarde. Los diputados saldrán mañana.\nOtra línea sin punto"
    #expect(
      try sentences(text) == [
        "La sesión terminó tarde.", "Los diputados saldrán mañana.", "Otra línea sin punto",
      ])
  }

  @Test func stillSplitsAfterEEUUBeforeACapital() throws {
    let text = "El acuerdo se firmó con EE.UU. Después habló el canciller."
    #expect(try sentences(text).count == 2)
  }

  @Test func wordsNumbersAndPunctuation() throws {
    let text = "El 11 de diciembre, Velasco habló."
    let tokens = try WordSegmenter().tokens(of: text)
    let scalars = Array(text.unicodeScalars)
    let shown = tokens.map { "\($0.kind.rawValue):\(String(String.UnicodeScalarView(scalars[$0.range])))" }
    #expect(
      shown == [
        "word:El", "number:11", "word:de", "word:diciembre", "punctuation:,", "word:Velasco", "word:habló",
        "punctuation:.",
      ])
  }
}
