/// An ISO 8601 duration such as `P1Y6M` or `PT8H30M`; an amount may be unknown (`PXY`).
public struct TimexDuration: Sendable, Hashable, Codable {
  /// The units of an ISO 8601 duration, largest first.
  public enum Unit: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case year, month, week, day, hour, minute, second

    var isTime: Bool { self == .hour || self == .minute || self == .second }
    var order: Int { Self.allCases.firstIndex(of: self) ?? 0 }
    var letter: String {
      switch self {
      case .year: "Y"
      case .month, .minute: "M"
      case .week: "W"
      case .day: "D"
      case .hour: "H"
      case .second: "S"
      }
    }

    public static func < (lhs: Unit, rhs: Unit) -> Bool { lhs.order < rhs.order }
  }

  /// One part of a duration: an amount (nil when the text does not say, `unos días`) of a unit.
  public struct Component: Sendable, Hashable, Codable {
    public var amount: Int?
    public var unit: Unit

    public init(amount: Int?, unit: Unit) {
      self.amount = amount
      self.unit = unit
    }
  }

  /// The parts, largest unit first, each unit at most once.
  public var components: [Component]

  public init(_ components: [Component]) {
    self.components = components.sorted { $0.unit < $1.unit }
  }

  /// The ISO 8601 form: `P3W`, `PT24H`, `P1Y6M`, `PXD`.
  public var value: String {
    var text = "P"
    var inTime = false
    for component in components {
      if component.unit.isTime, !inTime {
        text += "T"
        inTime = true
      }
      text += (component.amount.map(String.init) ?? "X") + component.unit.letter
    }
    return text
  }

  /// `self` plus half of its last unit: `un año y medio` → `P1Y6M`, `ocho horas y media` → `PT8H30M`.
  func addingHalf() -> TimexDuration {
    guard let last = components.last, last.amount != nil else { return self }
    let half: Component? =
      switch last.unit {
      case .year: Component(amount: 6, unit: .month)
      case .month: Component(amount: 15, unit: .day)
      case .week: nil
      case .day: Component(amount: 12, unit: .hour)
      case .hour: Component(amount: 30, unit: .minute)
      case .minute: Component(amount: 30, unit: .second)
      case .second: nil
      }
    guard let half else {
      if last.unit == .week, let amount = last.amount {
        return TimexDuration(Array(components.dropLast()) + [Component(amount: amount * 7 + 3, unit: .day)])
      }
      return self
    }
    return adding(half)
  }

  /// `self` with `component` added (amounts of one unit are summed).
  func adding(_ component: Component) -> TimexDuration {
    var parts = components
    if let index = parts.firstIndex(where: { $0.unit == component.unit }) {
      if let amount = parts[index].amount, let extra = component.amount {
        parts[index].amount = amount + extra
      } else {
        parts[index].amount = nil
      }
    } else {
      parts.append(component)
    }
    return TimexDuration(parts)
  }
}
