import ContrasteClaims
import ContrasteNormalizer
import Testing

/// Word soup from news vocabulary: extraction never crashes, and every claim quotes its range.
@Suite("Extraction on random text")
struct RandomTextTests {
  static let words = """
    el la de del en y sismo reunión encuentro dejó 12 muertos heridos al menos más de cerca de Oaxaca México \
    Ciudad Grupo de Implementación Seguridad segunda tercera siguiente previa encabezada encabezó por canciller \
    embajador Juan Pérez Ana Ruiz , . ; 3 de marzo de 2025 ayer hoy el pasado lunes 1.200 kilos toneladas 6,1 \
    magnitud según informó la SRE bajo licencia encargado de despacho junto a participaron huachicol 😀 é ñ
    """.split(separator: " ").map(String.init)

  @Test(arguments: [1, 2, 3, 4])
  func soupNeverCrashesAndQuotesMatch(seed: UInt64) throws {
    var state = seed &* 0x9E37_79B9_7F4A_7C15
    func next() -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int(state >> 33)
    }
    var text = ""
    for index in 0..<4_000 {
      text += Self.words[next() % Self.words.count]
      text += index % 97 == 0 ? "\n" : " "
    }
    let article = try ClaimsTestSupport.article(text)
    let claims = try ClaimsTestSupport.extractor().extract(article).claims
    for claim in claims {
      #expect(article.quote(claim.evidence.start..<claim.evidence.end) == claim.evidence.quote)
    }
  }
}
