import ContrasteNormalizer

extension ClaimExtractor {
  /// Finds people anchored by a role title: `el embajador Ronald Johnson`, `Roberto Velasco,
  /// subsecretario para América del Norte y encargado de despacho de la …`, `encabezada por X`.
  func findPeople(in sentence: Sentence, events: [LocalEvent], state: inout ExtractionState) {
    let tokens = sentence.tokens
    let leads = matchers.leadWords.mayMatch(in: sentence) ? leaderCue(tokens) : []
    let participation = matchers.participationWords.mayMatch(in: sentence) && participates(tokens)
    var index = 0
    while index < tokens.count {
      // Most tokens start neither a title nor a name (a capitalised word): passed over at once.
      if !tokens[index].isCapitalized, tokens[index].starts & matchers.titles.bit == 0 {
        index += 1
        continue
      }
      // Title, optional complement, optional comma, then a name.
      if let title = matchers.titles.match(tokens, at: index) {
        var position = index + title.length
        position = skipComplement(tokens, from: position)
        // `el canciller argentino en funciones, Gustavo Roldán`
        if let status = matchers.statuses.match(tokens, at: position) { position += status.length }
        if position < tokens.count, tokens[position].text == "," { position += 1 }
        if let name = name(in: tokens, at: position) {
          // `el vicealmirante Arturo Cebreros Lugo, comandante de la Sexta Región Naval`
          let titles = [(index..<(index + title.length), title.payload)] + appositions(tokens, after: name.upperBound)
          addPerson(
            name, titles: titles, tokens: tokens, events: events, leads: leads, participation: participation,
            state: &state)
          index = name.upperBound
          continue
        }
        index += title.length
        continue
      }
      // A name, a comma, then one or more titles joined by `y`.
      if let name = name(in: tokens, at: index) {
        let titles = appositions(tokens, after: name.upperBound)
        if !titles.isEmpty {
          addPerson(
            name, titles: titles, tokens: tokens, events: events, leads: leads, participation: participation,
            state: &state)
          index = (titles.last?.0.upperBound ?? name.upperBound)
          continue
        }
      }
      index += 1
    }
  }

  /// Titles in apposition after a name: `, subsecretario para América del Norte y encargado de …`.
  private func appositions(_ tokens: [TextToken], after end: Int) -> [(Range<Int>, String)] {
    guard end < tokens.count, tokens[end].text == "," else { return [] }
    var titles: [(Range<Int>, String)] = []
    var position = end + 1
    while let title = matchers.titles.match(tokens, at: position) {
      titles.append((position..<(position + title.length), title.payload))
      position = skipComplement(tokens, from: position + title.length)
      guard position + 1 < tokens.count, tokens[position].text == "y" else { break }
      position += 1
    }
    return titles
  }

