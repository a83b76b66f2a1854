import ContrasteNormalizer

/// An event mention found in the sentence being read, with its token position.
struct LocalEvent {
  var key: String
  var token: Int
  var relation: EventMention.Relation
}

extension ClaimExtractor {
  /// Finds the event mentions of a sentence.
  ///
  /// Triggers come with their ordinal, body and relation; event verbs need a body; some phrases
  /// announce the next event. Generic mentions (`el encuentro`) refer to the
  /// article's current event.
  ///
  /// In a `background` sentence (one about an earlier time) a bare trigger is another event.
  /// A bare trigger of another type than the current event gives an unnamed mention (empty key)
  /// so that what the sentence counts is not given to the current event.
  func findEvents(in sentence: Sentence, background: Bool, state: inout ExtractionState) -> [LocalEvent] {
    let tokens = sentence.tokens
    var found: [LocalEvent] = []
    var index = 0
    var lastTriggerEnd = -10
    // A token where none of these matchers' phrases starts is passed over at once.
    let starts =
      matchers.nextPhrases.bit | matchers.founding.bit | matchers.eventVerbs.bit | matchers.weakTriggers.bit
      | matchers.triggers.bit
    while index < tokens.count {
      guard tokens[index].starts & starts != 0 else {
        index += 1
        continue
      }
      if matchers.nextPhrases.matches(tokens, at: index), let current = state.current {
        let length = matchers.nextPhrases.match(tokens, at: index)?.length ?? 1
        found.append(
          record(
            body: current.body, type: current.type, ordinal: current.ordinal.map { $0 + 1 }, relation: .next,
            tokens: tokens, index..<(index + length), state: &state))
        index += length
        continue
      }
      if let founding = matchers.founding.match(tokens, at: index),
        let body = body(in: tokens, near: index, length: founding.length, verb: true)
      {
        let relation: EventMention.Relation = (state.current?.ordinal ?? 1) > 1 ? .previous : .this
        let range = min(body.range.lowerBound, index)..<(index + founding.length)
        found.append(
          record(
            body: body.key, type: founding.payload, ordinal: 1, relation: relation, tokens: tokens, range,
            state: &state))
        index += founding.length
        continue
      }
      if let verb = matchers.eventVerbs.match(tokens, at: index),
        let body = body(in: tokens, near: index, length: verb.length, verb: true)
      {
        let range = min(body.range.lowerBound, index)..<(index + verb.length)
        found.append(
          record(
            body: body.key, type: verb.payload, ordinal: nil, relation: .this, tokens: tokens, range, state: &state))
        index += verb.length
        continue
      }
      let weak = matchers.weakTriggers.match(tokens, at: index).flatMap { found in
        let next = index + found.length < tokens.count ? tokens[index + found.length].text : ""
        return ["de", "del"].contains(next) ? nil : found
      }
      guard let trigger = matchers.triggers.match(tokens, at: index) ?? weak else {
        index += 1
        continue
      }
      // `la segunda edición de la reunión`: one mention, not two.
      if index - lastTriggerEnd <= 3, let last = found.last, last.relation == .this {
        lastTriggerEnd = index + trigger.length
        index += trigger.length
        continue
      }
      let end = index + trigger.length
      lastTriggerEnd = end
      if let mention = triggerMention(
        tokens, at: index, length: trigger.length, type: trigger.payload, background: background, state: &state)
      {
        found.append(mention)
      } else {
        found.append(LocalEvent(key: "", token: index, relation: .this))
      }
      index = end
    }
    return found
  }

