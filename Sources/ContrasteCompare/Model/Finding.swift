import ContrasteClaims

/// One result of comparing what the articles say: an agreement, a refinement, a contradiction.
///
/// Findings are data, not errors: the report renders them and the CLI decides the exit code.
public struct Finding: Sendable, Hashable, Codable {
  /// What the comparison found.
  public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
    /// The articles give the same value.
    case agreement
    /// The values can both be true (one refines the other, or a role changed over time).
    case compatible
    /// The values cannot both be true.
    case contradiction
    /// Only one article (or one independent source) gives the value.
    case singleSource = "single-source"
    /// One article contradicts itself (a weekday that does not match its date).
    case inconsistency
    /// Articles that copy or relay the same text or source.
    case dependence
  }

  public var kind: Kind
  public var severity: Severity
  /// Event cluster id (`gis/reunion/2`), when the finding is about an event.
  public var event: String?
  /// Readable event label.
  public var eventLabel: String?
  /// The attribute compared (`date.happened`, `place`, `role`…).
  public var attribute: String
  /// Rule id, stable across versions (`date-contradiction`).
  public var rule: String
  /// Message parts; the report renders them in its language.
  public var message: Message
  public var values: [FindingValue]
  /// For dependence findings: the articles involved.
  public var documents: [String]
  /// Stable across line moves: attribute + normalised values + article ids.
  public var fingerprint: String
}

/// How much a finding matters.
public enum Severity: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
  case info
  case warning
  case error

  private var rank: Int {
    switch self {
    case .info: 0
    case .warning: 1
    case .error: 2
    }
  }

  public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// A finding's message as a template and arguments, so reports can render it in any language.
public struct Message: Sendable, Hashable, Codable {
  /// Template id, such as `date.contradiction`.
  public var id: String
  public var arguments: [String: String]

  public init(_ id: String, _ arguments: [String: String] = [:]) {
    self.id = id
    self.arguments = arguments
  }
}

/// One value in a finding, with the evidence for it.
public struct FindingValue: Sendable, Hashable, Codable {
  /// Normalised value (`2025-12-11`, `us/tx/mcallen`, `above 125`).
  public var value: String
  /// How to show it (`11 de diciembre de 2025`).
  public var display: String
  public var evidence: [Evidence]
  /// Distinct independent-source clusters among the articles giving this value.
  public var independentSources: Int
  /// Articles giving this value.
  public var articles: [String]
  /// True when at least one article states the value (not only infers it).
  public var stated: Bool
  /// Articles that only inferred the value (a year taken from another date).
  public var inferredIn: [String]
  /// True when some article gives it through attribution (`según el comunicado`).
  public var attributed: Bool
}