  /// Records a person, their roles (with status) and their part in the sentence's event.
  private func addPerson(
    _ name: Range<Int>, titles: [(Range<Int>, String)], tokens: [TextToken], events: [LocalEvent], leads: [Int],
    participation: Bool,
    state: inout ExtractionState
  ) {
    var key = name.map { state.text(tokens[$0]) }.joined(separator: " ")
    // A later, shorter mention of someone already named: `Baeza Quintana`.
    let suffix = " " + key
    if let full = state.people.first(where: { $0.hasSuffix(suffix) }) { key = full }
    if !state.people.contains(key) { state.people.append(key) }
    let nameRange = tokens[name.lowerBound].range.lowerBound..<tokens[name.upperBound - 1].range.upperBound
    let displayName = state.quote(nameRange)
    // A status right after the name (`… está bajo licencia`) qualifies every title.
    var trailingStatus: RoleValue.Status?
    var statusWords = ""
    for position in name.upperBound..<min(tokens.count, name.upperBound + 4) {
      if matchers.titles.matches(tokens, at: position) { break }
      if let status = matchers.statuses.match(tokens, at: position) {
        trailingStatus = status.payload
        let end = position + status.length - 1
        statusWords = " (" + state.quote(tokens[position].range.lowerBound..<tokens[end].range.upperBound) + ")"
        break
      }
    }
    for (range, office) in titles {
      var status = trailingStatus
      // Status words inside the title, right after it (`canciller en funciones`) or just
      // before it (`el entonces subsecretario`).
      for position in max(0, range.lowerBound - 2)...min(range.upperBound, tokens.count - 1) where status == nil {
        guard let found = matchers.statuses.match(tokens, at: position) else { continue }
        if position < range.lowerBound, position + found.length < range.lowerBound { continue }
        status = found.payload
      }
      let title = range.map { state.text(tokens[$0]) }.joined(separator: " ")
      let written = state.quote(
        tokens[range.lowerBound].range.lowerBound..<tokens[range.upperBound - 1].range.upperBound)
      let value = RoleValue(person: key, personName: displayName, office: office, title: title, status: status)
      let roleKey = "\(key)=\(office)" + (status.map { ":\($0.rawValue)" } ?? "")
      let span =
        min(
          tokens[range.lowerBound].range.lowerBound, nameRange.lowerBound)..<max(
          tokens[range.upperBound - 1].range.upperBound, nameRange.upperBound)
      state.add(
        event: nil, attribute: "role",
        value: ClaimValue(kind: .role, key: roleKey, display: "\(displayName): \(written)\(statusWords)", role: value),
        range: span,
        rule: "role.title", confidence: 0.9)
    }
    // Only a sentence that says who took part or led makes someone a participant.
    let leader = isLeader(name, titles: titles, leads: leads, tokens: tokens, folded: state.folded)
    guard leader || participation || !leads.isEmpty else { return }
    let named = events.filter { !$0.key.isEmpty }
    // `En aquella ocasión, la delegación fue encabezada por …`: the event last spoken of.
    let (aquella, entonces): (TokenText, TokenText) = ("aquella", "entonces")
    let earlier = tokens.contains { $0.text == aquella || $0.text == entonces } ? state.lastMentioned : nil
    guard
      let event = earlier ?? named.first(where: { $0.relation == .this })?.key ?? named.first?.key ?? state.current?.key
    else { return }
    state.add(
      event: event, attribute: leader ? "leader" : "participant",
      value: ClaimValue(kind: .person, key: key, display: displayName), range: nameRange,
      rule: leader ? "person.leader" : "person.participant", confidence: 0.85)
  }

  /// True when the sentence says who took part (`participaron`, `asistieron`, `reunió a`).
  private func participates(_ tokens: [TextToken]) -> Bool {
    tokens.indices.contains { matchers.participationWords.matches(tokens, at: $0) }
  }

  /// True when the sentence says who led (`encabezada por`, `lideran`).
  private func leaderCue(_ tokens: [TextToken]) -> [Int] {
    tokens.indices.filter { matchers.leadWords.matches(tokens, at: $0) }
  }

  /// Words saying who took part (`participaron`, `asistieron`, `reunió a`), as written (folded).
  static let participationWords = [
    "participaron", "participó", "participarán", "asistieron", "asistió", "acudieron", "acudió", "estuvieron",
    "reunió", "delegación", "delegaciones", "junto", "acompañado", "acompañada", "acompañados",
  ]

  /// Words after which the people named took part but did not lead.
  static let companionWords = [
    "junto", "acompañado", "acompañada", "acompañados", "participaron", "participó", "asistieron", "asistió",
    "estuvieron", "acudieron",
  ]

  /// Words saying who led: passive (`encabezada por X`) or active (`X encabezó`).
  static let leadWords = [
    "encabezada", "encabezado", "encabezadas", "encabezados", "encabezó", "encabezaron", "liderada", "liderado",
    "lideran", "lideró", "lideraron", "presidida", "presidido", "presidió", "presidieron",
  ]

