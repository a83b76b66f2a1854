import ContrasteNormalizer
import ContrasteTemporal

extension ClaimExtractor {
  /// Topics from the synonym lexicon (`huachicol` = `robo de combustible`).
  func findTopics(in sentence: Sentence, events: [LocalEvent], state: inout ExtractionState) {
    let named = events.filter { !$0.key.isEmpty }
    for (range, topic) in matchers.topics.all(in: sentence) {
      let owner =
        named.min { abs($0.token - range.lowerBound) < abs($1.token - range.lowerBound) }?.key ?? state.current?.key
      let original =
        sentence.tokens[range.lowerBound].range.lowerBound..<sentence.tokens[range.upperBound - 1].range.upperBound
      state.add(
        event: owner, attribute: "topic",
        value: ClaimValue(
          kind: .topic, key: topic, display: lexicon.topics.first { $0.key == topic }?.synonyms.first ?? topic),
        range: original, rule: "topic.synonym", confidence: 0.8)
    }
  }

  /// Places after `en` (`en la Ciudad de México`, `en McAllen, Texas`), given to the nearest
  /// event mentioned before them.
  func findPlaces(in sentence: Sentence, eventIndex: EventIndex, background: Bool, state: inout ExtractionState) {
    let tokens = sentence.tokens
    var found: [(String, String, Range<Int>)] = []
    var index = 0
    while index < tokens.count {
      // `en Santiago`, `al sur de Pinotepa`, `cerca de Tecomán`.
      let cue =
        tokens[index].classes.contains(.placeCue)
        || (tokens[index].classes.contains(.ofPreposition) && index > 0
          && tokens[index - 1].classes.contains(.nearWord))
      guard cue else {
        index += 1
        continue
      }
      var position = index + 1
      // `en el puerto de Colima`, `en las inmediaciones de Pinotepa`, `en el centro de Santiago`.
      for _ in 0..<3 {
        if position < tokens.count, tokens[position].classes.contains(.determiner) { position += 1 }
        guard matchers.places.match(tokens, at: position) == nil, position + 1 < tokens.count,
          tokens[position].classes.contains(.placeNoun), ["de", "del"].contains(tokens[position + 1].text)
        else { break }
        position += 2
      }
      // `Santiago Jamiltepec` is not `Santiago`: the alias must end where the capitalised name ends.
      guard let place = matchers.places.match(tokens, at: position),
        position + place.length >= tokens.count || !tokens[position + place.length].isCapitalized
          || !tokens[position + place.length].isWord
      else {
        index += 1
        continue
      }
      var key = place.payload
      var end = position + place.length
      // `McAllen, Texas`: the second name must contain the first.
      if end + 1 < tokens.count, tokens[end].text == ",", let outer = matchers.places.match(tokens, at: end + 1) {
        // `Santiago, Oaxaca` names another Santiago than the gazetteer's: not a place we know.
        guard matchers.place(key, isWithin: outer.payload) || matchers.place(outer.payload, isWithin: key) else {
          index = end
          continue
        }
        end += 1 + outer.length
      } else if let inner = matchers.places.match(tokens, at: end), matchers.place(inner.payload, isWithin: key) {
        key = inner.payload
        end += inner.length
      }
      // The event named before the place, else the first named after it.
      let owner = eventIndex.before(index)?.key
      // In a sentence about an earlier time, only an event it names itself gets the place.
      if let owner, !owner.isEmpty, !(background && owner == state.current?.key) {
        found.append((owner, key, tokens[position].range.lowerBound..<tokens[end - 1].range.upperBound))
      }
      index = end
    }
    // One place per event and sentence: the most specific (`Lago Puelo`, not also `Chubut`).
    // Checked against each event's distinct places: a sentence naming a town 100,000 times stays linear.
    var keysByOwner: [String: Set<String>] = [:]
    for (owner, key, _) in found { keysByOwner[owner, default: []].insert(key) }
    for (owner, key, range) in found
    where !(keysByOwner[owner] ?? []).contains(where: { $0 != key && matchers.place($0, isWithin: key) }) {
      state.add(
        event: owner, attribute: "place",
        value: ClaimValue(kind: .place, key: key, display: matchers.placeNames[key] ?? key), range: range,
        rule: "place.gazetteer", confidence: 0.85)
    }
  }

