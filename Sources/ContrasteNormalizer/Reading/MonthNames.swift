/// Spanish month and weekday names as folded keys, from ICU's locale data plus news variants.
public struct MonthNames: Sendable {
  /// Folded name or abbreviation → month number (1–12), as in `enero`, `ene`, `setiembre`, `sept`.
  public let months: [String: Int]
  /// Folded weekday name → ISO weekday (1 = Monday), as in `miercoles`, `sabado`.
  public let weekdays: [String: Int]

  /// Builds the tables from ICU's Spanish symbols, folded with `folder` (accents removed).
  public init(folder: Folder) throws(ICUError) {
    let symbols = try DateSymbols(locale: "es")
    var months: [String: Int] = [:]
    for (index, name) in symbols.months.enumerated() {
      months[try folder.key(name)] = index + 1
    }
    for (index, name) in symbols.shortMonths.enumerated() {
      let key = try folder.key(name).filter { $0 != "." }
      if !key.isEmpty, months[key] == nil { months[key] = index + 1 }
    }
    // Variants ICU does not list but Spanish news writes.
    months["setiembre"] = 9
    months["sept"] = 9
    months["sep"] = 9
    var weekdays: [String: Int] = [:]
    for (index, name) in symbols.weekdays.enumerated() {
      // Folding removes accents, so `miercoles` and `sabado` find these keys too.
      weekdays[try folder.key(name)] = index + 1
    }
    self.months = months
    self.weekdays = weekdays
  }
}
