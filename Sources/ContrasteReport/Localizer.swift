import ContrasteCompare

/// Words and message templates of a report, in Spanish or English.
struct Localizer: Sendable {
  let language: ReportLanguage

  private var es: Bool { language == .spanish }

  func kind(_ kind: Finding.Kind, plural: Bool = false) -> String {
    switch (kind, es) {
    case (.contradiction, true): plural ? "Contradicciones" : "contradicción"
    case (.contradiction, false): plural ? "Contradictions" : "contradiction"
    case (.inconsistency, true): plural ? "Incoherencias internas" : "incoherencia"
    case (.inconsistency, false): plural ? "Inconsistencies within an article" : "inconsistency"
    case (.compatible, true): plural ? "Compatibles" : "compatible"
    case (.compatible, false): plural ? "Compatible" : "compatible"
    case (.agreement, true): plural ? "Coincidencias" : "coincidencia"
    case (.agreement, false): plural ? "Agreements" : "agreement"
    case (.singleSource, true): plural ? "Una sola fuente" : "fuente única"
    case (.singleSource, false): plural ? "Single source" : "single source"
    case (.dependence, true): plural ? "Fuentes no independientes" : "dependencia"
    case (.dependence, false): plural ? "Dependent sources" : "dependence"
    }
  }

  func severity(_ severity: Severity) -> String {
    switch (severity, es) {
    case (.error, true): "error"
    case (.error, false): "error"
    case (.warning, true): "aviso"
    case (.warning, false): "warning"
    case (.info, true): "info"
    case (.info, false): "info"
    }
  }

  func attribute(_ attribute: String) -> String {
    if attribute.hasPrefix("figure.") {
      let kind = String(attribute.dropFirst("figure.".count))
      return (es ? "cifra de " : "number of ") + ((es ? Self.figureES[kind] : Self.figureEN[kind]) ?? kind)
    }
    switch (attribute, es) {
    case ("date", true): return "fecha"
    case ("date", false): return "date"
    case ("date.effective", true): return "entrada en vigor"
    case ("date.effective", false): return "date it takes effect"
    case ("place", true): return "lugar"
    case ("place", false): return "place"
    case ("participant", true): return "participantes"
    case ("participant", false): return "participants"
    case ("leader", true): return "quién encabezó"
    case ("leader", false): return "who led"
    case ("topic", true): return "temas acordados o tratados"
    case ("topic", false): return "topics agreed or discussed"
    case ("role", true): return "cargos"
    case ("role", false): return "roles"
    case ("source", true): return "fuentes"
    case ("source", false): return "sources"
    default: return attribute
    }
  }

  static let figureES: [String: String] = [
    "deaths": "muertos", "injured": "heridos", "detainees": "detenidos", "missing": "desaparecidos",
    "evacuated": "evacuados", "investigations": "investigaciones", "votes-for": "votos a favor",
    "votes-against": "votos en contra", "abstentions": "abstenciones", "firefighters": "brigadistas",
    "damaged-buildings": "inmuebles dañados", "magnitude": "magnitud", "seized": "cantidad decomisada",
    "area": "superficie", "money": "monto", "percentage": "porcentaje",
  ]
  static let figureEN: [String: String] = [
    "deaths": "deaths", "injured": "injured", "detainees": "detainees", "missing": "missing",
    "evacuated": "evacuated", "investigations": "investigations", "votes-for": "votes for",
    "votes-against": "votes against", "abstentions": "abstentions", "firefighters": "firefighters",
    "damaged-buildings": "damaged buildings", "magnitude": "magnitude", "seized": "amount seized",
    "area": "area", "money": "amount", "percentage": "percentage",
  ]

