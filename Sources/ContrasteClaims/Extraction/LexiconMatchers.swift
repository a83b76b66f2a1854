import ContrasteNormalizer

/// The lexicon compiled into phrase matchers over folded tokens.
struct LexiconMatchers: Sendable {
  let bodies: PhraseMatcher<String>
  let bodyNames: [String: String]
  let triggers: PhraseMatcher<String>
  let weakTriggers: PhraseMatcher<String>
  let eventVerbs: PhraseMatcher<String>
  let founding: PhraseMatcher<String>
  let nextPhrases: PhraseMatcher<Bool>
  let ordinals: [TokenText: Int]
  let dateRoles: PhraseMatcher<String>
  let hedges: PhraseMatcher<Hedge>
  let figureNouns: PhraseMatcher<String>
  let figureBefore: PhraseMatcher<String>
  let figureVerbs: PhraseMatcher<String>
  let unitKinds: [String: String]
  let units: PhraseMatcher<Lexicon.Unit>
  let titles: PhraseMatcher<String>
  let statuses: PhraseMatcher<RoleValue.Status>
  let topics: PhraseMatcher<String>
  let places: PhraseMatcher<String>
  let placeNames: [String: String]
  let placeParents: [String: String]
  let attributionBefore: PhraseMatcher<Bool>
  let attributionVerbs: PhraseMatcher<Bool>

  /// Words that say who led (`encabezada`, `encabezó`), who took part, or who only came along.
  let leadWords: PhraseMatcher<Bool>
  let participationWords: PhraseMatcher<Bool>
  let companionWords: PhraseMatcher<Bool>
  /// Number words (`doce`, `mil`, `centenar`).
  let numberWords: PhraseMatcher<Bool>

  /// Every word any phrase uses, numbered; tokens carry these numbers.
  let vocabulary: Vocabulary

