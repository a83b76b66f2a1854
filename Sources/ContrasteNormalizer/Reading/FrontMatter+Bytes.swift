extension FrontMatter {
  /// The fence a line is: `-` for `---`, `.` for `...` (spaces and tabs around), else nil.
  ///
  /// A line with any byte beyond ASCII is no fence: no such character trims away.
  static func fence(_ line: Substring.UTF8View) -> UInt8? {
    var (start, end) = (line.startIndex, line.endIndex)
    while start != end, line[start] == 0x20 || line[start] == 0x09 { start = line.index(after: start) }
    while start != end, line[line.index(before: end)] == 0x20 || line[line.index(before: end)] == 0x09 {
      end = line.index(before: end)
    }
    let body = line[start..<end]
    guard body.count == 3, let first = body.first, first == UInt8(ascii: "-") || first == UInt8(ascii: ".") else {
      return nil
    }
    return body.allSatisfy { $0 == first } ? first : nil
  }

  /// True when every scalar of `line` is a character of its own, equal to no other.
  ///
  /// Such scalars are ASCII, those below U+0300 (Latin letters with their accents composed, no
  /// combining marks) and common punctuation; none is canonically equivalent to an ASCII
  /// character. Reading the line's bytes then finds what reading its characters finds.
  static func isOwnCharacters(_ line: String) -> Bool {
    line.utf8.allSatisfy { $0 < 0x80 }
      || line.unicodeScalars.allSatisfy { scalar in
        switch scalar.value {
        case 0..<0x300, 0x2010...0x2027, 0x2030...0x205E, 0x20A0...0x20C0: true
        default: false
        }
      }
  }

  /// `characterEntry(line)` read from the line's UTF-8, for a line of characters of their own
  /// (`isOwnCharacters`): the ASCII that YAML's syntax uses is then found byte by byte.
  static func byteEntry(_ line: String) -> (key: String, value: String)? {
    let bytes = Array(line.utf8)
    guard let colon = bytes.firstIndex(of: UInt8(ascii: ":")), colon > 0,
      bytes[..<colon].allSatisfy(isKeyByte), colon + 1 < bytes.count, bytes[colon + 1] == 0x20
    else { return nil }
    var (start, end) = (colon + 1, bytes.count)
    while start < end, bytes[start] == 0x20 { start += 1 }
    while end > start, bytes[end - 1] == 0x20 { end -= 1 }
    let value = bytes[start..<end]
    guard let first = value.first, let last = value.last else { return nil }
    // YAML refuses control characters and a few other code points: leave those to its parser.
    let printable =
      value.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
      || String(decoding: value, as: UTF8.self).unicodeScalars.allSatisfy(isPrintable)
    guard printable else { return nil }
    let key = String(decoding: bytes[..<colon], as: UTF8.self)
    if first == UInt8(ascii: "\"") {
      let inner = value.dropFirst().dropLast()
      guard value.count >= 2, last == UInt8(ascii: "\""), !inner.contains(UInt8(ascii: "\"")),
        !inner.contains(UInt8(ascii: "\\"))
      else { return nil }
      return (key, String(decoding: inner, as: UTF8.self))
    }
    // A plain scalar: no indicator first, no `: ` or ` #` inside, no `:` at the end.
    guard !indicators.utf8.contains(first), last != UInt8(ascii: ":") else { return nil }
    for index in value.indices.dropLast() {
      let pair = (value[index], value[index + 1])
      if pair == (0x3A, 0x20) || pair == (0x20, 0x23) { return nil }
    }
    return (key, String(decoding: value, as: UTF8.self))
  }

  /// ASCII letters, digits, `_` and `-`: what a simple key is made of.
  private static func isKeyByte(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
      UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "-"):
      true
    default: false
    }
  }
}
