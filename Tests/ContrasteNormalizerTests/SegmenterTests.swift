import Testing

@testable import ContrasteNormalizer

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

  /// Every title in the list, capitalised as in running text, keeps its sentence whole: the
  /// quick integer test that rules most words out must not rule a title out.
  @Test(arguments: SentenceSegmenter.titles.sorted())
  func noSplitAfterAnyListedTitle(title: String) throws {
    let written = title.prefix(1).uppercased() + title.dropFirst()
    let text = "Firmó el acuerdo con el \(written) Pérez Salgado en la sede del organismo."
    #expect(try sentences(text) == [text])
  }

  /// The lists are written folded, as the words they are compared with: an entry with an
  /// accent (`núm.`) could never match.
  @Test func abbreviationListsAreFolded() throws {
    let folder = try Folder()
    let entries =
      SentenceSegmenter.titles.union(SentenceSegmenter.lowercaseContinues)
      .union(SentenceSegmenter.firstParts.keys).union(SentenceSegmenter.firstParts.values)
    for entry in entries.sorted() { #expect(try folder.key(entry) == entry, "\(entry)") }
  }

  /// Titles written with an accent in running text keep their sentence whole too.
  @Test(arguments: ["Núm.", "Pág.", "Págs."])
  func noSplitAfterAnAccentedTitle(title: String) throws {
    let text = "Se citó el documento \(title) Trece del expediente en la sesión."
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
