import ContrasteNormalizer
import Foundation

/// A deterministic synthetic news corpus with an answer key.
///
/// `events` events (earthquakes, fires, accidents, landslides, floods, attacks) each told by
/// several outlets in varied Spanish news prose: datelines with and without a date, front matter,
/// absolute and relative dates, hedged and exact figures, numbers in words, city or state names.
/// A known fraction of the retellings carries an injected contradiction (a different day, or a
/// death toll that cannot be reconciled), some outlets copy another's story, and unrelated
/// features fill the rest. The answer key lists every injected contradiction.
struct CorpusGenerator {
  struct Options {
    var articles = 1_000
    var seed: UInt64 = 1
    /// Outlets telling each event.
    var outlets = 4
    /// Share of events with one injected contradiction.
    var contradictionRate = 0.1
    /// Share of events where one outlet copies another's story.
    var copyRate = 0.1
    /// Share of articles that are unrelated features.
    var fillerRate = 0.2
  }

  /// One injected contradiction: the article that carries it and the ones it contradicts.
  struct Contradiction: Codable, Equatable {
    var event: Int
    var attribute: String
    var article: String
    var contradicts: [String]
  }

  /// What the corpus contains, written next to it as `answer-key.json`.
  struct AnswerKey: Codable {
    var seed: UInt64
    var articles: Int
    var events: Int
    var copies: [[String]]
    var contradictions: [Contradiction]
  }

  struct File {
    var name: String
    var text: String
  }

  var options: Options
  private var random: SplitMix

  /// Spanish month and weekday names, from ICU as the reader knows them.
  private let symbols: DateSymbols

  init(options: Options) throws {
    self.options = options
    self.random = SplitMix(state: options.seed)
    self.symbols = try DateSymbols()
  }

  /// Generates the corpus file by file (so 100,000 articles need not be held at once), then
  /// returns the answer key.
  mutating func generate(_ write: (File) throws -> Void) rethrows -> AnswerKey {
    let fillers = Int(Double(options.articles) * options.fillerRate)
    let eventCount = max(1, (options.articles - fillers) / options.outlets)
    var key = AnswerKey(seed: options.seed, articles: 0, events: eventCount, copies: [], contradictions: [])
    for index in 0..<eventCount {
      let event = makeEvent(index)
      let contradiction: Contradiction.Kind? =
        random.chance(options.contradictionRate) ? (random.chance(0.5) ? .date : .deaths) : nil
      let copier = random.chance(options.copyRate) ? options.outlets - 1 : nil
      let changed = contradiction == nil ? nil : random.next(options.outlets - (copier == nil ? 0 : 1))
      var names: [String] = []
      var originals: [String] = []
      var firstText = ""
      for outlet in 0..<options.outlets {
        let name = String(
          format: "%@/%06d-%@.%@", event.folder, index, Self.outlets[outlet].slug, outlet == 2 ? "md" : "txt")
        var text: String
        if outlet == copier {
          // A copy: the first outlet's story, credited, the wire's wording intact.
          text = "Con información de \(Self.outlets[0].name).\n\n" + firstText
          key.copies.append([names[0], name])
        } else {
          text = story(event, outlet: outlet, twist: outlet == changed ? contradiction : nil)
        }
        if outlet == changed, let contradiction {
          key.contradictions.append(
            Contradiction(event: index, attribute: contradiction.attribute, article: name, contradicts: []))
        } else if outlet != copier {
          originals.append(name)
        }
        try write(File(name: name, text: text))
        if outlet == 0 { firstText = text }
        names.append(name)
      }
      if changed != nil { key.contradictions[key.contradictions.count - 1].contradicts = originals }
      key.articles += options.outlets
    }
    for index in 0..<fillers {
      try write(File(name: String(format: "cultura/%06d.txt", index), text: feature(index)))
      key.articles += 1
    }
    return key
  }

  // MARK: Events

  struct Event {
    var type: EventType
    var place: Place
    var day: DayDate
    var deaths: Int
    var injured: Int
    var folder: String { type.folder }
  }