  /// The mention a trigger word makes, with ordinal, body and relation.
  private func triggerMention(
    _ tokens: [TextToken], at index: Int, length: Int, type: String, background: Bool, state: inout ExtractionState
  ) -> LocalEvent? {
    let end = index + length
    var ordinal: Int?
    var relation = EventMention.Relation.this
    var start = index
    if index > 0, let value = ordinalValue(tokens[index - 1]) {
      ordinal = value
      start = index - 1
      // `vigésima quinta reunión`: tens and units.
      if value < 10, index > 1, let tens = ordinalValue(tokens[index - 2]), tens >= 20, tens % 10 == 0 {
        ordinal = tens + value
        start = index - 2
      }
    } else if index > 1, tokens[index - 2].kind == .number, ["ª", "º", "°", "a", "o"].contains(tokens[index - 1].text),
      let value = Int(state.text(tokens[index - 2]))
    {
      (ordinal, start) = (value, index - 2)  // `2ª reunión`, `25º congreso`
    }
    // The word before the trigger and the word after it, by their classes.
    let around = (index > 0 ? tokens[index - 1].classes : []).union(end < tokens.count ? tokens[end].classes : [])
    if around.contains(.nextWord) {
      relation = .next
    } else if around.contains(.previousWord) || (index >= 2 && tokens[index - 2].text == "desde") {
      relation = .previous
    }
    var bodyKey = body(in: tokens, near: index, length: length)?.key
    // `El Grupo … celebró ayer su vigésima quinta reunión`: the possessive points at the subject.
    if bodyKey == nil, tokens[max(0, start - 1)].text == "su" || tokens[max(0, start - 1)].text == "sus" {
      bodyKey = body(in: tokens, near: start, length: 0, verb: true)?.key
    }
    var named = end
    if bodyKey == nil, tokens[index].isCapitalized, index > 0,
      let name = namedEvent(tokens, at: index, folded: state.folded)
    {
      (bodyKey, named) = (name.key, name.end)
    }
    let current = state.current
    let sameSeries = current?.type == type
    if bodyKey == nil, sameSeries { bodyKey = current?.body }
    switch relation {
    case .next:
      if ordinal == nil, sameSeries { ordinal = current?.ordinal.map { $0 + 1 } }
    case .previous:
      if ordinal == nil, sameSeries { ordinal = current?.ordinal.map { $0 - 1 } }
    case .this:
      if let ordinal, let currentOrdinal = current?.ordinal, sameSeries, ordinal < currentOrdinal {
        relation = .previous
      } else if ordinal == nil, bodyKey == current?.body, sameSeries {
        ordinal = current?.ordinal
      }
    }
    // A bare trigger of another type than the current event (`operativos fronterizos` in a
    // story about a meeting) is a common noun, not an event.
    if bodyKey == nil, ordinal == nil, relation == .this, let current, current.type != type || background {
      return nil
    }
    return record(
      body: bodyKey, type: type, ordinal: ordinal, relation: relation, tokens: tokens, start..<named, state: &state,
      ordinalGiven: start < index)
  }

  /// Records a mention (keyed by `key(body:type:ordinal:relation:)`) and its claims, and
  /// moves the article's current event.
  private func record(
    body: String?, type: String, ordinal: Int?, relation: EventMention.Relation, tokens: [TextToken],
    _ range: Range<Int>, state: inout ExtractionState, ordinalGiven: Bool = false
  ) -> LocalEvent {
    var key = Self.key(body: body, type: type, ordinal: ordinal, relation: relation)
    let original = tokens[range.lowerBound].range.lowerBound..<tokens[range.upperBound - 1].range.upperBound
    // A body spelled `?` is no body, as in the key.
    let mention = EventMention(
      key: key, body: body == "?" ? nil : body, type: type, ordinal: ordinal, relation: relation,
      evidence: state.evidence(original))
    if relation == .this {
      let isGeneric = mention.body == nil && mention.ordinal == nil
      if let current = state.current, current.type == mention.type, isGeneric {
        key = current.key  // `el encuentro` refers to the event the article is about
      } else {
        if let current = state.current, current.type == mention.type, current.body == nil, current.ordinal == nil {
          state.rekey(current.key, to: key)  // a lead such as "sostendrán una reunión" named it later
        }
        state.current = mention
      }
    }
    var stored = mention
    stored.key = key
    state.add(stored)
    state.lastMentioned = key
    // An event named by words outside the lexicon (`Reunión Ministerial de Seguridad`) shows them.
    if !state.hasClaim(event: key, attribute: "event", value: key) || state.isProvisional(event: key) {
      let known = mention.body.map { matchers.bodyNames[$0] != nil } ?? true
      let shown = known ? display(key) : state.quote(original)
      state.add(
        event: key, attribute: "event", value: ClaimValue(kind: .event, key: key, display: shown),
        range: original, rule: "event.trigger", confidence: relation == .this ? 0.9 : 0.8)
    }
    if ordinalGiven, let ordinal = mention.ordinal {
      state.add(
        event: key, attribute: "ordinal",
        value: ClaimValue(kind: .ordinal, key: String(ordinal), display: "\(ordinal)"),
        range: original, rule: "event.ordinal", confidence: 0.95)
    }
    return LocalEvent(key: key, token: range.lowerBound, relation: relation)
  }

