/// Finds the tense that places a date without a year before or after the DCT: a deictic word
/// in the expression (`pasado`, `próximo`), `para` before it, a participle just before it
/// (`celebrada el 3 de marzo`), or else the nearest verb of its clause.
struct TenseDetector {
  let tokens: [ScanToken]
  let lexicon: Lexicon
  let source: SourceText

  /// What a word says about tense.
  enum Cue {
    case finite(VerbTense)
    case infinitive
    /// A past participle; `future` for `previsto`, `programado`.
    case participle(VerbTense)
  }

  /// The tense cue for the expression, or nil when there is none.
  ///
  /// The expression's clause is searched first, then the rest of its sentence (clauses split
  /// by semicolons often share one verb: `se desembolsarán en tres tramos: …; el tercero, en
  /// octubre`).
  func tense(for candidate: Candidate) -> VerbTense? {
    if let deictic = candidate.deictic { return deictic }
    if candidate.preposition == .para { return .future }
    let clause = tokens[candidate.first].clause
    switch search(candidate, stopAtColon: true, within: { $0.clause == clause }) {
    case .found(let tense): return tense
    case .neutral: return nil
    case .nothing:
      let sentence = tokens[candidate.first].sentence
      let wider = search(candidate, stopAtColon: false, within: { $0.sentence == sentence })
      guard case .found(let tense) = wider else { return nil }
      return tense
    }
  }

  /// What a search for a verb found.
  private enum Search {
    case found(VerbTense)
    /// A verb that says nothing about the date (an infinitive of planning, a conditional).
    case neutral
    case nothing
  }

  /// The nearest verb cue inside the tokens `scope` accepts: left up to a `que` or a colon (the
  /// verb of the expression's own clause), then right up to a `que`, then left past the `que`.
  private func search(_ candidate: Candidate, stopAtColon: Bool, within scope: (ScanToken) -> Bool) -> Search {
    func result(_ tense: VerbTense?) -> Search {
      guard let tense else { return .neutral }
      return tense == .neutral ? .neutral : .found(tense)
    }
    var index = candidate.first - 1
    var words = 0
    var stoppedAtClause = false
    while index >= 0, scope(tokens[index]), words < 25 {
      if let keyword = keyword(index), keyword == .que {
        stoppedAtClause = true
        break
      }
      if stopAtColon, tokens[index].kind == .punctuation, tokens[index].value == 0x3A { break }
      if let cue = cue(index) {
        switch cue {
        case .finite(let tense):
          return result(tense)
        case .infinitive:
          return result(periphrasis(before: index))
        case .participle(let tense):
          if let auxiliary = finiteTense(index - 1) { return result(auxiliary) }
          // `por anticipado`, `de pasada`: a participle after a preposition is no verb.
          let afterPreposition = isKw(index - 1, [.por, .de, .en, .a, .con, .sin])
          if candidate.first - index <= 4, !afterPreposition { return .found(tense) }
        }
      }
      if tokens[index].kind == .word { words += 1 }
      index -= 1
    }
    index = candidate.last + 1
    words = 0
    while index < tokens.count, scope(tokens[index]), words < 25 {
      if keyword(index) == .que { break }
      if let cue = cue(index), case .finite(let tense) = cue { return result(tense) }
      if tokens[index].kind == .word { words += 1 }
      index += 1
    }
    guard stoppedAtClause else { return .nothing }
    index = candidate.first - 1
    words = 0
    while index >= 0, scope(tokens[index]), words < 40 {
      if let cue = cue(index), case .finite(let tense) = cue { return result(tense) }
      if tokens[index].kind == .word { words += 1 }
      index -= 1
    }
    return .nothing
  }

