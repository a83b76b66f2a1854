/// The language a report is written in.
public enum ReportLanguage: String, Sendable, CaseIterable, Codable {
  case spanish = "es"
  case english = "en"
}
