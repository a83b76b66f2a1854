import ContrasteNormalizer

/// The normalised value of a claim, comparable across articles.
public struct ClaimValue: Sendable, Hashable, Codable {
  /// What kind of value this is.
  public enum Kind: String, Sendable, Hashable, Codable {
    case event
    case date
    case place
    case person
    case role
    case figure
    case topic
    case ordinal
  }

  public var kind: Kind
  /// The normalised key compared across articles: a TIMEX3 value (`2025-12-11`), a gazetteer key
  /// (`us/tx/mcallen`), a folded name (`roberto velasco`), `person=office[:status]`, a figure
  /// (`above 125`, `exact 1200 kg`), a topic key, an ordinal or an event key.
  public var key: String
  /// How to show it.
  public var display: String
  /// Date details when `kind` is `.date`.
  public var date: DateValue?
  /// Figure details when `kind` is `.figure`.
  public var figure: FigureValue?
  /// Role details when `kind` is `.role`.
  public var role: RoleValue?

  public init(
    kind: Kind, key: String, display: String, date: DateValue? = nil, figure: FigureValue? = nil,
    role: RoleValue? = nil
  ) {
    self.kind = kind
    self.key = key
    self.display = display
    self.date = date
    self.figure = figure
    self.role = role
  }
}

/// A resolved date: the days it covers and how sure the year is.
public struct DateValue: Sendable, Hashable, Codable {
  /// TIMEX3 value, such as `2025-12-11` or `2026-01`.
  public var timex: String
  /// First and last day covered, when known.
  public var first: DayDate?
  public var last: DayDate?
  /// The granularity: `day`, `month` or `year`, for example.
  public var granularity: String
  /// How the value was anchored: `absolute`, `dct`, `inferred`, `none`.
  public var anchor: String

  public init(timex: String, first: DayDate?, last: DayDate?, granularity: String, anchor: String) {
    self.timex = timex
    self.first = first
    self.last = last
    self.granularity = granularity
    self.anchor = anchor
  }
}

/// A figure as an interval: `más de 125` is (125, ∞), `unos 40` is [36, 44].
public struct FigureValue: Sendable, Hashable, Codable {
  /// The number as written, converted to the base unit.
  public var number: Double
  public var low: Double
  public var high: Double
  public var lowOpen: Bool
  public var highOpen: Bool
  /// Base unit (`kg`, `ha`, `%`, `MXN`…) or nil for counts.
  public var unit: String?
  /// The hedge, or nil when the number is given exactly.
  public var hedge: Hedge?

  private enum CodingKeys: String, CodingKey {
    case number, low, high, lowOpen, highOpen, unit, hedge
  }

  // JSON has no infinity: an unbounded end (`más de 125`) is written as null.
  public init(from decoder: Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    number = try container.decode(Double.self, forKey: .number)
    low = try container.decodeIfPresent(Double.self, forKey: .low) ?? -.infinity
    high = try container.decodeIfPresent(Double.self, forKey: .high) ?? .infinity
    lowOpen = try container.decode(Bool.self, forKey: .lowOpen)
    highOpen = try container.decode(Bool.self, forKey: .highOpen)
    unit = try container.decodeIfPresent(String.self, forKey: .unit)
    hedge = try container.decodeIfPresent(Hedge.self, forKey: .hedge)
  }

  public func encode(to encoder: Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(number.isFinite ? number : .greatestFiniteMagnitude, forKey: .number)
    try container.encode(low.isFinite ? low : nil, forKey: .low)
    try container.encode(high.isFinite ? high : nil, forKey: .high)
    try container.encode(lowOpen, forKey: .lowOpen)
    try container.encode(highOpen, forKey: .highOpen)
    try container.encodeIfPresent(unit, forKey: .unit)
    try container.encodeIfPresent(hedge, forKey: .hedge)
  }

  public init(number: Double, hedge: Hedge?, unit: String?) {
    self.number = number
    self.hedge = hedge
    self.unit = unit
    switch hedge {
    case nil: (low, high, lowOpen, highOpen) = (number, number, false, false)
    case .above: (low, high, lowOpen, highOpen) = (number, .infinity, true, true)
    case .atLeast: (low, high, lowOpen, highOpen) = (number, .infinity, false, true)
    case .about: (low, high, lowOpen, highOpen) = (number * 0.9, number * 1.1, false, false)
    case .almost: (low, high, lowOpen, highOpen) = (number * 0.9, number, false, true)
    case .atMost: (low, high, lowOpen, highOpen) = (0, number, false, false)
    case .below: (low, high, lowOpen, highOpen) = (0, number, false, true)
    }
  }
}

/// A person's role: the office, the title as written, and its status.
public struct RoleValue: Sendable, Hashable, Codable {
  /// Role status words: acting (`encargado de despacho`), on leave (`bajo licencia`), former, elect.
  public enum Status: String, Sendable, Hashable, Codable {
    case acting
    case onLeave
    case former
    case elect
  }

  /// Folded person name, or nil when the text names only the office.
  public var person: String?
  public var personName: String?
  /// Office key from the lexicon.
  public var office: String
  /// Title as folded from the text.
  public var title: String
  public var status: Status?

  public init(person: String?, personName: String?, office: String, title: String, status: Status?) {
    self.person = person
    self.personName = personName
    self.office = office
    self.title = title
    self.status = status
  }
}