  /// The tense of the finite verb governing the infinitive at `index`, or nil.
  ///
  /// A future always carries over (`se darán a conocer`, `deberá presentarse`); a past only
  /// from an aspectual or modal verb (`comenzó a cobrarse`), not from one of planning
  /// (`acordaron reunirse`).
  private func periphrasis(before index: Int) -> VerbTense? {
    var position = index - 1
    var skipped = 0
    while position >= 0, skipped < 3, isKw(position, [.a, .de, .que, .se, .le, .les, .lo, .la]) {
      position -= 1
      skipped += 1
    }
    guard position >= 0, tokens[position].sentence == tokens[index].sentence,
      let tense = finiteTense(position), tense != .neutral
    else { return nil }
    if tense == .future { return .future }
    let word = source.foldedWord(tokens[position])
    let stems = [
      "comenz", "empez", "volv", "vuelv", "deb", "pod", "pued", "pud", "tendr", "tien", "tuv", "acab", "dej", "segu",
      "sigu", "inici", "pas", "habr", "hab", "sol", "suel", "ir", "iba", "va", "voy",
    ]
    return stems.contains(where: word.hasPrefix) ? tense : nil
  }

  /// The tense of a finite verb at `index`, or nil.
  private func finiteTense(_ index: Int) -> VerbTense? {
    guard index >= 0, let cue = cue(index), case .finite(let tense) = cue else { return nil }
    return tense
  }

  private func keyword(_ index: Int) -> Keyword? {
    let token = tokens[index]
    guard token.kind == .word, token.entry >= 0 else { return nil }
    return lexicon.entries[Int(token.entry)].keyword
  }

  private func isKw(_ index: Int, _ keywords: [Keyword]) -> Bool {
    guard index >= 0, index < tokens.count, let keyword = keyword(index) else { return false }
    return keywords.contains(keyword)
  }

  /// What the word at `index` says about tense, from the lexicon or its ending.
  func cue(_ index: Int) -> Cue? {
    let token = tokens[index]
    guard token.kind == .word, token.length >= 2 else { return nil }
    let entry = token.entry >= 0 ? lexicon.entries[Int(token.entry)] : nil
    if let tense = entry?.tense {
      if ["va", "van", "vamos", "voy"].contains(source.foldedWord(token)) {
        return .finite(isKw(index + 1, [.a]) ? .future : .neutral)
      }
      return .finite(tense)
    }
    if entry?.keyword != nil || entry?.month ?? 0 > 0 || entry?.weekday ?? 0 > 0 || entry?.unit != nil { return nil }
    if entry?.cardinal ?? -1 >= 0 || entry?.ordinal ?? 0 != 0 { return nil }
    if source.isTitlecase(token), index > 0, tokens[index - 1].sentence == token.sentence { return nil }
    let bytes = source.folded.utf8
    let wordStart = Int(token.byteStart)
    let wordEnd = Int(token.byteEnd)
    let count = Int(token.length)
    func ends(_ suffix: StaticString) -> Bool {
      let length = suffix.utf8CodeUnitCount
      guard wordEnd - wordStart >= length else { return false }
      return suffix.withUTF8Buffer { expected in
        for offset in 0..<length where bytes[wordEnd - length + offset] != expected[offset] { return false }
        return true
      }
    }
    /// The folded scalar `back` letters before the end carries an accent in the original.
    func accented(_ back: Int) -> Bool { source.hasAccent(atFolded: Int(token.end) - back) }
    if (ends("ra") && accented(1)) || (ends("ran") && accented(2)) || (ends("re") && accented(1))
      || (count >= 7 && ends("remos"))
    {
      return .finite(.future)
    }
    if ends("ria") || ends("rian") {
      return accented(ends("ria") ? 2 : 3) ? .finite(.neutral) : nil
    }
    if count >= 3, ends("o"), accented(1) { return .finite(.past) }
    if count >= 5, ends("aron") || ends("ieron") || ends("yeron") || ends("jeron") { return .finite(.past) }
    if count >= 5, ends("aba") || ends("aban"), !source.foldedWord(token).hasPrefix("acab") { return .finite(.past) }
    if count >= 5,
      ends("ado") || ends("ada") || ends("ados") || ends("adas") || ends("ido") || ends("ida")
        || ends("idos") || ends("idas")
    {
      let folded = source.foldedWord(token)
      guard !Self.participleNouns.contains(folded) else { return nil }
      return .participle(Self.futureParticiples.contains(where: folded.hasPrefix) ? .future : .past)
    }
    if count >= 4,
      ends("r") || ends("se") || ends("lo") || ends("la") || ends("le") || ends("los") || ends("las")
        || ends("les") || ends("nos"), Self.isInfinitive(source.foldedWord(token))
    {
      return .infinitive
    }
    return nil
  }

