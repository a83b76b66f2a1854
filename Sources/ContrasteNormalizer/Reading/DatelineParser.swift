/// Recognises datelines: `México, 11 de enero de 2026.-`, `PUEBLA, Pue., 2 de febrero (EFE).-`,
/// `Estados Unidos.-`, or a line holding only a place such as `Ciudad de México,`.
struct DatelineParser {
  let folder: Folder
  let names: MonthNames

  /// The dateline at the start of `line` (the article's scalars from offset `start`), or nil.
  func parse(_ line: ArraySlice<Unicode.Scalar>, lineStart start: Int) -> Dateline? {
    // Offsets from the line start: only the first 160 scalars can hold a dateline's `.-`.
    let first = line.startIndex
    var terminator: Int?
    for index in 0..<min(line.count, 160) where line[first + index] == "." && index + 1 < line.count {
      if ["-", "–", "—"].contains(line[first + index + 1]) {
        terminator = index
        break
      }
    }
    let prefixEnd: Int
    let rangeEnd: Int
    if let terminator {
      prefixEnd = terminator
      rangeEnd = terminator + 2
    } else {
      // A place alone on its line, ended by a comma: `Ciudad de México,`.
      var end = line.count
      while end > 0, UTF8Scalar.isWhitespace(line[first + end - 1].value) { end -= 1 }
      guard end > 0, end <= 60, line[first + end - 1] == "," else { return nil }
      prefixEnd = end - 1
      rangeEnd = end
    }
    var prefix = String(scalars: line[first..<(first + prefixEnd)])
    // A wire agency in parentheses before the dash: `(EFE)`.
    if prefix.hasSuffix(")"), let open = prefix.lastIndex(of: "(") {
      prefix = String(prefix[..<open])
    }
    let parts = prefix.fields(separatedBy: ",").map { String($0).trimmingSpaces }
    guard let place = parts.first, isPlace(place), parts.count <= 4,
      prefix.fields(separatedBy: " ").count <= 14
    else { return nil }
    var dateline = Dateline(place: place, range: start..<(start + rangeEnd))
    for part in parts.dropFirst() {
      if let (year, month, day) = date(in: part) {
        (dateline.year, dateline.month, dateline.day) = (year, month, day)
      } else if !isPlace(part) {
        return nil
      }
    }
    return dateline
  }

  /// A capitalised name of at most five words and no digits (`Ciudad de México`, `Pue.`).
  private func isPlace(_ text: String) -> Bool {
    let words = text.fields(separatedBy: " ")
    guard let first = text.unicodeScalars.first, first.properties.isUppercase, (1...5).contains(words.count)
    else { return false }
    return !text.unicodeScalars.contains { $0.properties.numericType != nil }
  }

  /// `11 de enero de 2026`, `lunes 12 de enero`, `2 de febrero del 2026`.
  private func date(in text: String) -> (Int?, Int, Int)? {
    guard let key = try? folder.key(text) else { return nil }
    var words = key.fields(separatedBy: " ").map(String.init)
    if let first = words.first, names.weekdays[first] != nil { words.removeFirst() }
    // Wire style: `12 nov`, `4 mar`.
    if words.count == 2, let day = Int(words[0]), (1...31).contains(day),
      let month = names.months[words[1].filter { $0 != "." }]
    {
      return (nil, month, day)
    }
    guard words.count == 3 || words.count == 5, words[1] == "de",
      let day = Int(words[0].filter { $0.isNumber }), (1...31).contains(day),
      let month = names.months[words[2]]
    else { return nil }
    if words.count == 5 {
      guard ["de", "del"].contains(words[3]), words[4].count == 4, let year = Int(words[4]),
        DayDate(year: year, month: month, day: day) != nil
      else { return nil }
      return (year, month, day)
    }
    return (nil, month, day)
  }
}
