import ContrasteNormalizer
import ContrasteTemporal
import Testing

/// TIMEX3 values and intervals of the structured value.
@Suite struct TimexTests {
  @Test func unknownPartsRenderAsXs() {
    var timex = Timex(granularity: .day)
    timex.month = 12
    timex.day = 11
    #expect(timex.value == "XXXX-12-11")
    #expect(timex.interval == nil)
    var week = Timex(granularity: .week)
    week.weekend = true
    #expect(week.value == "XXXX-WXX-WE")
  }

  @Test func clockTimesAndPartsOfDayFollowTheDay() {
    var time = Timex(granularity: .time)
    (time.year, time.month, time.day, time.hour, time.minute) = (2025, 12, 11, 9, 5)
    #expect(time.value == "2025-12-11T09:05")
    var part = Timex(granularity: .partOfDay)
    (part.year, part.month, part.day, part.partOfDay) = (2025, 12, 16, .afternoon)
    #expect(part.value == "2025-12-16TAF")
  }

  @Test(arguments: [
    ([TimexDuration.Component(amount: 1, unit: .year), .init(amount: 6, unit: .month)], "P1Y6M"),
    ([.init(amount: 8, unit: .hour), .init(amount: 30, unit: .minute)], "PT8H30M"),
    ([.init(amount: nil, unit: .day)], "PXD"),
    ([.init(amount: 2, unit: .day), .init(amount: 12, unit: .hour)], "P2DT12H"),
  ])
  func durationsRenderInISOForm(_ components: [TimexDuration.Component], _ value: String) {
    #expect(TimexDuration(components).value == value)
  }

  @Test func periodsCoverTheirDays() throws {
    var quarter = Timex(granularity: .quarter)
    (quarter.year, quarter.quarter) = (2026, 1)
    #expect(quarter.value == "2026-Q1")
    #expect(quarter.interval == (try TaggerFixture.day("2026-01-01"))...(try TaggerFixture.day("2026-03-31")))
    var decade = Timex(granularity: .decade)
    decade.year = 1990
    #expect(decade.value == "199")
    var century = Timex(granularity: .century)
    century.year = 2000
    #expect(century.value == "20")
    var week = Timex(granularity: .week)
    (week.year, week.week) = (2025, 1)
    #expect(week.interval?.lowerBound == (try TaggerFixture.day("2024-12-30")))
  }

  @Test func setsHaveAPeriodButNoInterval() {
    var set = Timex(granularity: .set)
    set.isSet = true
    set.duration = TimexDuration([.init(amount: 1, unit: .week)])
    #expect(set.value == "P1W")
    #expect(set.interval == nil)
  }
}