  private static func isInfinitive(_ word: String) -> Bool {
    var stem = Substring(word)
    for clitic in ["se", "los", "las", "les", "lo", "la", "le", "nos"] where stem.hasSuffix(clitic) {
      let shorter = stem.dropLast(clitic.count)
      if shorter.hasSuffix("ar") || shorter.hasSuffix("er") || shorter.hasSuffix("ir") {
        stem = shorter
        break
      }
    }
    guard stem.hasSuffix("ar") || stem.hasSuffix("er") || stem.hasSuffix("ir") else { return false }
    return !infinitiveNouns.contains(String(stem))
  }

  /// Participles that point to the future: `prevista para el 8 de marzo`.
  static let futureParticiples = ["previst", "programad", "agendad", "planead", "pautad", "proyectad", "convocad"]

  /// Words with participle endings that are nouns or adjectives.
  static let participleNouns: Set<String> = [
    "estado", "estados", "unidos", "unidas", "mercado", "mercados", "resultado", "resultados", "partido", "partidos",
    "sentido", "senado", "jurado", "abogado", "abogada", "abogados", "diputado", "diputada", "diputados", "soldado",
    "soldados", "cuidado", "comunicado", "comunicados", "contenido", "salida", "medida", "medidas", "comida",
    "bebida", "partida", "llegada", "entrada", "jornada", "jornadas", "mirada", "temporada", "decada", "decadas",
    "privado", "privada", "pasado", "pasada", "pasados", "pasadas", "invitado", "invitados", "encargado",
    "encargada", "delegado", "delegada", "delegados", "aliado", "aliados", "granada", "armada", "embajada",
    "helado", "apellido", "sonido", "marido", "ruido", "olvido", "pedido", "vestido", "tejido", "significado",
    "reinado", "apartado", "feriado", "colorado", "nevada", "canada", "estrada", "cantidad", "mitad", "ciudad",
    "seguridad", "unidad", "sociedad", "vida", "herida", "heridas", "bancada", "ministerio", "senado", "grado",
    "grados", "prado", "lado", "lados", "nada", "cada", "todo", "periodo", "mandado", "alcaldada", "puntada",
    "ejido", "ejidos", "fraccionado", "licenciado", "licenciada", "magistrado", "magistrada", "magistrados",
    "mandatario", "empleado", "empleados", "afiliado", "afiliados", "ciudadano", "acusado", "acusados", "acusada",
    "detenido", "detenidos", "detenida", "desaparecido", "desaparecidos", "fallecido", "fallecidos", "herido",
    "heridos", "afectado", "afectados", "damnificado", "damnificados", "secuestrado", "secuestrados",
  ]

  /// Words ending like infinitives that are nouns or adjectives.
  static let infinitiveNouns: Set<String> = [
    "lugar", "hogar", "mar", "par", "bar", "militar", "popular", "particular", "similar", "nuclear", "solar",
    "polar", "escolar", "familiar", "titular", "celular", "regular", "lunar", "dolar", "azar", "altar", "pilar",
    "collar", "hangar", "radar", "nectar", "cancer", "mujer", "placer", "taller", "alquiler", "ayer", "caracter",
    "cadaver", "primer", "tercer", "super", "poster", "bienestar", "pesar", "quehacer", "amanecer", "atardecer",
    "parecer", "elixir", "nadir", "emir", "auxiliar", "peculiar", "vulgar", "ejemplar", "secular", "circular",
    "angular", "modular", "molecular", "muscular", "vascular", "consular", "insular", "tutelar", "estelar",
    "lunar", "mayor", "menor", "exterior", "interior", "hacker", "lider", "master", "cuchillo",
  ]
}
