/// A short synthetic news story in Spanish, different for every seed (deterministic).
///
/// Used to fill a benchmark corpus with unrelated stories: different events, places, dates,
/// figures and wording, so that neither claims nor shingles coincide by accident.
struct SyntheticStory {
  var seed: UInt64
  /// Spanish month names (`DateSymbols().months`).
  var months: [String]

  static let places = [
    "Oaxaca", "Puebla", "Chiapas", "Jalisco", "Monterrey", "Guadalajara", "Colima", "Manzanillo", "Madrid", "Santiago",
    "Mendoza", "Buenos Aires",
  ]
  static let events = [
    ("un sismo de magnitud", "dejó", "heridos"),
    ("un incendio forestal que consumió", "obligó a evacuar a", "familias"),
    ("un operativo que aseguró", "terminó con", "detenidos"), ("una votación que aprobó", "contó con", "votos a favor"),
  ]
  static let fillers = [
    "Las autoridades locales pidieron a la población mantenerse informada por los canales oficiales.",
    "Vecinos de la zona relataron que la jornada transcurrió entre la incertidumbre y la espera.",
    "El ayuntamiento habilitó un módulo de atención en la plaza principal.",
    "Organizaciones civiles anunciaron que darán seguimiento a los compromisos anunciados.",
    "Especialistas consultados señalaron que el tema requiere una revisión de fondo.",
    "La oficina de comunicación prometió un nuevo informe en los próximos días.",
  ]

  var text: String {
    var generator = SplitMix(state: seed)
    let place = Self.places[generator.next(Self.places.count)]
    let day = generator.next(28) + 1
    let month = months[generator.next(12)]
    let year = 2024 + generator.next(2)
    let (what, verb, counted) = Self.events[generator.next(Self.events.count)]
    let first = generator.next(900) + 3
    let second = generator.next(400) + 2
    var paragraphs = [
      "\(place.uppercased()), \(day) de \(month) de \(year).- Las autoridades informaron este día de \(what) \(first) "
        + "en la región, que \(verb) \(second) \(counted), según el reporte número \(generator.next(10_000)).",
      "El funcionario a cargo, Ernesto \(["Ibarra", "Lozano", "Quintero", "Salazar", "Varela"][generator.next(5)]), "
        + "explicó que el saldo se actualizará a las \(generator.next(12) + 8):00 horas del \(day + 1 > 28 ? 28 : day + 1) "
        + "de \(month), cuando concluya la revisión de \(generator.next(60) + 5) expedientes.",
    ]
    for _ in 0..<3 {
      paragraphs.append(
        Self.fillers[generator.next(Self.fillers.count)] + " Se contabilizaron \(generator.next(5_000)) reportes "
          + "en \(generator.next(30) + 2) localidades de \(Self.places[generator.next(Self.places.count)]).")
    }
    return paragraphs.joined(separator: "\n\n") + "\n"
  }
}
