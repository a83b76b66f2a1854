/// Reads Spanish numbers from tokens: digits with Spanish or Mexican separators (`1.234,5`,
/// `7,1`, `1,200`), words (`doce`, `veintiocho`, `ciento veinte`, `una docena`, `medio millón`).
struct NumberParser: Sendable {
  /// The bit `TextToken.starts` carries on number words (the lexicon matchers' number-word
  /// matcher, whose phrases are single words); nil to look every word up.
  var numberWordBit: UInt32?

  static let unitWords: [String: Double] = [
    "un": 1, "una": 1, "uno": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8,
    "nueve": 9, "diez": 10, "once": 11, "doce": 12, "trece": 13, "catorce": 14, "quince": 15, "dieciseis": 16,
    "diecisiete": 17, "dieciocho": 18, "diecinueve": 19, "veinte": 20, "veintiuno": 21, "veintiun": 21,
    "veintiuna": 21, "veintidos": 22, "veintitres": 23, "veinticuatro": 24, "veinticinco": 25, "veintiseis": 26,
    "veintisiete": 27, "veintiocho": 28, "veintinueve": 29, "treinta": 30, "cuarenta": 40, "cincuenta": 50,
    "sesenta": 60, "setenta": 70, "ochenta": 80, "noventa": 90, "cien": 100, "ciento": 100, "doscientos": 200,
    "doscientas": 200, "trescientos": 300, "trescientas": 300, "cuatrocientos": 400, "cuatrocientas": 400,
    "quinientos": 500, "quinientas": 500, "seiscientos": 600, "seiscientas": 600, "setecientos": 700,
    "setecientas": 700, "ochocientos": 800, "ochocientas": 800, "novecientos": 900, "novecientas": 900,
  ]

  /// A number read from tokens.
  struct Number {
    var value: Double
    /// Tokens taken, including a multiplier (`millones`).
    var length: Int
    /// Tokens before the multiplier, so a unit such as `millones de pesos` can take it instead.
    var baseLength: Int
    var baseValue: Double
    /// `un centenar de`, `dos millones de`: the counted noun follows `de`.
    var takesDe: Bool
  }

  /// Every word the parser reads.
  static var words: [String] {
    Array(unitWords.keys) + Array(collectiveWords.keys) + ["mil", "millon", "millones", "medio", "media"]
  }

  /// Collective numerals: `un centenar`, `una decena`, `una docena`, `un millar`.
  static let collectiveWords: [String: Double] = [
    "decena": 10, "docena": 12, "centenar": 100, "millar": 1_000, "tercio": 1.0 / 3, "cuarto": 0.25,
  ]

  /// The number words and collectives keyed by token text, looked up at every number word.
  static let units = Dictionary(uniqueKeysWithValues: unitWords.map { (TokenText($0.key), $0.value) })
  static let collectives = Dictionary(uniqueKeysWithValues: collectiveWords.map { (TokenText($0.key), $0.value) })

  /// The number at `index`, or nil; `folded` is the article's folded UTF-8 the tokens index.
  func parse(_ tokens: [TextToken], at index: Int, folded: [UInt8]) -> Number? {
    guard index < tokens.count else { return nil }
    var value: Double
    var length: Int
    var takesDe = false
    // Most tokens are punctuation or words that are not number words: ruled out before the
    // token (and its text) is copied, by one bit test instead of a dictionary lookup.
    switch tokens[index].kind {
    case .punctuation: return nil
    case .word: if let numberWordBit, tokens[index].starts & numberWordBit == 0 { return nil }
    case .number: break
    }
    let token = tokens[index]
    if token.kind == .number {
      guard let digits = Self.digits(token.string(in: folded)) else { return nil }
      (value, length) = (digits, 1)
    } else if ["un", "una", "media", "medio"].contains(token.text), index + 1 < tokens.count,
      let collective = Self.collectives[tokens[index + 1].text]
    {
      let factor = token.text == "media" || token.text == "medio" ? 0.5 : 1
      return Number(value: collective * factor, length: 2, baseLength: 2, baseValue: collective * factor, takesDe: true)
    } else if token.text == "medio", index + 1 < tokens.count, ["millon", "mil"].contains(tokens[index + 1].text) {
      let value: Double = tokens[index + 1].text == "millon" ? 500_000 : 500
      return Number(value: value, length: 2, baseLength: 2, baseValue: value, takesDe: true)
    } else if token.text == "mil" {
      (value, length) = (1_000, 1)  // `mil 200 kilos` is how Mexican outlets write 1.200
    } else if let words = words(tokens, at: index) {
      (value, length) = words
    } else {
      return nil
    }
    // `mil 200`: thousands then the rest in digits.
    if value == 1_000, length == 1, index + 1 < tokens.count, tokens[index + 1].kind == .number,
      let rest = Self.digits(tokens[index + 1].string(in: folded)), rest < 1_000
    {
      (value, length) = (1_000 + rest, 2)
    }
    let base = (value, length)
    // Multipliers: `1,2 millones`, `tres mil`.
    if index + length < tokens.count {
      switch tokens[index + length].text {
      case "mil": (value, length, takesDe) = (value * 1_000, length + 1, true)
      case "millon", "millones": (value, length, takesDe) = (value * 1_000_000, length + 1, true)
      default: break
      }
    }
    return Number(value: value, length: length, baseLength: base.1, baseValue: base.0, takesDe: takesDe)
  }

  /// Number words such as `ciento veinticinco` or `treinta y dos`.
  private func words(_ tokens: [TextToken], at index: Int) -> (Double, Int)? {
    var total: Double = 0
    var length = 0
    var position = index
    while position < tokens.count, let value = Self.units[tokens[position].text] {
      total += value
      length = position - index + 1
      position += 1
      // `treinta y dos`
      if position + 1 < tokens.count, tokens[position].text == "y", value >= 30, value < 100,
        let next = Self.units[tokens[position + 1].text], next < 10
      {
        total += next
        position += 2
        length = position - index
      }
    }
    return length > 0 ? (total, length) : nil
  }

  /// Digits with separators: both `.` and `,` → Spanish (`1.234,5`); one separator followed by
  /// exactly three digits → thousands (`1.200`, `1,200`); otherwise a decimal mark (`7,1`, `6.1`).
  static func digits(_ text: String) -> Double? {
    // Bytes: `contains(".")` with a string argument is Foundation's locale-aware search.
    let hasDot = text.utf8.contains(UInt8(ascii: "."))
    let hasComma = text.utf8.contains(UInt8(ascii: ","))
    var normalized = text
    if hasDot && hasComma {
      let decimal: Character = text.lastIndex(of: ",")! > text.lastIndex(of: ".")! ? "," : "."
      normalized = String(text.filter { $0 != (decimal == "," ? "." : ",") }.map { $0 == "," ? "." : $0 })
    } else if hasDot || hasComma {
      let separator: Character = hasDot ? "." : ","
      let groups = text.split(separator: separator)
      if groups.count > 1, groups.dropFirst().allSatisfy({ $0.count == 3 }) {
        normalized = text.filter { $0 != separator }
      } else if groups.count == 2 {
        normalized = text.replacingOccurrences(of: ",", with: ".")
      } else {
        return nil
      }
    }
    return Double(normalized)
  }
}

extension String {
  fileprivate func replacingOccurrences(of target: String, with replacement: String) -> String {
    split(separator: Character(target), omittingEmptySubsequences: false).joined(separator: replacement)
  }
}