  static let monthsES = [
    "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre",
    "diciembre",
  ]
  static let monthsEN = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
    "December",
  ]

  /// A normalised value for people: dates in words, figures with their hedge.
  func value(_ value: String, attribute: String) -> String {
    if attribute == "date" || attribute.hasPrefix("date.") { return date(value) }
    if attribute.hasPrefix("figure.") { return figure(value) }
    return value
  }

  /// `2025-12-11` → `11 de diciembre de 2025` / `11 December 2025`; `2026-01` → `enero de 2026`.
  func date(_ timex: String) -> String {
    let parts = timex.split(separator: "-").map(String.init)
    guard let year = parts.first, year.count == 4, Int(year) != nil else { return timex }
    let months = es ? Self.monthsES : Self.monthsEN
    if parts.count >= 2, let month = Int(parts[1]), (1...12).contains(month) {
      if parts.count >= 3, let day = Int(parts[2].prefix(2)) {
        return es ? "\(day) de \(months[month - 1]) de \(year)" : "\(day) \(months[month - 1]) \(year)"
      }
      return es ? "\(months[month - 1]) de \(year)" : "\(months[month - 1]) \(year)"
    }
    return timex
  }

  /// `above 125` → `más de 125`; `exact 1200 kg` → `1200 kg`.
  func figure(_ key: String) -> String {
    let parts = key.split(separator: " ", maxSplits: 1).map(String.init)
    guard parts.count == 2 else { return key }
    let hedges: [String: (String, String)] = [
      "exact": ("", ""), "above": ("más de ", "more than "), "atLeast": ("al menos ", "at least "),
      "about": ("cerca de ", "about "), "almost": ("casi ", "almost "), "atMost": ("hasta ", "up to "),
      "below": ("menos de ", "fewer than "),
    ]
    let hedge = hedges[parts[0]].map { es ? $0.0 : $0.1 } ?? ""
    return hedge + parts[1]
  }

  /// The finding's message.
  func message(_ finding: Finding) -> String {
    let event = finding.eventLabel ?? ""
    let attribute = self.attribute(finding.attribute)
    let arguments = finding.message.arguments
    switch (finding.message.id, es) {
    case ("value.contradiction", true):
      return "«\(event)», \(attribute): los valores no pueden ser ciertos a la vez."
    case ("value.contradiction", false):
      return "“\(event)”, \(attribute): the values cannot all be true."
    case ("value.compatible", true):
      return "«\(event)», \(attribute): un valor precisa o abarca al otro."
    case ("value.compatible", false):
      return "“\(event)”, \(attribute): one value refines or contains the other."
    case ("value.updated", true):
      return
        "«\(event)», \(attribute): las cifras difieren, pero se publicaron con \(arguments["days"] ?? "?") días de diferencia: pudieron actualizarse."
    case ("value.updated", false):
      return
        "“\(event)”, \(attribute): the figures differ, but were published \(arguments["days"] ?? "?") days apart: they may have been updated."
    case ("value.agreement", true), ("set.agreement", true):
      return "«\(event)», \(attribute): las fuentes coinciden."
    case ("value.agreement", false), ("set.agreement", false):
      return "“\(event)”, \(attribute): the sources agree."
    case ("value.single-source", true):
      return "«\(event)», \(attribute): solo una fuente lo dice."
    case ("value.single-source", false):
      return "“\(event)”, \(attribute): only one source says it."
    case ("role.agreement", true):
      return "Las fuentes coinciden en los cargos de \(arguments["person"] ?? "")."
    case ("role.agreement", false):
      return "The sources agree on the roles of \(arguments["person"] ?? "")."
    case ("role.compatible", true):
      if let days = arguments["days"] {
        return
          "Cargos de \(arguments["person"] ?? "") distintos según la fuente, pero las fuentes hablan desde fechas separadas por \(days) días: el cargo pudo cambiar entre ellas."
      }
      return "Los cargos de \(arguments["person"] ?? "") son compatibles: puede ocupar varios a la vez."
    case ("role.compatible", false):
      if let days = arguments["days"] {
        return
          "The roles of \(arguments["person"] ?? "") differ between sources written \(days) days apart: the role may have changed in between."
      }
      return "The roles of \(arguments["person"] ?? "") are compatible: several can be held at once."
    case ("role.contradiction", true):
      return "Cargos incompatibles para \(arguments["person"] ?? "") en la misma fecha."
    case ("role.contradiction", false):
      return "Incompatible roles for \(arguments["person"] ?? "") on the same date."
    case ("dependence", true):
      let reason =
        arguments["reason"] == "dependence.copy"
        ? "copian el mismo texto (similitud \(arguments["similarity"] ?? "?") %)"
        : "retransmiten la misma fuente (\(arguments["source"] ?? "?")) sobre el mismo evento"
      return "No son fuentes independientes: \(arguments["documents"] ?? "") \(reason); cuentan como una sola."
    case ("dependence", false):
      let reason =
        arguments["reason"] == "dependence.copy"
        ? "copy the same text (\(arguments["similarity"] ?? "?") % similar)"
        : "relay the same source (\(arguments["source"] ?? "?")) on the same event"
      return "Not independent sources: \(arguments["documents"] ?? "") \(reason); they count as one."
    case ("inconsistency.future-before-dateline", true):
      return "Incoherencia dentro del artículo: anuncia como futuro algo que su propia fecha ya dejó atrás."
    case ("inconsistency.weekday-mismatch", true):
      return "Incoherencia dentro del artículo: el día de la semana no corresponde a la fecha."
    case (let id, true) where id.hasPrefix("inconsistency."):
      return "Incoherencia dentro del artículo: \(arguments["detail"] ?? "")"
    case (let id, false) where id.hasPrefix("inconsistency."):
      return "Inconsistency within the article: \(arguments["detail"] ?? "")"
    default:
      return finding.message.id
    }
  }

  /// `3 artículos, 2 fuentes independientes`.
  func support(_ value: FindingValue) -> String {
    let articles = value.articles.count
    let sources = value.independentSources
    if es {
      return
        "\(articles) \(articles == 1 ? "artículo" : "artículos"), \(sources) \(sources == 1 ? "fuente independiente" : "fuentes independientes")"
    }
    return
      "\(articles) \(articles == 1 ? "article" : "articles"), \(sources) independent \(sources == 1 ? "source" : "sources")"
  }

  /// Evidence strength notes for a value.
  func strength(_ value: FindingValue) -> String {
    var notes: [String] = []
    if !value.stated {
      notes.append(es ? "año inferido" : "year inferred")
    } else if !value.inferredIn.isEmpty {
      let list = value.inferredIn.joined(separator: ", ")
      notes.append(es ? "año inferido en \(list)" : "year inferred in \(list)")
    }
    if value.attributed { notes.append(es ? "atribuido" : "attributed") }
    return notes.joined(separator: ", ")
  }

  var majority: String { es ? "mayoría" : "majority" }
  var noMajority: String { es ? "sin mayoría clara" : "no clear majority" }

  func title(documents: Int) -> String {
    es ? "Contraste · auditoría de \(documents) artículos" : "Contraste · audit of \(documents) articles"
  }

  func summary(_ counts: [Finding.Kind: Int]) -> String {
    let parts = Finding.Kind.allCases.compactMap { kind -> String? in
      guard let count = counts[kind], count > 0 else { return nil }
      return "\(count) \(self.kind(kind, plural: count != 1).lowercased())"
    }
    return (es ? "Resumen: " : "Summary: ")
      + (parts.isEmpty ? (es ? "sin hallazgos" : "no findings") : parts.joined(separator: " · "))
  }

  var skippedTitle: String { es ? "Archivos omitidos" : "Skipped files" }
  var documentsTitle: String { es ? "Artículos" : "Articles" }
  var noDate: String { es ? "sin fecha" : "no date" }
  var sourcesTitle: String { es ? "Grupos de fuentes independientes" : "Independent source groups" }
}