  init(_ lexicon: Lexicon, folder: Folder) {
    var vocabulary = Vocabulary()
    bodies = PhraseMatcher(
      lexicon.bodies.flatMap { body in body.aliases.map { ($0, body.key) } }, folder: folder, vocabulary: &vocabulary)
    bodyNames = Dictionary(lexicon.bodies.map { ($0.key, $0.name) }, uniquingKeysWith: { $1 })
    triggers = PhraseMatcher(
      lexicon.events.flatMap { type in (type.triggers ?? []).map { ($0, type.key) } }, folder: folder,
      vocabulary: &vocabulary)
    weakTriggers = PhraseMatcher(
      lexicon.events.flatMap { type in (type.weakTriggers ?? []).map { ($0, type.key) } }, folder: folder,
      vocabulary: &vocabulary)
    eventVerbs = PhraseMatcher(
      lexicon.events.flatMap { type in (type.verbs ?? []).map { ($0, type.key) } }, folder: folder,
      vocabulary: &vocabulary)
    founding = PhraseMatcher(
      lexicon.events.flatMap { type in (type.founding ?? []).map { ($0, type.key) } }, folder: folder,
      vocabulary: &vocabulary)
    nextPhrases = PhraseMatcher(lexicon.nextPhrases.map { ($0, true) }, folder: folder, vocabulary: &vocabulary)
    var ordinals: [TokenText: Int] = [:]
    for (word, value) in lexicon.ordinals.sorted(by: { $0.key < $1.key }) {
      for key in Tokenizer.phrase(word, folder: folder) { ordinals[TokenText(key)] = value }
    }
    self.ordinals = ordinals
    dateRoles = PhraseMatcher(
      lexicon.dateRoles.sorted { $0.key < $1.key }.flatMap { role, phrases in phrases.map { ($0, role) } },
      folder: folder, vocabulary: &vocabulary
    )
    hedges = PhraseMatcher(
      lexicon.hedges.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }, folder: folder, vocabulary: &vocabulary)
    figureNouns = PhraseMatcher(
      lexicon.figures.flatMap { kind in (kind.nouns ?? []).map { ($0, kind.key) } }, folder: folder,
      vocabulary: &vocabulary)
    figureVerbs = PhraseMatcher(
      lexicon.figures.flatMap { kind in (kind.verbs ?? []).map { ($0, kind.key) } }, folder: folder,
      vocabulary: &vocabulary)
    figureBefore = PhraseMatcher(
      lexicon.figures.flatMap { kind in (kind.before ?? []).map { ($0, kind.key) } }, folder: folder,
      vocabulary: &vocabulary)
    var unitKinds: [String: String] = [:]
    for kind in lexicon.figures { for unit in kind.units ?? [] { unitKinds[unit] = kind.key } }
    self.unitKinds = unitKinds
    units = PhraseMatcher(
      lexicon.units.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }, folder: folder, vocabulary: &vocabulary)
    titles = PhraseMatcher(
      lexicon.roles.flatMap { role in role.titles.map { ($0, role.key) } }, folder: folder, vocabulary: &vocabulary)
    statuses = PhraseMatcher(
      lexicon.roleStatus.sorted { $0.key < $1.key }.flatMap { status, phrases in
        phrases.compactMap { phrase in RoleValue.Status(rawValue: status).map { (phrase, $0) } }
      }, folder: folder, vocabulary: &vocabulary)
    topics = PhraseMatcher(
      lexicon.topics.flatMap { topic in topic.synonyms.map { ($0, topic.key) } }, folder: folder,
      vocabulary: &vocabulary)
    places = PhraseMatcher(
      lexicon.places.flatMap { place in place.aliases.map { ($0, place.key) } }, folder: folder, vocabulary: &vocabulary
    )
    placeNames = Dictionary(lexicon.places.map { ($0.key, $0.name) }, uniquingKeysWith: { $1 })
    placeParents = Dictionary(
      lexicon.places.compactMap { place in place.parent.map { (place.key, $0) } }, uniquingKeysWith: { $1 })
    attributionBefore = PhraseMatcher(
      lexicon.attribution.before.map { ($0, true) }, folder: folder, vocabulary: &vocabulary)
    attributionVerbs = PhraseMatcher(
      lexicon.attribution.verbs.map { ($0, true) }, folder: folder, vocabulary: &vocabulary)
    leadWords = PhraseMatcher(ClaimExtractor.leadWords.map { ($0, true) }, folder: folder, vocabulary: &vocabulary)
    participationWords = PhraseMatcher(
      ClaimExtractor.participationWords.map { ($0, true) }, folder: folder, vocabulary: &vocabulary)
    companionWords = PhraseMatcher(
      ClaimExtractor.companionWords.map { ($0, true) }, folder: folder, vocabulary: &vocabulary)
    // Number words get their own bit, so the number parser skips other words without hashing.
    numberWords = PhraseMatcher(NumberParser.words.map { ($0, true) }, folder: folder, vocabulary: &vocabulary)
    vocabulary.add(["en"], to: .placeCue)
    vocabulary.add(["de"], to: .ofPreposition)
    vocabulary.add(ClaimExtractor.nearWords, to: .nearWord)
    vocabulary.add(ClaimExtractor.determiners, to: .determiner)
    vocabulary.add(ClaimExtractor.placeNouns, to: .placeNoun)
    vocabulary.add(ClaimExtractor.notNames, to: .notName)
    // Each word of the lexicon's next and previous phrases.
    vocabulary.add(lexicon.next.flatMap { Tokenizer.phrase($0, folder: folder) }, to: .nextWord)
    vocabulary.add(lexicon.previous.flatMap { Tokenizer.phrase($0, folder: folder) }, to: .previousWord)
    vocabulary.seal()
    self.vocabulary = vocabulary
  }

  /// True when place `inner` is `outer` or inside it.
  func place(_ inner: String, isWithin outer: String) -> Bool {
    var current: String? = inner
    while let key = current {
      if key == outer { return true }
      current = placeParents[key]
    }
    return false
  }
}
