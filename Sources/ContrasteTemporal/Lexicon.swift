import ContrasteNormalizer

/// The Spanish words the tagger knows, keyed by folded spelling, with an open-addressing table
/// over UTF-8 bytes so the tokenizer looks words up without building strings.
///
/// A caller's own words (``addWords(_:)``) follow the tagger's: the tokenizer's one probe per
/// word then answers for both, and the tagger ignores entries from ``temporalCount`` on.
struct Lexicon: Sendable {
  /// What one folded word can be; a word may be several things (`segundo`, `mañana`, `un`).
  struct Entry: Sendable {
    var keyword: Keyword?
    /// Month of a full name (`enero` → 1), 0 otherwise.
    var month: Int = 0
    /// Month of an abbreviation (`dic` → 12), 0 otherwise.
    var monthAbbreviation: Int = 0
    /// ISO weekday (`lunes` → 1), 0 otherwise.
    var weekday: Int = 0
    /// Value of a cardinal number word (`veintiséis` → 26, `mil` → 1000), -1 otherwise.
    var cardinal: Int = -1
    /// Ordinal (`primer` → 1, `último` → -1), 0 otherwise.
    var ordinal: Int = 0
    /// The calendar unit a word measures (`semanas` → week).
    var unit: TimeUnit?
    /// Tense of an irregular or auxiliary verb form (`fue`, `habrá`, `han`).
    var tense: VerbTense?
  }

  private(set) var entries: [Entry] = []
  /// The keys' bytes, concatenated: entry `i` is `keyBytes[keyStart[i]..<keyStart[i + 1]]`.
  private var keyBytes: [UInt8] = []
  private var keyStart: [Int32] = [0]
  /// Open-addressing slots holding entry index + 1 (0 = empty), and each slot's key hash.
  private var slots: [Int32]
  private var slotHashes: [UInt64]
  private var mask: Int
  /// Entries below this index are the tagger's; the rest are words a caller added, which mean
  /// nothing to the tagger.
  private(set) var temporalCount: Int32 = 0

  /// Builds the lexicon; every key is folded with `folder` so it matches folded text.
  init(folder: Folder, names: MonthNames, fullMonths: [String]) throws(ICUError) {
    slots = [Int32](repeating: 0, count: 4096)
    slotHashes = [UInt64](repeating: 0, count: 4096)
    mask = slots.count - 1
    for keyword in Keyword.allCases {
      try update(folder.key(keyword.rawValue)) { $0.keyword = keyword }
    }
    let full = Set(try fullMonths.map { name throws(ICUError) in try folder.key(name) } + ["setiembre"])
    for (name, month) in names.months {
      if full.contains(name) {
        update(name) { $0.month = month }
      } else {
        update(name) { $0.monthAbbreviation = month }
      }
    }
    for (name, weekday) in names.weekdays {
      update(name) { $0.weekday = weekday }
      // `los sábados`, `los domingos` (the other weekdays end in -s already).
      if !name.hasSuffix("s") { update(name + "s") { $0.weekday = weekday } }
    }
    for (word, value) in Self.cardinals { try update(folder.key(word)) { $0.cardinal = value } }
    for (word, value) in Self.ordinals { try update(folder.key(word)) { $0.ordinal = value } }
    for (word, unit) in Self.units { try update(folder.key(word)) { $0.unit = unit } }
    for (word, tense) in Self.verbs { try update(folder.key(word)) { $0.tense = tense } }
    temporalCount = Int32(entries.count)
  }

  /// Adds `words` (folded, as the tokenizer splits folded text) as entries with no temporal
  /// meaning, unless the tagger knows them already, and gives each word's entry (-1 for an empty
  /// word).
  mutating func addWords(_ words: [String]) -> [Int32] {
    words.map { word in update(word) { _ in } }
  }

