import ContrasteNormalizer
import Testing

@Suite("Folding")
struct FolderTests {
  let folder: Folder

  init() throws { folder = try Folder() }

  @Test(
    "Case and accents fold away",
    arguments: [
      ("CIUDAD DE MÉXICO", "Ciudad de Mexico"),
      ("Grupo de Implementación", "GRUPO DE IMPLEMENTACION"),
      ("Relaciones Exteriores", "relaciones exteriores"),
      ("SECRETARÍA", "secretaria"),
      ("Ñuñoa", "ÑUÑOA"),
      ("pingüino", "PINGUINO"),
    ])
  func foldsCaseAndAccents(left: String, right: String) throws {
    #expect(try folder.key(left) == folder.key(right))
  }

  @Test func keepsEnyeByDefault() throws {
    #expect(try folder.key("AÑO") == "año")
    #expect(try folder.key("año") != folder.key("ano"))
    // The same ñ written as n + combining tilde is still ñ.
    #expect(try folder.key("An\u{0303}o") == "año")
  }

  @Test func foldsEnyeWhenAsked() throws {
    let loose = try Folder(options: FoldOptions(keepEnye: false))
    #expect(try loose.key("Año") == "ano")
    #expect(try loose.key("An\u{0303}O") == "ano")
  }

  @Test(
    "Typographic variants unify",
    arguments: [
      ("“arma de destrucción masiva”", "\"arma de destruccion masiva\""),
      ("«colaboración sin subordinación»", "\"colaboracion sin subordinacion\""),
      ("México–Estados Unidos", "mexico-estados unidos"),
      ("2024—2025", "2024-2025"),
      ("11\u{00A0}de diciembre", "11 de diciembre"),
      ("segu\u{00AD}ridad", "seguridad"),
      ("l’Hospitalet", "l'hospitalet"),
      ("y después…", "y despues..."),
    ])
  func unifiesTypography(text: String, expected: String) throws {
    #expect(try folder.key(text) == expected)
  }

  @Test func mapsFoldedMatchesBackToOriginalCharacters() throws {
    let text = "El “Niño” llegó a CIUDAD DE MÉXICO…"
    let folded = try folder.fold(text)
    #expect(folded.string == "el \"niño\" llego a ciudad de mexico...")
    let scalars = Array(folded.string.unicodeScalars)
    let key = Array("ciudad de mexico".unicodeScalars)
    let start = try #require((0...(scalars.count - key.count)).first { Array(scalars[$0..<($0 + key.count)]) == key })
    let range = folded.originalRange(of: start..<(start + key.count))
    #expect(Self.quote(text, range) == "CIUDAD DE MÉXICO")
    #expect(Self.quote(text, folded.originalRange(of: 10..<15)) == "llegó")
    // The three dots of the expanded ellipsis all point at the one original character.
    #expect(Self.quote(text, folded.originalRange(of: (folded.count - 3)..<folded.count)) == "…")
    #expect(Self.quote(text, folded.originalRange(of: (folded.count - 1)..<folded.count)) == "…")
  }

  @Test func mapsDecomposedTextToWholeCharacters() throws {
    // "México" in NFD (as copied from some systems): the fold is one scalar shorter.
    let text = "en Me\u{0301}xico hoy"
    let folded = try folder.fold(text)
    #expect(folded.string == "en mexico hoy")
    #expect(folded.count == text.unicodeScalars.count - 1)
    #expect(Self.quote(text, folded.originalRange(of: 3..<9)) == "Me\u{0301}xico")
    #expect(folded.foldedOffset(ofOriginal: 10) == 9)
    #expect(Self.quote(text, folded.originalRange(of: 10..<13)) == "hoy")
  }

  @Test func deletedCharactersMapToTheirNeighbours() throws {
    let text = "segu\u{00AD}ridad"
    let folded = try folder.fold(text)
    #expect(folded.string == "seguridad")
    #expect(folded.originalRange(of: 0..<9) == 0..<10)
    #expect(folded.foldedOffset(ofOriginal: 5) == 4)
  }

  static func quote(_ text: String, _ range: Range<Int>) -> String {
    String(String.UnicodeScalarView(Array(text.unicodeScalars)[range]))
  }
}