  /// True when the name is the one a lead word points at: after `encabezada por [title,]`, or
  /// the subject just before `encabezó`.
  private func isLeader(
    _ name: Range<Int>, titles: [(Range<Int>, String)], leads: [Int], tokens: [TextToken], folded: [UInt8]
  ) -> Bool {
    let start = min(name.lowerBound, titles.map(\.0.lowerBound).min() ?? name.lowerBound)
    for lead in leads {
      let word = tokens[lead]
      if word.hasPrefix("encabezad", in: folded) || word.hasPrefix("liderad", in: folded)
        || word.hasPrefix("presidid", in: folded)
      {
        // `encabezado por A, y B, junto a C`: C took part but did not lead.
        guard lead + 1 < tokens.count, tokens[lead + 1].text == "por", start > lead, start - lead <= 30 else {
          continue
        }
        let companion = (lead..<start).contains { matchers.companionWords.matches(tokens, at: $0) }
        if !companion { return true }
      } else if lead >= name.upperBound, lead - name.upperBound <= 1 {
        return true
      }
    }
    return false
  }

  /// Skips an office complement such as `de la Secretaría de Relaciones Exteriores (SRE)`.
  private func skipComplement(_ tokens: [TextToken], from start: Int) -> Int {
    var position = start
    guard position < tokens.count, ["de", "del", "para"].contains(tokens[position].text) else { return start }
    var sawCapital = false
    while position < tokens.count, position - start < 14 {
      let token = tokens[position]
      if token.isCapitalized || ["de", "del", "la", "las", "los", "para", "y"].contains(token.text)
        || ["(", ")"].contains(token.text)
        || (token.kind == .word && sawCapital && position > start && tokens[position - 1].text == "("
          && (token.text.inlineString?.count ?? 6) <= 5)  // past 16 bytes, more than 5 letters
      {
        sawCapital = sawCapital || token.isCapitalized
        if token.text == "y", position + 1 < tokens.count, matchers.titles.matches(tokens, at: position + 1) { break }
        position += 1
      } else {
        break
      }
    }
    // Do not eat a following name: stop before a comma or the name itself.
    return sawCapital ? position : start
  }

  /// A person's name at `index`: two to six capitalised words, with particles inside.
  func name(in tokens: [TextToken], at index: Int) -> Range<Int>? {
    guard index < tokens.count, tokens[index].isWord, tokens[index].isCapitalized,
      !matchers.titles.matches(tokens, at: index), !matchers.places.matches(tokens, at: index),
      !matchers.bodies.matches(tokens, at: index), !tokens[index].classes.contains(.notName)
    else { return nil }
    var end = index + 1
    var capitalised = 1
    while end < tokens.count, end - index < 6 {
      let token = tokens[end]
      if token.isWord, token.isCapitalized, !matchers.bodies.matches(tokens, at: end) {
        capitalised += 1
        end += 1
      } else if let particles = particleRun(tokens, at: end), end + particles < tokens.count,
        tokens[end + particles].isCapitalized, tokens[end + particles].isWord
      {
        end += particles  // `de la` in `Juan Ramón de la Fuente`
      } else {
        break
      }
    }
    return capitalised >= 2 ? index..<end : nil
  }

  /// The number of name particles (`de`, `de la`, `del`, `de los`) at `index`, or nil.
  private func particleRun(_ tokens: [TextToken], at index: Int) -> Int? {
    guard index < tokens.count else { return nil }
    switch tokens[index].text {
    case "del": return 1
    case "de":
      if index + 1 < tokens.count, ["la", "las", "los"].contains(tokens[index + 1].text) { return 2 }
      return 1
    default: return nil
    }
  }

  /// Capitalised words that start noun phrases, not names.
  static let notNames: Set<String> = [
    "el", "la", "los", "las", "un", "una", "durante", "secretaria", "departamento", "grupo", "programa", "gobierno",
    "estado", "estados", "ministerio", "congreso", "comision", "asuntos", "hemisferio", "reunion", "oficina",
  ]
}