  /// Events of one type in one state are at least 60 days apart, so no two can be taken for one
  /// (the comparer joins same-place mentions up to 45 days apart), and a date moved by up to 9
  /// days still falls closest to its own event.
  private mutating func makeEvent(_ index: Int) -> Event {
    let type = EventType.all[index % EventType.all.count]
    let slot = index / EventType.all.count
    let place = Self.places[slot % Self.places.count]
    let round = slot / Self.places.count
    // Rounds go back in time from 2026: round r is 60 r days earlier, plus a few days of jitter.
    let day = DayDate(year: 2026, month: 6, day: 1)!.adding(days: -60 * round - random.next(5))
    let deaths = 6 + random.next(40)
    return Event(type: type, place: place, day: day, deaths: deaths, injured: deaths + 5 + random.next(80))
  }

  enum EventType {
    case earthquake, fire, accident, landslide, flood, attack

    static let all: [EventType] = [.earthquake, .fire, .accident, .landslide, .flood, .attack]

    var folder: String {
      switch self {
      case .earthquake: "sismos"
      case .fire: "incendios"
      case .accident: "accidentes"
      case .landslide: "derrumbes"
      case .flood: "inundaciones"
      case .attack: "ataques"
      }
    }

    /// Noun phrases for the event, first use and later references.
    var nouns: [String] {
      switch self {
      case .earthquake: ["un sismo de magnitud 6,2", "un terremoto de magnitud 6.2", "un fuerte sismo"]
      case .fire: ["un incendio en una fábrica de muebles", "un incendio de grandes proporciones", "un incendio"]
      case .accident: ["un choque entre un autobús y un tráiler", "un accidente carretero", "un choque múltiple"]
      case .landslide: ["un deslave en una zona de viviendas", "un derrumbe en un cerro", "un deslave"]
      case .flood: ["inundaciones provocadas por lluvias torrenciales", "las inundaciones", "inundaciones severas"]
      case .attack: ["un ataque armado contra un bar", "un ataque armado", "un atentado contra un bar"]
      }
    }

    var reference: String {
      switch self {
      case .earthquake: "el sismo"
      case .fire: "el incendio"
      case .accident: "el accidente"
      case .landslide: "el deslave"
      case .flood: "las inundaciones"
      case .attack: "el ataque"
      }
    }
  }

  struct Place {
    var city: String
    var state: String
    var abbreviation: String
  }

  static let places: [Place] = [
    Place(city: "Juchitán", state: "Oaxaca", abbreviation: "Oax."),
    Place(city: "Tehuacán", state: "Puebla", abbreviation: "Pue."),
    Place(city: "Tapachula", state: "Chiapas", abbreviation: "Chis."),
    Place(city: "Guadalajara", state: "Jalisco", abbreviation: "Jal."),
    Place(city: "Monterrey", state: "Nuevo León", abbreviation: "N.L."),
    Place(city: "Manzanillo", state: "Colima", abbreviation: "Col."),
    Place(city: "Tijuana", state: "Baja California", abbreviation: "B.C."),
    Place(city: "Saltillo", state: "Coahuila", abbreviation: "Coah."),
    Place(city: "Acapulco", state: "Guerrero", abbreviation: "Gro."),
    Place(city: "Pachuca", state: "Hidalgo", abbreviation: "Hgo."),
    Place(city: "Toluca", state: "Estado de México", abbreviation: "Méx."),
    Place(city: "Morelia", state: "Michoacán", abbreviation: "Mich."),
    Place(city: "Cuernavaca", state: "Morelos", abbreviation: "Mor."),
    Place(city: "Tepic", state: "Nayarit", abbreviation: "Nay."),
    Place(city: "Cancún", state: "Quintana Roo", abbreviation: "Q. Roo"),
    Place(city: "Culiacán", state: "Sinaloa", abbreviation: "Sin."),
    Place(city: "Hermosillo", state: "Sonora", abbreviation: "Son."),
    Place(city: "Villahermosa", state: "Tabasco", abbreviation: "Tab."),
    Place(city: "Reynosa", state: "Tamaulipas", abbreviation: "Tamps."),
    Place(city: "Xalapa", state: "Veracruz", abbreviation: "Ver."),
    Place(city: "Ciudad Juárez", state: "Chihuahua", abbreviation: "Chih."),
    Place(city: "Mexicali", state: "Baja California", abbreviation: "B.C."),
    Place(city: "Mazatlán", state: "Sinaloa", abbreviation: "Sin."),
    Place(city: "Tampico", state: "Tamaulipas", abbreviation: "Tamps."),
  ]

