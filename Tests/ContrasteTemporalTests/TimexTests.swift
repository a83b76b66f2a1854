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

  /// One value of every granularity: fields zero-padded to their width, unknown ones as X's.
  static let shapes: [(Timex, String)] = {
    func timex(_ granularity: Timex.Granularity, _ change: (inout Timex) -> Void) -> Timex {
      var timex = Timex(granularity: granularity)
      change(&timex)
      return timex
    }
    return [
      (timex(.year) { $0.year = 987 }, "0987"),
      (timex(.year) { _ in }, "XXXX"),
      (timex(.decade) { $0.year = 1990 }, "199"),
      (timex(.decade) { $0.year = 50 }, "005"),
      (timex(.century) { $0.year = 2025 }, "20"),
      (timex(.century) { _ in }, "XX"),
      (timex(.month) { ($0.year, $0.month) = (2026, 1) }, "2026-01"),
      (timex(.month) { $0.year = 2026 }, "2026-XX"),
      (timex(.week) { ($0.year, $0.week) = (2026, 3) }, "2026-W03"),
      (timex(.week) { ($0.year, $0.week, $0.weekend) = (2026, 3, true) }, "2026-W03-WE"),
      (timex(.quarter) { ($0.year, $0.quarter) = (2026, 4) }, "2026-Q4"),
      (timex(.quarter) { $0.year = 2026 }, "2026-QX"),
      (timex(.half) { ($0.year, $0.half) = (2025, 2) }, "2025-H2"),
      (timex(.season) { ($0.year, $0.season) = (2025, .winter) }, "2025-WI"),
      (timex(.season) { $0.year = 2025 }, "2025-XX"),
      (timex(.day) { ($0.year, $0.month, $0.day) = (2025, 12, 1) }, "2025-12-01"),
      (timex(.day) { $0.day = 11 }, "XXXX-XX-11"),
      (timex(.time) { ($0.year, $0.month, $0.day, $0.hour) = (2026, 1, 10, 7) }, "2026-01-10T07:XX"),
      (timex(.partOfDay) { ($0.year, $0.month, $0.day) = (2026, 1, 10) }, "2026-01-10TXX"),
      (timex(.day) { ($0.year, $0.month, $0.day) = (-44, 3, 15) }, "0-44-03-15"),
      (
        timex(.time) { ($0.year, $0.month, $0.day, $0.hour, $0.minute) = (.min, .max, .min, .max, .min) },
        "\(Int.min)-\(Int.max)-\(Int.min)T\(Int.max):\(Int.min)"
      ),
    ]
  }()

  @Test(arguments: shapes)
  func valuesHaveTheirGranularitysShape(_ timex: Timex, _ value: String) {
    #expect(timex.value == value)
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
