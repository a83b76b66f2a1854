import ContrasteNormalizer
import Testing

@Suite("Calendar arithmetic")
struct DayDateTests {
  @Test(arguments: [
    ("2025-12-11", 4), ("2026-01-23", 5), ("2024-02-29", 4), ("1970-01-01", 4), ("2000-01-01", 6),
  ])
  func weekday(date: String, weekday: Int) throws {
    #expect(try #require(DayDate(iso: date)).weekday == weekday)
  }

  @Test func roundTripsThroughDayNumbers() throws {
    var date = try #require(DayDate(year: 1999, month: 12, day: 25))
    for _ in 0..<4000 {
      let next = date.adding(days: 1)
      #expect(next.daysSinceEpoch == date.daysSinceEpoch + 1)
      #expect(next > date)
      date = next
    }
    #expect(date == DayDate(year: 2010, month: 12, day: 7))
  }

  @Test func rejectsImpossibleDates() {
    #expect(DayDate(year: 2025, month: 2, day: 29) == nil)
    #expect(DayDate(year: 2024, month: 2, day: 29) != nil)
    #expect(DayDate(iso: "2025-13-01") == nil)
    #expect(DayDate(iso: "11/12/2025") == nil)
    #expect(DayDate(iso: "2026-01-15T10:00:00Z")?.description == "2026-01-15")
  }

  @Test func monthArithmeticClampsToMonthEnd() throws {
    let date = try #require(DayDate(iso: "2026-01-31"))
    #expect(date.adding(months: 1).description == "2026-02-28")
    #expect(date.adding(months: -2).description == "2025-11-30")
    #expect(date.adding(months: 13).description == "2027-02-28")
  }

  @Test(arguments: [
    ("2026-01-01", 2026, 1), ("2027-01-01", 2026, 53), ("2025-12-29", 2026, 1), ("2025-12-11", 2025, 50),
  ])
  func isoWeeks(date: String, year: Int, week: Int) throws {
    let iso = try #require(DayDate(iso: date)).isoWeek
    #expect(iso.year == year && iso.week == week)
  }
}
