import ContrasteNormalizer

/// One thing an article states, typed and normalised, with the exact words that support it.
public struct Claim: Sendable, Hashable, Codable {
  /// `<article>#<n>`, stable for the same text and lexicon.
  public var id: String
  public var article: String
  /// The event the claim belongs to (its key), when it belongs to one.
  public var event: String?
  /// What the claim is about: `event`, `date.happened`, `date.start`, `date.effective`, `place`,
  /// `participant`, `leader`, `role`, `figure.deaths`, `ordinal`, `topic`.
  public var attribute: String
  public var value: ClaimValue
  public var evidence: Evidence
  /// Who the article says said it (`el comunicado`, `la SRE`), when attributed.
  public var attribution: String?
  /// The extraction rule that produced it.
  public var rule: String
  /// Extraction confidence, 0–1.
  public var confidence: Double

  /// The claim type used for precision and recall: the attribute before its first dot.
  public var type: String { String(attribute.prefix { $0 != "." }) }
}

/// An event as one article mentions it.
public struct EventMention: Sendable, Hashable, Codable {
  /// How the mention relates to the article's current event.
  public enum Relation: String, Sendable, Hashable, Codable {
    /// The event itself.
    case this
    /// The next event of its series (`la siguiente reunión`, `volver a reunirse`).
    case next
    /// An earlier one (`la reunión previa`, `la primera edición`).
    case previous
  }

  /// `body/type/ordinal` with `?` for what the text does not give, such as `gis/reunion/2`.
  public var key: String
  public var body: String?
  public var type: String
  public var ordinal: Int?
  public var relation: Relation
  public var evidence: Evidence
}

/// Everything extracted from one article.
public struct ArticleClaims: Sendable, Codable {
  public var article: String
  public var events: [EventMention]
  public var claims: [Claim]
  /// Lexicon bodies the article attributes its account to (`el Departamento de Estado detalló`).
  public var sources: [String]
  /// Problems inside the article, such as a weekday that does not match its date.
  public var diagnostics: [ArticleDiagnostic]
  /// The day the article speaks from: its publication date, else estimated (see `referenceSource`).
  public var reference: DayDate?
  /// `publication`, or `latest-past-date` when estimated from the latest past date it states.
  public var referenceSource: String?
}

/// A problem inside one article.
public struct ArticleDiagnostic: Sendable, Hashable, Codable {
  /// `weekday-mismatch`.
  public var kind: String
  /// Readable detail, in English (reports translate the kind).
  public var detail: String
  public var evidence: Evidence
}