  static let determiners: Set<String> = ["la", "el", "los", "las", "un", "una"]
  /// Nouns that lead to a place name: `el puerto de`, `las inmediaciones de`.
  static let placeNouns: Set<String> = [
    "puerto", "ciudad", "municipio", "estado", "localidad", "capital", "provincia", "region", "comunidad", "zona",
    "costa", "centro", "inmediaciones", "cercanias", "afueras", "sur", "norte", "este", "oeste", "periferia",
  ]
  /// Words before `de` that place something near a town: `al sur de`, `cerca de`.
  static let nearWords: Set<String> = [
    "sur", "norte", "este", "oeste", "noreste", "noroeste", "sureste", "suroeste", "cerca", "inmediaciones",
    "cercanias", "afueras",
  ]

  /// Gives each date of the sentence to the nearest event mention, with its role.
  func attach(_ dates: [TemporalMention], in sentence: Sentence, events: [LocalEvent], state: inout ExtractionState) {
    let roles = matchers.dateRoles.all(in: sentence)
    let named = EventIndex(events, namedOnly: true)
    for mention in dates {
      guard let value = Self.dateValue(mention, dctInferred: state.dctInferred) else { continue }
      let position = sentence.tokenIndex(at: mention.range.lowerBound) ?? 0
      // The role phrase closest before the date: `entrará en vigor el…`, `se inició el…`.
      let role = roles.last { $0.range.upperBound <= position && position - $0.range.upperBound <= 4 }?.payload
      let nearest = named.nearest(to: position)
      // A law's or a fire's dates are said without naming the event again.
      guard let event = nearest?.key ?? (role == "effective" || role == "start" ? state.current?.key : nil) else {
        continue
      }
      let attribute: String
      if role == "effective" {
        attribute = "date.effective"
      } else if mention.isStart || role == "start" {
        attribute = "date.start"
      } else {
        attribute = "date.happened"
      }
      state.add(
        event: event, attribute: attribute,
        value: ClaimValue(kind: .date, key: value.key, display: state.quote(mention.range), date: value.date),
        range: mention.range, rule: "date.\(mention.anchor.rawValue)",
        confidence: value.date.anchor == "inferred" ? 0.6 : 0.9)
    }
  }

  /// Bodies the sentence names as the source of what it reports: the subject of an attribution
  /// verb (`el Departamento de Estado detalló`) or the complement of `según` / `de acuerdo con`.
  func attributedBodies(in sentence: Sentence) -> Set<String> {
    guard matchers.bodies.mayMatch(in: sentence) else { return [] }
    let tokens = sentence.tokens
    var result = Set<String>()
    var cueEnds: [Int] = []
    var verbStarts: [Int] = []
    for index in tokens.indices {
      if let cue = matchers.attributionBefore.match(tokens, at: index) { cueEnds.append(index + cue.length) }
      if matchers.attributionVerbs.matches(tokens, at: index) { verbStarts.append(index) }
    }
    for (range, body) in matchers.bodies.all(in: tokens) {
      let afterCue = cueEnds.contains { range.lowerBound >= $0 && range.lowerBound - $0 <= 2 }
      let subject = verbStarts.contains { $0 >= range.upperBound && $0 - range.upperBound <= 2 }
      if afterCue || subject { result.insert(body) }
    }
    return result
  }

  /// Who the sentence attributes its content to: `según el comunicado`, `informó la SRE`.
  func attribution(in sentence: Sentence, state: ExtractionState) -> String? {
    let tokens = sentence.tokens
    if matchers.attributionBefore.mayMatch(in: sentence) {
      for index in tokens.indices {
        if let cue = matchers.attributionBefore.match(tokens, at: index) {
          return phrase(tokens, from: index + cue.length, state: state)
        }
      }
    }
    guard matchers.attributionVerbs.mayMatch(in: sentence) else { return nil }
    for index in tokens.indices {
      guard let verb = matchers.attributionVerbs.match(tokens, at: index) else { continue }
      let after = index + verb.length
      if after < tokens.count, tokens[after].text != "que", let source = phrase(tokens, from: after, state: state) {
        return source
      }
      if index > 0, after < tokens.count, tokens[after].text == "que" {
        return phrase(tokens, from: 0, upTo: index, state: state)
      }
    }
    return nil
  }

  /// Up to six words from `start` to the next punctuation, quoted from the original.
  private func phrase(_ tokens: [TextToken], from start: Int, upTo limit: Int? = nil, state: ExtractionState) -> String?
  {
    var end = start
    let stop = min(limit ?? tokens.count, start + 6)
    while end < stop, tokens[end].kind != .punctuation { end += 1 }
    guard end > start else { return nil }
    return state.quote(tokens[start].range.lowerBound..<tokens[end - 1].range.upperBound)
  }
}
