import ContrasteTemporal
import Foundation
import Testing

/// Hostile input finishes in linear time.
@Suite struct LinearTimeTests {
  static func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = Date()
    try body()
    return Date().timeIntervalSince(start)
  }

  @Test func aMegabyteOfNumbersAndDeFinishesQuickly() throws {
    let tagger = try TaggerFixture.tagger()
    let numbers = String(repeating: "1 de 2 de ", count: 100_000)
    var count = -1
    let elapsed = Self.seconds { count = tagger.tag(numbers, dct: nil).count }
    #expect(count == 0)
    #expect(elapsed < 30, "took \(elapsed) s")
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
