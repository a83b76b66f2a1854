import ContrasteNormalizer
import ContrasteTemporal
import Foundation
import Testing

/// The seed articles, read with `ArticleReader` as the CLI reads them.
@Suite struct SeedTests {
  static func mentions(_ name: String) throws -> [TemporalMention] {
    let path = TaggerFixture.packageRoot.appendingPathComponent("seeds").appendingPathComponent(name).path
    let reader = try ArticleReader()
    let result = reader.read(path: path, id: name)
    let article = try #require(result.articles.first, "could not read \(name): \(result.errors)")
    return try TaggerFixture.tagger().tag(article)
  }

  static func mention(_ text: String, in mentions: [TemporalMention]) throws -> TemporalMention {
    try #require(mentions.first { $0.text == text }, "no mention '\(text)' in \(mentions.map(\.text))")
  }

  @Test func seed000InfersTheYearFromAFutureMeeting() throws {
    let mentions = try Self.mentions("000_1b03d4391e48621e.txt")
    let meeting = try Self.mention("el pasado 11 de diciembre", in: mentions)
    #expect(meeting.value == "2025-12-11")
    #expect(meeting.anchor == .inferred)
    #expect(meeting.timex.yearIsUnknown)
    #expect(meeting.tense == .past)
    let next = try Self.mention("enero de 2026", in: mentions)
    #expect(next.value == "2026-01")
    #expect(next.anchor == .absolute)
  }

  @Test func seed001InfersTheYearAndLeavesTheWeekdayOpen() throws {
    let mentions = try Self.mentions("001_e8a27daeb1ae8e9e.txt")
    let meeting = try Self.mention("el pasado 11 de diciembre", in: mentions)
    #expect(meeting.value == "2025-12-11")
    #expect(meeting.anchor == .inferred)
    let tuesday = try Self.mention("este martes", in: mentions)
    #expect(tuesday.value == "XXXX-XX-XX")
    #expect(tuesday.anchor == .none)
  }

  @Test func seed002FlagsTheStartAndChecksTheWeekday() throws {
    let mentions = try Self.mentions("002_44ee2ae36a015fe3.txt")
    let start = try Self.mention("viernes 23 de enero de 2026", in: mentions)
    #expect(start.value == "2026-01-23")
    #expect(start.isStart)
    #expect(start.diagnostics.isEmpty)
    #expect(start.anchor == .absolute)
    let february = try Self.mention("febrero", in: mentions)
    #expect(february.value == "2026-02")
    #expect(february.anchor == .inferred)
  }

  @Test func seed003ResolvesAyerAgainstTheDateline() throws {
    let mentions = try Self.mentions("003_719986d765f086e2.txt")
    let yesterday = try Self.mention("ayer", in: mentions)
    #expect(yesterday.value == "2026-01-10")
    #expect(yesterday.anchor == .dct)
    #expect(try Self.mention("11 de enero de 2026", in: mentions).value == "2026-01-11")
  }

  @Test func seed004ReadsLaMananaAsAPartOfDayNotTomorrow() throws {
    let mentions = try Self.mentions("004_e843446c8cb880ce.txt")
    let morning = try Self.mention("la mañana de este 11 de diciembre", in: mentions)
    #expect(morning.value == "2025-12-11TMO")
    #expect(morning.type == .time)
    #expect(morning.interval == (try TaggerFixture.day("2025-12-11"))...(try TaggerFixture.day("2025-12-11")))
    #expect(try Self.mention("El pasado 2 de diciembre", in: mentions).value == "2025-12-02")
    #expect(try Self.mention("septiembre de 2025", in: mentions).value == "2025-09")
    // Credits (`Crédito: X @SRE_mx`) are boilerplate, and `32 entidades`, `125 investigaciones` no dates.
    #expect(!mentions.contains { $0.text.contains("32") || $0.text.contains("125") || $0.text.contains("SRE") })
  }

  @Test func aDCTGivenByTheCallerWinsOverTheArticleDate() throws {
    let path = TaggerFixture.packageRoot.appendingPathComponent("seeds/003_719986d765f086e2.txt").path
    let article = try #require(try ArticleReader().read(path: path, id: "003").articles.first)
    let mentions = try TaggerFixture.tagger().tag(article, dct: TaggerFixture.day("2026-02-01"))
    #expect(try Self.mention("ayer", in: mentions).value == "2026-01-31")
  }
}
