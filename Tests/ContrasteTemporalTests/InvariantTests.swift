import ContrasteNormalizer
import ContrasteTemporal
import Testing

/// Random mixes of temporal words, numbers and marks: ranges stay valid, quotes exact, mentions
/// sorted and disjoint.
@Suite struct InvariantTests {
  /// A small deterministic generator (a linear congruential one) so failures reproduce.
  struct Generator: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return state ^ (state >> 29)
    }
  }

  static let pieces = [
    "el", "la", "de", "del", "al", "a", "las", "y", "entre", "desde", "hasta", "pasado", "próximo", "este", "mañana",
    "ayer", "hoy", "anoche", "por", "tarde", "enero", "diciembre", "dic", ".", ",", ";", "/", "-", "1", "11", "31",
    "2025", "12", "9", "º", "horas", "día", "semana", "mes", "año", "lunes", "sábados", "cada", "hace", "dentro",
    "mediados", "fin", "primer", "trimestre", "siglo", "XXI", "dos", "mil", "veintiséis", "primero", "\n", " ", "🎉",
    "e\u{301}", "MAÑANA", "Mayo", "celebrará", "informó", "2.000", "%", "10:30", "11/12/2025", "ley", "a las", "media",
  ]

  @Test func mentionsAreAlwaysExactSortedAndDisjoint() throws {
    let tagger = try TaggerFixture.tagger()
    var generator = Generator(state: 2025)
    for _ in 0..<2_000 {
      let count = Int.random(in: 1...25, using: &generator)
      let separator = Bool.random(using: &generator) ? " " : ""
      let text = (0..<count).map { _ in Self.pieces[Int.random(in: 0..<Self.pieces.count, using: &generator)] }
        .joined(separator: separator)
      let dct = Bool.random(using: &generator) ? DayDate(year: 2025, month: 12, day: 16) : nil
      let scalars = Array(text.unicodeScalars)
      var end = 0
      for mention in tagger.tag(text, dct: dct) {
        #expect(mention.range.lowerBound >= end && !mention.range.isEmpty, "in \(text.debugDescription)")
        #expect(mention.range.upperBound <= scalars.count)
        guard mention.range.upperBound <= scalars.count else { break }
        #expect(String(String.UnicodeScalarView(scalars[mention.range])) == mention.text)
        end = mention.range.upperBound
      }
    }
  }
}
