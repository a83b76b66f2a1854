/// The formats a discrepancy report can be written in.
public enum ReportFormat: String, Sendable, CaseIterable {
  case text
  case markdown
  case html
  case json
}
