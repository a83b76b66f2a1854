import ContrasteTemporal
import Testing

/// Hostile input gives the right answer; its time bound lives in the `adversarial` benchmark.
@Suite struct LinearTimeTests {
  @Test func aMegabyteOfNumbersAndDeFindsNoDate() throws {
    let tagger = try TaggerFixture.tagger()
    #expect(tagger.tag(String(repeating: "1 de 2 de ", count: 100_000), dct: nil).isEmpty)
  }

  @Test func longRunsOfDigitsAndSeparatorsFindNothing() throws {
    let tagger = try TaggerFixture.tagger()
    #expect(tagger.tag(String(repeating: "7", count: 1_000_000), dct: nil).isEmpty)
    #expect(tagger.tag(String(repeating: "1/", count: 200_000), dct: nil).isEmpty)
  }

  @Test func manyDatesAreAllFound() throws {
    let tagger = try TaggerFixture.tagger()
    let mentions = tagger.tag(String(repeating: "el 11/12/2025 y ", count: 5_000), dct: nil)
    #expect(mentions.count == 5_000)
    #expect(mentions.allSatisfy { $0.value == "2025-12-11" })
  }
}
