import ContrasteNormalizer
import ContrasteTemporal

extension ClaimExtractor {
  /// Finds the figures of a sentence.
  ///
  /// A figure is an optional hedge, a number, then what it counts (a head noun or a unit), or a
  /// word before it (`magnitud 6,1`). Numbers inside dates are not figures.
  func findFigures(
    in sentence: Sentence, dates: [TemporalMention], events: [LocalEvent], eventIndex: EventIndex,
    state: inout ExtractionState
  ) {
    let tokens = sentence.tokens
    // Which tokens belong to a date, marked once (numbers there are not figures); most
    // sentences have no date, and then no array is allocated.
    var inDate = [Bool](repeating: false, count: dates.isEmpty ? 0 : tokens.count)
    for mention in dates {
      guard var position = sentence.tokenIndex(at: mention.range.lowerBound) else { continue }
      while position < tokens.count, tokens[position].range.lowerBound < mention.range.upperBound {
        inDate[position] = true
        position += 1
      }
    }
    // Articles tell one story at a time: a figure belongs to the event being told, unless the
    // sentence names another event nearer to it (an aftershock, an earlier meeting).
    let namesAnEvent = events.contains { !$0.key.isEmpty }
    func event(at position: Int) -> String?? {
      guard let nearest = eventIndex.nearest(to: position) else {
        return .some(state.current?.key)
      }
      return nearest.key.isEmpty ? .none : .some(nearest.key)
    }
    // A figure starts with a figure word, a hedge or a number (digits or a number word): any
    // other token is passed over at once. Without number-word bits, every word may start one.
    let startBits = matchers.figureBefore.bit | matchers.hedges.bit | (numbers.numberWordBit ?? 0)
    let wordsMayStart = numbers.numberWordBit == nil
    var index = 0
    while index < tokens.count {
      if tokens[index].kind != .number, tokens[index].starts & startBits == 0,
        !(wordsMayStart && tokens[index].kind == .word)
      {
        index += 1
        continue
      }
      var start = index
      var hedge: Hedge?
      var kindBefore: String?
      if let found = matchers.figureBefore.match(tokens, at: index) {
        kindBefore = found.payload
        start = index
        index += found.length
      }
      if let found = matchers.hedges.match(tokens, at: index) {
        hedge = found.payload
        if kindBefore == nil { start = index }
        index += found.length
      }
      guard let number = numbers.parse(tokens, at: index, folded: state.folded),
        inDate.isEmpty || !inDate[index]
      else {
        index = max(index, start) + 1
        continue
      }
      var end = index + number.length
      var value = number.value
      var unit: String?
      var kind = kindBefore
      // A unit may include the multiplier: `2,3 millones de pesos`.
      if number.baseLength < number.length, let found = matchers.units.match(tokens, at: index + number.baseLength) {
        value = number.baseValue * found.payload.factor
        unit = found.payload.unit
        end = index + number.baseLength + found.length
        if kind == nil { kind = matchers.unitKinds[found.payload.unit] }
      } else if let found = matchers.units.match(tokens, at: end)
        ?? (number.takesDe && end < tokens.count && tokens[end].text == "de"
          ? matchers.units.match(tokens, at: end + 1).map { (length: $0.length + 1, payload: $0.payload) } : nil)
      {
        value *= found.payload.factor
        unit = found.payload.unit
        end += found.length
        if kind == nil { kind = matchers.unitKinds[found.payload.unit] }
      }
      // `un centenar de escuelas`, `dos millones de personas`.
      let nounStart = number.takesDe && end < tokens.count && tokens[end].text == "de" ? end + 1 : end
      if kind == nil, let found = matchers.figureNouns.match(tokens, at: nounStart) {
        kind = found.payload
        end = nounStart + found.length
      }
      // `Más de una decena de personas murieron`, `45 familias … fueron evacuadas`; but the
      // article in `los heridos del ataque en un bar fallecieron` counts nothing.
      let isArticle = tokens[index].kind == .word && number.value == 1 && number.length == 1
      if kind == nil, !isArticle {
        var position = nounStart
        while position < min(tokens.count, nounStart + 10), tokens[position].kind != .number,
          ![";", ".", ":"].contains(tokens[position].text)
        {
          if let verb = matchers.figureVerbs.match(tokens, at: position) {
            kind = verb.payload
            end = position + verb.length
            break
          }
          position += 1
        }
      }
      guard var kind else {
        index += number.length
        continue
      }
      // A percentage means nothing to compare without what it is of: `el 62 % de los votos`.
      if unit == "%" {
        var position = end
        if position < tokens.count, tokens[position].text == "de" { position += 1 }
        if position < tokens.count, ["la", "el", "los", "las"].contains(tokens[position].text) { position += 1 }
        guard end < tokens.count, tokens[end].text == "de", position < tokens.count, tokens[position].isWord else {
          index = end
          continue
        }
        kind += "-" + state.text(tokens[position])
        end = position + 1
      }
      guard var owner = event(at: index) else {
        index = end
        continue
      }
      // A vote count belongs to the vote its sentence names: `la comisión avaló el dictamen con
      // 12 votos en contra` is not the plenary's vote of the story being told.
      if kind.hasPrefix("votes") || kind == "abstentions", !namesAnEvent {
        owner = nil
      }
      let figure = FigureValue(number: value, hedge: hedge, unit: unit)
      let range = tokens[start].range.lowerBound..<tokens[end - 1].range.upperBound
      state.add(
        event: owner, attribute: "figure.\(kind)",
        value: ClaimValue(
          kind: .figure, key: Self.figureKey(figure), display: state.quote(range), figure: figure),
        range: range, rule: "figure.number", confidence: hedge == nil ? 0.9 : 0.85)
      index = end
    }
  }

  /// `exact 14`, `above 125`, `atLeast 1200 kg`.
  static func figureKey(_ figure: FigureValue) -> String {
    // Integers print without `.0`; beyond Int's range (absurd but possible input) as a Double.
    let number =
      figure.number == figure.number.rounded() && abs(figure.number) < 1e15
      ? String(Int(figure.number)) : String(figure.number)

    return "\(figure.hedge?.rawValue ?? "exact") \(number)" + (figure.unit.map { " \($0)" } ?? "")
  }
}