  /// The entry of the folded word `bytes` whose FNV-1a hash is `hash`, or -1.
  func lookup(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int32 {
    var slot = Int(truncatingIfNeeded: hash) & mask
    while true {
      let index = slots[slot]
      if index == 0 { return -1 }
      if slotHashes[slot] == hash {
        let start = Int(keyStart[Int(index) - 1])
        let end = Int(keyStart[Int(index)])
        if end - start == bytes.count {
          var equal = true
          for offset in 0..<bytes.count where keyBytes[start + offset] != bytes[offset] {
            equal = false
            break
          }
          if equal { return index - 1 }
        }
      }
      slot = (slot + 1) & mask
    }
  }

  /// The entry of a folded word given as a string (tests and rare lookups).
  func entry(_ word: String) -> Entry? {
    let bytes = Array(word.utf8)
    let index = bytes.withUnsafeBufferPointer { lookup($0, hash: Self.hash($0)) }
    return index >= 0 ? entries[Int(index)] : nil
  }

  /// FNV-1a over bytes.
  static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var hash = WordHashes.seed
    for byte in bytes { hash = (hash ^ UInt64(byte)) &* WordHashes.prime }
    return hash
  }

  /// Changes the entry of `word`, made first when new; gives its index (-1 for an empty word).
  @discardableResult
  private mutating func update(_ word: String, _ change: (inout Entry) -> Void) -> Int32 {
    let bytes = Array(word.utf8)
    guard !bytes.isEmpty else { return -1 }
    let hash = bytes.withUnsafeBufferPointer { Self.hash($0) }
    let found = bytes.withUnsafeBufferPointer { lookup($0, hash: hash) }
    if found >= 0 {
      change(&entries[Int(found)])
      return found
    }
    var entry = Entry()
    change(&entry)
    entries.append(entry)
    keyBytes += bytes
    keyStart.append(Int32(keyBytes.count))
    // At most half full, so a probe for an unknown word ends soon at an empty slot.
    if entries.count * 2 > slots.count { grow() }
    insert(Int32(entries.count), hash: hash)
    return Int32(entries.count - 1)
  }

  private mutating func insert(_ slotValue: Int32, hash: UInt64) {
    var slot = Int(truncatingIfNeeded: hash) & mask
    while slots[slot] != 0 { slot = (slot + 1) & mask }
    slots[slot] = slotValue
    slotHashes[slot] = hash
  }

  /// Doubles the table, keeping each key's hash.
  private mutating func grow() {
    let old = zip(slots, slotHashes).filter { $0.0 != 0 }
    slots = [Int32](repeating: 0, count: slots.count * 2)
    slotHashes = [UInt64](repeating: 0, count: slots.count)
    mask = slots.count - 1
    for (value, hash) in old { insert(value, hash: hash) }
  }

  static let cardinals: [(String, Int)] = [
    ("cero", 0), ("un", 1), ("una", 1), ("uno", 1), ("dos", 2), ("tres", 3), ("cuatro", 4),
    ("cinco", 5), ("seis", 6), ("siete", 7), ("ocho", 8), ("nueve", 9), ("diez", 10), ("once", 11),
    ("doce", 12), ("trece", 13), ("catorce", 14), ("quince", 15), ("dieciséis", 16),
    ("diecisiete", 17), ("dieciocho", 18), ("diecinueve", 19), ("veinte", 20), ("veintiún", 21),
    ("veintiuno", 21), ("veintiuna", 21), ("veintidós", 22), ("veintitrés", 23),
    ("veinticuatro", 24), ("veinticinco", 25), ("veintiséis", 26), ("veintisiete", 27),
    ("veintiocho", 28), ("veintinueve", 29), ("treinta", 30), ("cuarenta", 40), ("cincuenta", 50),
    ("sesenta", 60), ("setenta", 70), ("ochenta", 80), ("noventa", 90), ("cien", 100),
    ("ciento", 100), ("doscientos", 200), ("doscientas", 200), ("trescientos", 300),
    ("trescientas", 300), ("cuatrocientos", 400), ("cuatrocientas", 400), ("quinientos", 500),
    ("quinientas", 500), ("seiscientos", 600), ("seiscientas", 600), ("setecientos", 700),
    ("setecientas", 700), ("ochocientos", 800), ("ochocientas", 800), ("novecientos", 900),
    ("novecientas", 900), ("mil", 1000),
  ]