  // MARK: Outlets and prose

  struct Outlet {
    var name: String
    var slug: String
  }

  static let outlets: [Outlet] = [
    Outlet(name: "Agencia Informativa del Norte", slug: "ain"), Outlet(name: "El Heraldo Regional", slug: "heraldo"),
    Outlet(name: "Crónica del Sur", slug: "cronica"), Outlet(name: "Diario La Voz", slug: "voz"),
    Outlet(name: "Noticias del Golfo", slug: "golfo"), Outlet(name: "El Observador", slug: "observador"),
  ]

  static let numberWords = [
    "cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "once", "doce", "trece",
    "catorce", "quince", "dieciséis", "diecisiete", "dieciocho", "diecinueve", "veinte",
  ]

  /// One outlet's account of `event`; `twist` puts in the injected contradiction.
  private mutating func story(_ event: Event, outlet: Int, twist: Contradiction.Kind?) -> String {
    let day = twist == .date ? event.day.adding(days: 2 + random.next(8)) : event.day
    // Outlets publish the same day or the next; the date of the event is said in their own way.
    let published = day.adding(days: random.next(2))
    var deaths = event.deaths
    if twist == .deaths { deaths = min(event.deaths - 4, Int(Double(event.deaths) * 0.8)) - random.next(2) }
    let place = event.place
    let when: String
    switch (published == day, outlet % 3 == 1 ? 3 : random.next(3)) {
    // This outlet's pages carry no machine-readable date: it writes the date out in full.
    case (_, 3):
      when = "el \(symbols.weekdays[day.weekday - 1]) \(day.day) de \(symbols.months[day.month - 1]) de \(day.year)"
    case (true, 0): when = "este \(symbols.weekdays[day.weekday - 1])"
    case (true, _): when = "el \(day.day) de \(symbols.months[day.month - 1])"
    case (false, 0): when = "ayer"
    case (false, 1): when = "el pasado \(symbols.weekdays[day.weekday - 1])"
    case (false, _): when = "el \(symbols.weekdays[day.weekday - 1]) \(day.day) de \(symbols.months[day.month - 1])"
    }
    let noun = event.type.nouns[random.next(event.type.nouns.count)]
    // Exact, hedged and worded tolls; a hedge is always compatible with the true figure.
    let deathPhrase: String
    switch twist == .deaths ? 0 : random.next(4) {
    case 0: deathPhrase = "\(deaths) muertos"
    case 1: deathPhrase = "al menos \(deaths) muertos"
    case 2: deathPhrase = "más de \(deaths - 3) muertos"
    default: deathPhrase = deaths <= 20 ? "\(Self.numberWords[deaths]) muertos" : "\(deaths) personas fallecidas"
    }
    let injuredPhrase = random.chance(0.5) ? "\(event.injured) heridos" : "cerca de \(event.injured) lesionados"
    var lines: [String] = []
    let placePhrase = random.chance(0.5) ? "en \(place.city), \(place.state)," : "en el municipio de \(place.city),"
    let lead =
      "\(when.prefix(1).uppercased() + when.dropFirst()) se registró \(noun) \(placePhrase) que dejó \(deathPhrase) y "
      + "\(injuredPhrase), informaron las autoridades estatales."
    switch outlet % 3 {
    case 0:
      lines.append(
        "\(place.city.uppercased()), \(place.abbreviation), \(published.day) de \(symbols.months[published.month - 1]) de \(published.year).- "
          + lead)
    case 1:
      lines.append("\(place.city), \(place.state) (\(Self.outlets[outlet].name)).– " + lead)
      lines.append("")
      lines.append("Publicado el \(published.day) de \(symbols.months[published.month - 1]) de \(published.year).")
    default:
      lines.insert(
        contentsOf: [
          "---",
          "title: \"\(event.type.reference.prefix(1).uppercased() + event.type.reference.dropFirst()) en \(place.city) deja \(deaths) muertos\"",
          "outlet: \(Self.outlets[outlet].name)", "date: \(published.description)", "---", "",
        ], at: 0)
      lines.append(lead)
    }
    lines.append("")
    lines.append(contentsOf: background(event, outlet: outlet))
    return lines.joined(separator: "\n") + "\n"
  }

