import CICUBridge

/// Month and weekday names from ICU's locale data (`udat_getSymbols`).
public struct DateSymbols: Sendable, Equatable {
  /// Month names, January first (`enero` … `diciembre` for Spanish).
  public let months: [String]
  /// Abbreviated month names, January first (`ene` … `dic`).
  public let shortMonths: [String]
  /// Weekday names, Monday first (`lunes` … `domingo`).
  public let weekdays: [String]

  /// Loads the symbols of `locale` (default Spanish).
  public init(locale: String = "es") throws(ICUError) {
    func symbol(_ kind: Int32, _ index: Int) throws(ICUError) -> String {
      let units = try ICU.withGrowingBuffer(initialCapacity: 32, "read date symbols for '\(locale)'") {
        buffer, capacity, status in
        cicu_date_symbol(locale, kind, Int32(index), buffer, capacity, &status)
      }
      return String(decoding: units, as: UTF16.self)
    }
    var months: [String] = []
    var shortMonths: [String] = []
    for month in 0..<12 {
      months.append(try symbol(Int32(CICU_SYMBOL_MONTH), month))
      shortMonths.append(try symbol(Int32(CICU_SYMBOL_SHORT_MONTH), month))
    }
    // ICU numbers weekdays from Sunday = 1; news Spanish counts from Monday.
    var weekdays: [String] = []
    for day in [2, 3, 4, 5, 6, 7, 1] { weekdays.append(try symbol(Int32(CICU_SYMBOL_WEEKDAY), day)) }
    self.months = months
    self.shortMonths = shortMonths
    self.weekdays = weekdays
  }
}

/// Case mapping through Debian's ICU, used to check that it and Foundation's ICU coexist.
public enum ICUCaseMapping {
  /// ICU's full uppercase mapping of `text` for `locale`.
  public static func uppercased(_ text: String, locale: String) throws(ICUError) -> String {
    let source = Array(text.utf16)
    let units = try ICU.withGrowingBuffer(initialCapacity: source.count + 8, "uppercase text") {
      buffer, capacity, status in
      source.withUnsafeBufferPointer {
        cicu_to_upper(locale, $0.baseAddress, Int32($0.count), buffer, capacity, &status)
      }
    }
    return String(decoding: units, as: UTF16.self)
  }
}