  static let ordinals: [(String, Int)] = [
    ("primer", 1), ("primero", 1), ("primera", 1), ("segundo", 2), ("segunda", 2), ("tercer", 3),
    ("tercero", 3), ("tercera", 3), ("cuarto", 4), ("cuarta", 4), ("quinto", 5), ("quinta", 5),
    ("sexto", 6), ("sexta", 6), ("último", -1), ("última", -1),
  ]

  static let units: [(String, TimeUnit)] = [
    ("segundo", .second), ("segundos", .second), ("minuto", .minute), ("minutos", .minute),
    ("min", .minute), ("hora", .hour), ("horas", .hour), ("hrs", .hour), ("hr", .hour),
    ("día", .day), ("días", .day), ("semana", .week),
    ("semanas", .week), ("quincena", .fortnight), ("quincenas", .fortnight), ("mes", .month),
    ("meses", .month), ("bimestre", .bimester), ("bimestres", .bimester), ("trimestre", .quarter),
    ("trimestres", .quarter), ("cuatrimestre", .cuatrimester), ("cuatrimestres", .cuatrimester),
    ("semestre", .half), ("semestres", .half), ("año", .year), ("años", .year), ("bienio", .biennium),
    ("bienios", .biennium), ("trienio", .triennium), ("lustro", .lustrum), ("lustros", .lustrum),
    ("década", .decade), ("décadas", .decade), ("siglo", .century), ("siglos", .century),
  ]

  /// Irregular and auxiliary verb forms whose tense suffixes cannot tell.
  static let verbs: [(String, VerbTense)] = [
    ("fue", .past), ("fueron", .past), ("fui", .past), ("fuimos", .past), ("hubo", .past),
    ("dijo", .past), ("hizo", .past), ("tuvo", .past), ("estuvo", .past), ("pudo", .past),
    ("puso", .past), ("vino", .past), ("dio", .past), ("vio", .past), ("trajo", .past),
    ("quiso", .past), ("supo", .past), ("anduvo", .past), ("condujo", .past), ("produjo", .past),
    ("redujo", .past), ("introdujo", .past), ("tradujo", .past), ("era", .past), ("eran", .past),
    ("había", .past), ("habían", .past), ("ha", .past), ("han", .past), ("he", .past),
    ("hemos", .past), ("has", .past), ("tenía", .past), ("tenían", .past), ("podía", .past),
    ("podían", .past), ("debía", .past), ("debían", .past), ("existía", .past), ("existían", .past),
    ("sabía", .past), ("decía", .past), ("decían", .past), ("vivía", .past), ("vivían", .past),
    ("quería", .past), ("querían", .past), ("parecía", .past), ("seguía", .past), ("seguían", .past),
    ("ocurría", .past), ("acababa", .past), ("sera", .future), ("seran", .future), ("habra", .future),
    ("habran", .future), ("estara", .future), ("estaran", .future), ("tendra", .future),
    ("tendran", .future), ("podra", .future), ("podran", .future), ("hara", .future),
    ("haran", .future), ("vendra", .future), ("vendran", .future), ("saldra", .future),
    ("saldran", .future), ("debera", .future), ("deberan", .future), ("dira", .future),
    ("diran", .future), ("pondra", .future), ("pondran", .future), ("sabra", .future),
    ("sabran", .future), ("querra", .future), ("valdra", .future), ("va", .future), ("van", .future),
    ("vamos", .future), ("voy", .future),
  ]
}