  /// Paragraphs that tell the story around the figures: officials, rescue work, reactions.
  ///
  /// Built from many parts so that no two stories share long word sequences by accident.
  private mutating func background(_ event: Event, outlet: Int) -> [String] {
    var paragraphs: [String] = []
    for _ in 0..<(9 + random.next(5)) {
      paragraphs.append(
        "\(person()), \(pick(Self.roles)), \(pick(Self.verbs)) que \(clause()). \(clause().capitalizedFirst) "
          + "\(pick(Self.linkers)) \(event.type.reference). \(clause().capitalizedFirst)."
      )
      paragraphs.append("")
    }
    return paragraphs
  }

  private mutating func pick(_ pool: [String]) -> String { pool[random.next(pool.count)] }

  private mutating func person() -> String {
    "\(pick(Self.firstNames)) \(pick(Self.surnames)) \(pick(Self.surnames))"
  }

  /// A clause built from short parts (none five words long), so that two unrelated stories
  /// share few word 5-grams, as two real stories do.
  private mutating func clause() -> String {
    "\(pick(Self.subjects)) \(pick(Self.subjectDetails)) \(pick(Self.actions)) \(pick(Self.objects)) "
      + "\(pick(Self.objectDetails)) \(pick(Self.manners)) en la colonia \(pick(Self.neighbourhoods))"
  }

  /// An unrelated feature: culture, no event, no death toll.
  private mutating func feature(_ index: Int) -> String {
    var paragraphs = [
      "La \(Self.festivals[random.next(Self.festivals.count)]) de \(Self.places[random.next(Self.places.count)].city) "
        + "abrirá sus puertas con \(Self.numberWords[2 + random.next(18)]) exposiciones y un programa de conciertos al aire libre.",
      "",
    ]
    for _ in 0..<(9 + random.next(5)) {
      paragraphs.append(
        "\(person()), \(pick(Self.artists)), \(pick(Self.verbs)) que \(featureClause()). "
          + "\(featureClause().capitalizedFirst), y \(featureClause()).")
      paragraphs.append("")
    }
    return paragraphs.joined(separator: "\n")
  }

  /// A clause about culture from short parts, like `clause()` for news.
  private mutating func featureClause() -> String {
    "\(pick(Self.audiences)) \(pick(Self.subjectDetails)) \(pick(Self.cultureActions)) \(pick(Self.works)) "
      + "\(pick(Self.objectDetails)) \(pick(Self.manners)) en el barrio \(pick(Self.neighbourhoods))"
  }

  static let audiences = [
    "los lectores", "las editoriales", "los músicos", "las familias", "los talleristas", "las bibliotecas",
    "los curadores", "las escuelas de arte", "los coleccionistas", "las bandas", "los críticos", "las galerías",
  ]
  static let cultureActions = [
    "llenan", "recorren", "descubren", "presentan", "restauran", "ensayan", "reseñan", "celebran", "difunden",
    "comentan", "programan", "exhiben",
  ]
  static let works = [
    "las salas", "los murales", "las novelas", "los conciertos", "las fotografías", "los grabados", "las obras",
    "los talleres", "las lecturas", "los archivos", "las partituras", "los documentales",
  ]

