/// Small closed word lists the extractor tests tokens against, as bits on each token.
///
/// A token carries the classes of its word from the vocabulary, so `en`, `de` or a determiner
/// is recognised by one bit test instead of hashing or comparing the token's `String`, at
/// every token of every sentence.
struct WordClass: OptionSet, Sendable, Hashable {
  let rawValue: UInt8

  /// `en`: the cue before a place (`en Santiago`).
  static let placeCue = WordClass(rawValue: 1 << 0)
  /// The preposition `de`, which links a near-word to its town (`cerca de`).
  static let ofPreposition = WordClass(rawValue: 1 << 1)
  /// Words before `de` that place something near a town (`al sur de`, `cerca de`).
  static let nearWord = WordClass(rawValue: 1 << 2)
  /// Articles before a place noun or name (`el`, `las`).
  static let determiner = WordClass(rawValue: 1 << 3)
  /// Nouns that lead to a place name (`el puerto de`).
  static let placeNoun = WordClass(rawValue: 1 << 4)
  /// Capitalised words that start noun phrases, not names (`Gobierno`, `Durante`).
  static let notName = WordClass(rawValue: 1 << 5)
  /// Words saying an event is the next of its series (`próxima`, `siguiente`).
  static let nextWord = WordClass(rawValue: 1 << 6)
  /// Words saying an event is an earlier one of its series (`anterior`, `pasada`).
  static let previousWord = WordClass(rawValue: 1 << 7)
}
