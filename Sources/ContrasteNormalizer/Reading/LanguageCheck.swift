/// Tells whether a text reads like Spanish, from how often Spanish function words occur.
///
/// Claim extraction only knows Spanish; an English or Portuguese wire copy in a corpus would
/// silently yield nothing, so the reader warns instead.
struct LanguageCheck: Sendable {
  /// Frequent Spanish words that are not also frequent English, French or Portuguese words.
  static let functionWords: Set<String> = [
    "de", "la", "el", "que", "en", "y", "los", "del", "se", "las", "por", "un", "con", "para", "una",
    "su", "al", "lo", "como", "pero", "sus", "fue", "este", "esta", "entre", "cuando", "sobre", "tambien",
    "ha", "han", "dijo", "hasta", "desde", "donde", "segun", "mas", "muy", "sin", "ya",
  ]

  /// Texts shorter than this many words are not judged: a headline says too little.
  var minimumWords = 40
  /// Below this share of function words a text is taken as not Spanish; Spanish news runs 30–40 %.
  var minimumShare = 0.12

  /// The share of Spanish function words among the first 5,000 words, or nil for short texts.
  func spanishShare(_ text: String) -> Double? {
    var words = 0
    var spanish = 0
    var word = ""
    func finish() {
      guard !word.isEmpty else { return }
      words += 1
      if Self.functionWords.contains(word) { spanish += 1 }
      word = ""
    }
    for scalar in text.unicodeScalars {
      if words >= 5_000 { break }
      if scalar.properties.isAlphabetic {
        // Only the accents that occur in the word list need folding.
        switch scalar {
        case "á", "Á": word.append("a")
        case "é", "É": word.append("e")
        case "ú", "Ú": word.append("u")
        default: word.unicodeScalars.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
        }
      } else {
        finish()
      }
    }
    finish()
    return words < minimumWords ? nil : Double(spanish) / Double(words)
  }

  /// A warning when `text` is long enough to judge and does not read like Spanish.
  func warning(for text: String, path: String) -> ReadWarning? {
    guard let share = spanishShare(text), share < minimumShare else { return nil }
    return ReadWarning(
      path: path,
      message:
        "does not look like Spanish (\(Int((share * 100).rounded())) % Spanish function words, news in Spanish has about 30 %). Contraste only finds claims in Spanish; translate the article or remove it from the corpus."
    )
  }
}