  static let firstNames = [
    "Ernesto", "Lucía", "Marcela", "Rodrigo", "Fernanda", "Julián", "Patricia", "Óscar", "Alejandra", "Tomás", "Rebeca",
    "Gilberto", "Susana", "Andrés", "Claudia", "Ramiro", "Verónica", "Íñigo", "Natalia", "Efraín",
  ]
  static let surnames = [
    "Ibarra", "Lozano", "Quintero", "Salazar", "Varela", "Montoya", "Cárdenas", "Ochoa", "Villaseñor", "Zepeda",
    "Arriaga", "Bautista", "Del Río", "Espinoza", "Galindo", "Huerta", "Juárez", "Leyva", "Navarrete", "Peralta",
    "Rentería", "Sandoval", "Trejo", "Urbina", "Zavala",
  ]
  static let roles = [
    "director de Protección Civil", "coordinadora de rescate", "vocero de Seguridad", "presidenta municipal",
    "jefe de bomberos", "subsecretario de Gobierno", "delegada de la Cruz Roja", "comandante regional",
    "secretaria de Salud", "vecino afectado", "comerciante local", "representante vecinal",
  ]
  static let verbs = [
    "explicó", "aseguró", "detalló", "comentó", "relató", "sostuvo", "advirtió", "reconoció", "insistió", "precisó",
    "señaló", "consideró",
  ]
  static let subjects = [
    "las brigadas", "los rescatistas", "los vecinos", "las cuadrillas", "los voluntarios", "los médicos",
    "los bomberos", "los policías", "los maestros", "los comerciantes", "las enfermeras", "los ingenieros",
    "los estudiantes", "los choferes", "los electricistas", "los albañiles",
  ]
  static let subjectDetails = [
    "de guardia", "del turno matutino", "de la zona", "de apoyo", "del ayuntamiento", "de la región",
    "más jóvenes", "con experiencia", "recién llegados", "de otros estados", "del turno nocturno", "de la colonia",
  ]
  static let actions = [
    "revisan", "limpian", "vigilan", "recorren", "reparan", "inspeccionan", "señalizan", "apuntalan", "desalojan",
    "protegen", "atienden", "censan", "iluminan", "despejan", "resguardan", "fotografían", "miden", "pintan",
  ]
  static let objects = [
    "las viviendas", "los comercios", "las escuelas", "los puentes", "las calles", "los albergues", "los mercados",
    "las bodegas", "los templos", "las clínicas", "los pozos", "las bardas", "los postes", "las azoteas",
    "los drenajes", "las banquetas",
  ]
  static let objectDetails = [
    "del centro", "de la periferia", "del barrio alto", "cercanos al río", "junto a la carretera", "de la zona norte",
    "de la zona sur", "del primer cuadro", "de las orillas", "frente a la plaza", "junto al panteón", "tras el mercado",
  ]
  static let manners = [
    "desde temprano", "durante la noche", "sin descanso", "con maquinaria pesada", "junto con voluntarios",
    "por turnos", "desde el mediodía", "con apoyo federal", "bajo la lluvia", "casa por casa",
    "con lámparas", "sin equipo suficiente", "a marchas forzadas", "con calma",
  ]
  static let linkers = [
    "mientras continúan las labores tras", "como parte de la respuesta a", "en medio de la emergencia por",
    "días después de", "a raíz de", "para atender los efectos de",
  ]
  static let neighbourhoods = [
    "Centro", "Las Flores", "El Mirador", "San Isidro", "La Esperanza", "Guadalupe", "Los Pinos", "El Carmen",
    "Santa Fe", "La Loma", "Benito Juárez", "Emiliano Zapata", "Las Palmas", "El Rosario", "San Miguel",
    "Jardines del Valle",
  ]
  static let festivals = [
    "feria del libro", "muestra de cine independiente", "bienal de pintura", "feria artesanal", "semana de la música",
  ]
  static let artists = [
    "curadora de la muestra", "poeta invitado", "directora de teatro", "fotógrafo documental", "editora independiente",
    "pintor de la región", "cantautora", "gestor cultural",
  ]
}

extension CorpusGenerator.Contradiction {
  enum Kind {
    case date, deaths

    var attribute: String {
      switch self {
      case .date: "date"
      case .deaths: "figure.deaths"
      }
    }
  }
}

/// SplitMix64: small, fast, and the same sequence on every platform for the same seed.
struct SplitMix {
  var state: UInt64

  mutating func next64() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A number in `0..<bound`.
  mutating func next(_ bound: Int) -> Int { Int(next64() % UInt64(max(1, bound))) }

  mutating func chance(_ probability: Double) -> Bool { Double(next64() >> 11) / Double(1 << 53) < probability }
}

extension String {
  /// The string with its first letter in upper case.
  var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
