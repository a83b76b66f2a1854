import ContrasteNormalizer

/// Something odd about a temporal expression that the tagger resolved anyway.
public struct TemporalDiagnostic: Sendable, Hashable, Codable {
  /// The kinds of problem.
  public enum Kind: String, Sendable, Hashable, Codable {
    /// The written weekday is not the weekday of the date (`miércoles 11 de diciembre de 2025`).
    case weekdayMismatch = "weekday-mismatch"
  }

  public let kind: Kind
  /// The ISO weekday written in the text (1 = Monday).
  public let writtenWeekday: Int?
  /// The ISO weekday of the resolved date.
  public let actualWeekday: Int?
  /// A sentence for people: what is wrong and what the value is based on.
  public let message: String

  /// A weekday mismatch: the text says `written`, but `date` falls on another day.
  static func weekdayMismatch(written: Int, date: DayDate) -> TemporalDiagnostic {
    let names = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
    return TemporalDiagnostic(
      kind: .weekdayMismatch, writtenWeekday: written, actualWeekday: date.weekday,
      message: "the text says \(names[written - 1]) but \(date) is a \(names[date.weekday - 1]); "
        + "the value follows the date")
  }
}
