import ContrasteNormalizer
import Testing

@testable import ContrasteClaims
@testable import ContrasteCompare

/// The comparison lattice: same, refinement, overlap, disjoint.
@Suite("Value lattice")
struct ValueRelationTests {
  static let places = PlaceTree([
    .init(key: "mx", name: "México", parent: nil, aliases: []),
    .init(key: "mx/cdmx", name: "Ciudad de México", parent: "mx", aliases: []),
    .init(key: "us", name: "Estados Unidos", parent: nil, aliases: []),
    .init(key: "us/tx", name: "Texas", parent: "us", aliases: []),
  ])

  static func date(_ first: String, _ last: String) -> ClaimValue {
    ClaimValue(
      kind: .date, key: first == last ? first : "\(first)/\(last)", display: first,
      date: DateValue(
        timex: first, first: DayDate(iso: first), last: DayDate(iso: last), granularity: "day", anchor: "dct"))
  }

  static func figure(_ number: Double, _ hedge: Hedge?, unit: String? = nil) -> ClaimValue {
    let figure = FigureValue(number: number, hedge: hedge, unit: unit)
    return ClaimValue(
      kind: .figure, key: "\(hedge?.rawValue ?? "exact") \(number)\(unit ?? "")", display: "", figure: figure)
  }

  static func place(_ key: String) -> ClaimValue { ClaimValue(kind: .place, key: key, display: key) }

  @Test(arguments: [
    (date("2026-01-01", "2026-01-31"), date("2026-01-23", "2026-01-23"), ValueRelation.contains),
    (date("2025-12-11", "2025-12-11"), date("2026-01-10", "2026-01-10"), .disjoint),
    (date("2025-12-01", "2025-12-15"), date("2025-12-10", "2025-12-31"), .overlap),
    (figure(125, .above), figure(130, nil), .contains),
    (figure(125, .above), figure(125, nil), .disjoint),
    (figure(10, .atLeast), figure(8, nil), .disjoint),
    (figure(10, .atLeast), figure(10, nil), .contains),
    (figure(40, .about), figure(43, nil), .contains),
    (figure(1200, nil, unit: "kg"), figure(1200, nil, unit: "ha"), .incomparable),
    (place("mx"), place("mx/cdmx"), .contains),
    (place("mx/cdmx"), place("us/tx"), .disjoint),
  ])
  func relation(first: ClaimValue, second: ClaimValue, expected: ValueRelation) {
    #expect(ValueRelation.between(first, second, places: Self.places) == expected)
  }
}
