import ContrasteClaims

/// The result of comparing a corpus: documents, events, dependence clusters and findings.
public struct Audit: Sendable, Codable {
  /// Version of the JSON schema this value serialises to (see `docs/report-schema.md`).
  public static let schemaVersion = 1

  public var schemaVersion: Int = Audit.schemaVersion
  public var documents: [Document]
  public var events: [EventCluster]
  public var sourceClusters: [[String]]
  public var findings: [Finding]
  /// Files that could not be read, with the reason.
  public var skipped: [Skipped]

  public init(
    documents: [Document], events: [EventCluster], sourceClusters: [[String]], findings: [Finding],
    skipped: [Skipped]
  ) {
    self.documents = documents
    self.events = events
    self.sourceClusters = sourceClusters
    self.findings = findings
    self.skipped = skipped
  }

  /// The highest severity among contradictions and inconsistencies, if any.
  public func worst(of kinds: Set<Finding.Kind>) -> Severity? {
    // Read in place: copying every finding of a large audit to filter it cost a tenth of a second.
    var worst: Severity?
    for index in findings.indices where kinds.contains(findings[index].kind) {
      let severity = findings[index].severity
      if worst.map({ severity > $0 }) ?? true { worst = severity }
    }
    return worst
  }
}

/// An article in the audit.
public struct Document: Sendable, Hashable, Codable {
  public var id: String
  public var path: String
  public var outlet: String?
  public var title: String?
  public var date: String?
  public var dateSource: String?

  public init(id: String, path: String, outlet: String?, title: String?, date: String?, dateSource: String?) {
    self.id = id
    self.path = path
    self.outlet = outlet
    self.title = title
    self.date = date
    self.dateSource = dateSource
  }
}

/// An event as the corpus tells it: one id, a label, and the article mentions.
public struct EventCluster: Sendable, Hashable, Codable {
  public var id: String
  public var label: String
  public var mentions: [Evidence]
}

/// A file that was not read.
public struct Skipped: Sendable, Hashable, Codable {
  public var path: String
  /// The full message: the path, what is wrong, how to fix it.
  public var reason: String

  public init(path: String, reason: String) {
    self.path = path
    self.reason = reason
  }
}
