import ContrasteNormalizer
import ContrasteTemporal

extension ClaimExtractor {
  /// Finds figures: an optional hedge, a number, then what it counts (a head noun or a unit),
  /// or a word before it (`magnitud 6,1`). Numbers inside dates are not figures.
  func findFigures(in sentence: Sentence, dates: [TemporalMention], state: inout ExtractionState) {
    let tokens = sentence.tokens
    // Articles tell one story at a time: a figure belongs to the event being told.
    let event = state.current?.key
    var index = 0
    while index < tokens.count {
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
      guard let number = numbers.parse(tokens, at: index),
        !dates.contains(where: { $0.range.overlaps(tokens[index].range) })
      else {
        index = max(index, start) + 1
        continue
      }
      var end = index + number.length
      var value = number.value
      var unit: String?
      var kind = kindBefore
      if let found = matchers.units.match(tokens, at: end) {
        value *= found.payload.factor
        unit = found.payload.unit
        end += found.length
        if kind == nil { kind = matchers.unitKinds[found.payload.unit] }
      }
      if kind == nil, let found = matchers.figureNouns.match(tokens, at: end) {
        kind = found.payload
        end += found.length
      }
      guard let kind else {
        index += number.length
        continue
      }
      let figure = FigureValue(number: value, hedge: hedge, unit: unit)
      let range = tokens[start].range.lowerBound..<tokens[end - 1].range.upperBound
      state.add(
        event: event, attribute: "figure.\(kind)",
        value: ClaimValue(
          kind: .figure, key: Self.figureKey(figure), display: state.article.quote(range), figure: figure),
        range: range, rule: "figure.number", confidence: hedge == nil ? 0.9 : 0.85)
      index = end
    }
  }

  /// `exact 14`, `above 125`, `atLeast 1200 kg`.
  static func figureKey(_ figure: FigureValue) -> String {
    let number =
      figure.number == figure.number.rounded() ? String(Int(figure.number)) : String(figure.number)
    return "\(figure.hedge?.rawValue ?? "exact") \(number)" + (figure.unit.map { " \($0)" } ?? "")
  }
}
