import Testing

@testable import ContrasteNormalizer

/// Front matter lines read by bytes give what reading them by characters gives, on every line
/// the byte reading takes; fences are found the same way.
@Suite("Front matter read by bytes")
struct FrontMatterBytesTests {
  static let lines: [String] = [
    "title: Sismo de 7.1 sacude Oaxaca", "title: \"El sismo: una noche larga\"", "title: \"\"", "title: \"",
    "title: \"sin cierre", "title: Balance: 12 heridos", "title: Inundaciones en Tabasco # borrador",
    "title:   Espacios de más   ", "title:", "title:x", ": sin clave", "fecha-de_alta2: 2025-09-18",
    "título: con acento en la clave", "url: https://example.org/a?b=c#d", "outlet: Crónica del Sur",
    "title: - guion al inicio", "title: «Comillas latinas» — y raya", "title: precio 5 €, 10 ‰",
    "title: termina en dos puntos:", "title: \"con \\\\ barra\"", "title: 'simples'", "title: a\u{7}b",
    "title: café\u{301}", "title: \u{301}marca al inicio", "title:\u{301} tras los dos puntos",
    "title: tab\tdentro", "title: \u{A0}no separable\u{A0}", "title: emoji 🇲🇽", "title: ` acento grave",
    "title: \u{1FEF} acento griego", "title: x \u{200D} y", "title: niño ñandú Ñuñoa", "title: ˈfonética",
  ]

  @Test(arguments: lines)
  func bytesAgreeWithCharacters(_ line: String) {
    guard FrontMatter.isOwnCharacters(line) else { return }
    let bytes = FrontMatter.byteEntry(line)
    let characters = FrontMatter.characterEntry(line)
    #expect(bytes?.key == characters?.key)
    #expect(bytes?.value == characters?.value)
  }

  @Test func theBytePathIsTakenForSpanishAndLeftForMarks() {
    #expect(FrontMatter.isOwnCharacters("outlet: Crónica del Sur"))
    #expect(FrontMatter.isOwnCharacters("title: «Comillas latinas» — y raya"))
    #expect(!FrontMatter.isOwnCharacters("title: café\u{301}"))
    #expect(!FrontMatter.isOwnCharacters("title: emoji 🇲🇽"))
    #expect(!FrontMatter.isOwnCharacters("title: x \u{200D} y"))
    #expect(Self.lines.filter(FrontMatter.isOwnCharacters).count >= 25)
  }

  @Test(
    arguments: [
      ("---", UInt8(ascii: "-")), ("...", UInt8(ascii: ".")), (" \t--- ", UInt8(ascii: "-")), ("----", nil),
      ("-.-", nil), ("---\u{301}", nil), ("\u{A0}---", nil), ("", nil), ("--", nil), ("title: x", nil),
    ] as [(String, UInt8?)])
  func fences(_ line: String, _ fence: UInt8?) {
    #expect(FrontMatter.fence(line[...].utf8) == fence)
  }
}