  /// The body a trigger or event verb belongs to: `reunión [bilateral] del Grupo …` after a
  /// trigger, or the subject before an event verb (`el Grupo … retomará sus trabajos`).
  func body(in tokens: [TextToken], near index: Int, length: Int, verb: Bool = false) -> (
    key: String, range: Range<Int>
  )? {
    var position = index + length
    for _ in 0..<2 {
      // At most one adjective between the trigger and `de`/`del`.
      if position < tokens.count, !["de", "del"].contains(tokens[position].text), tokens[position].isWord {
        position += 1
      }
      guard position < tokens.count, ["de", "del"].contains(tokens[position].text) else { break }
      position += 1
      if position < tokens.count, ["la", "el", "los", "las", "su", "sus"].contains(tokens[position].text) {
        position += 1
      }
      if let match = matchers.bodies.match(tokens, at: position) {
        return (match.payload, position..<(position + match.length))
      }
      // `la segunda edición de la reunión del Grupo …`: look past the second trigger word.
      guard let trigger = matchers.triggers.match(tokens, at: position) else { break }
      position += trigger.length
    }
    guard verb else { return nil }
    // The subject before the verb, or the agent after it (`fue aprobado … por la Comisión`).
    for position in (index + length)..<min(tokens.count, index + length + 14) {
      if let match = matchers.bodies.match(tokens, at: position), position > 0,
        ["de", "del", "la", "el", "por"].contains(tokens[position - 1].text)
      {
        return (match.payload, position..<(position + match.length))
      }
    }
    for position in stride(from: index - 1, through: max(0, index - 10), by: -1) {
      if let match = matchers.bodies.match(tokens, at: position) {
        return (match.payload, position..<(position + match.length))
      }
    }
    return nil
  }

  /// `Reunión Ministerial de Seguridad`: a capitalised trigger that names its own event.
  private func namedEvent(_ tokens: [TextToken], at index: Int, folded: [UInt8]) -> (key: String, end: Int)? {
    var end = index + 1
    var words = [tokens[index].string(in: folded)]
    while end < tokens.count, tokens[end].isWord,
      tokens[end].isCapitalized
        || (["de", "del", "la"].contains(tokens[end].text) && end + 1 < tokens.count
          && tokens[end + 1].isCapitalized)
    {
      words.append(tokens[end].string(in: folded))
      end += 1
    }
    return words.count >= 2 ? (words.joined(separator: "-"), end) : nil
  }

  /// An ordinal word or numeral (`segunda`, `2ª`, `XXV`).
  func ordinalValue(_ token: TextToken) -> Int? {
    if let value = matchers.ordinals[token.text] { return value }
    // Roman numerals are at most 8 letters: inline.
    if token.isCapitalized, let text = token.text.inlineString, let value = Self.roman(text) { return value }
    return nil
  }

  /// A Roman numeral (folded to lowercase), or nil.
  static func roman(_ text: String) -> Int? {
    // A switch, not a dictionary: this is asked of every capitalised word after an event noun.
    func value(_ byte: UInt8) -> Int? {
      switch byte {
      case UInt8(ascii: "i"): 1
      case UInt8(ascii: "v"): 5
      case UInt8(ascii: "x"): 10
      case UInt8(ascii: "l"): 50
      case UInt8(ascii: "c"): 100
      default: nil
      }
    }
    // Numeral letters are ASCII, so bytes and characters are one to one here.
    guard !text.isEmpty, text.utf8.count <= 8 else { return nil }
    var digits: [Int] = []
    for byte in text.utf8 {
      guard let digit = value(byte) else { return nil }
      digits.append(digit)
    }
    var total = 0
    for (index, value) in digits.enumerated() {
      total += index + 1 < digits.count && value < digits[index + 1] ? -value : value
    }
    return total > 0 ? total : nil
  }

  /// `body/type/ordinal`; without an ordinal, `?`, or `?+1` / `?-1` for the next or previous
  /// event of the series, so they never take the current event's key.
  static func key(body: String?, type: String, ordinal: Int?, relation: EventMention.Relation = .this) -> String {
    let unknown = relation == .next ? "?+1" : relation == .previous ? "?-1" : "?"
    return "\(body ?? "?")/\(type)/\(ordinal.map(String.init) ?? unknown)"
  }

  /// A readable event name: `Grupo de Implementación de Seguridad · reunión 2`.
  func display(_ key: String) -> String {
    let parts = key.fields(separatedBy: "/").map(String.init)
    guard parts.count == 3 else { return key }
    let body = matchers.bodyNames[parts[0]] ?? (parts[0] == "?" ? "" : parts[0].replacingDashes)
    let type = lexicon.events.first { $0.key == parts[1] }?.name ?? parts[1]
    let ordinal = parts[2] == "?" ? "" : " \(parts[2])"
    return body.isEmpty ? "\(type)\(ordinal)" : "\(body) · \(type)\(ordinal)"
  }
}

extension String {
  fileprivate var replacingDashes: String { split(separator: "-").joined(separator: " ") }
}
