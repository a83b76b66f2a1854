import ContrasteNormalizer
import Foundation

/// What the extractor knows while it walks an article's sentences in order.
struct ExtractionState {
  let article: Article
  private(set) var claims: [Claim] = []
  private(set) var events: [EventMention] = []
  /// The event the article is currently about.
  var current: EventMention?
  /// The event mentioned last, whatever its relation (for `en aquella ocasión`).
  var lastMentioned: String?
  /// The earliest day each event is dated to so far.
  var firstDay: [String: DayDate] = [:]
  /// People named so far (folded full names), so `Baeza Quintana` is `Rogelio Baeza Quintana`.
  var people: [String] = []
  /// The attribution of the sentence being read.
  var attribution: String?
  /// Bodies named in attributions.
  var sources: Set<String> = []
  var diagnostics: [ArticleDiagnostic] = []
  var reference: DayDate?
  /// The DCT was inferred (a dateline without a year), so DCT-anchored dates are inferred.
  var dctInferred = false
  var referenceSource: String?
  private var seen: Set<Identity> = []
  /// Event claims quoted from an unnamed mention (`la reunión`) before the event was named.
  private var provisional: Set<String> = []

  /// The article's scalars, for quoting ranges in constant time.
  let scalars: [Unicode.Scalar]

  /// The article's UTF-8 and where each scalar starts in it, for fast quotes.
  let original: UTF8Text

  /// The article's folded UTF-8, which tokens' byte ranges index.
  let folded: [UInt8]

  init(article: Article, scalars: [Unicode.Scalar], original: UTF8Text? = nil, folded: [UInt8]) {
    self.article = article
    self.scalars = scalars
    self.original = original ?? UTF8Text(article.text)
    self.folded = folded
    // Room for a long article's claims from the start: a set that grows rehashes every
    // identity (three strings) at each doubling.
    seen.reserveCapacity(64)
  }

  /// A token's folded text.
  func text(_ token: TextToken) -> String { token.string(in: folded) }

  /// The original text of a scalar range.
  func quote(_ range: Range<Int>) -> String {
    original.quote(range)
  }

  /// Evidence for an original scalar range of the article.
  func evidence(_ range: Range<Int>) -> Evidence {
    let location = article.location(of: range.lowerBound)
    return Evidence(
      article: article.id, start: range.lowerBound, end: range.upperBound, line: location.line,
      column: location.column, quote: quote(range))
  }

  /// Records a claim unless the article already made the same one (same event, attribute, value).
  mutating func add(
    event: String?, attribute: String, value: ClaimValue, range: Range<Int>, rule: String, confidence: Double
  ) {
    guard seen.insert(Identity(event: event, attribute: attribute, value: value.key)).inserted else {
      // An event first met as `la reunión` and named later is quoted where it is named.
      if attribute == "event",
        let index = claims.firstIndex(where: { $0.attribute == "event" && $0.value.key == value.key }),
        provisional.contains(claims[index].id)
      {
        claims[index].evidence = evidence(range)
        provisional.remove(claims[index].id)
      }
      return
    }
    if attribute.hasPrefix("date."), let event, let first = value.date?.first,
      firstDay[event].map({ first < $0 }) ?? true
    {
      firstDay[event] = first
    }
    // Built by appending: interpolating the count goes through its generic description.
    var id = article.id
    id.append("#")
    id.append(String(claims.count + 1))
    claims.append(
      Claim(
        id: id, article: article.id, event: event, attribute: attribute, value: value,
        evidence: evidence(range), attribution: attribution, rule: rule, confidence: confidence))
  }

  mutating func add(_ mention: EventMention) { events.append(mention) }

  /// True when the article already made this claim.
  func hasClaim(event: String?, attribute: String, value: String) -> Bool {
    seen.contains(Identity(event: event, attribute: attribute, value: value))
  }

  /// True when the event's claim still quotes an unnamed mention (`la reunión`).
  func isProvisional(event: String) -> Bool {
    guard !provisional.isEmpty else { return false }
    return claims.contains { $0.attribute == "event" && $0.value.key == event && provisional.contains($0.id) }
  }

  /// Gives claims and mentions made under a provisional event key their real key.
  mutating func rekey(_ old: String, to new: String) {
    guard old != new else { return }
    for index in claims.indices where claims[index].event == old { claims[index].event = new }
    for index in events.indices where events[index].key == old {
      events[index].key = new
      let parts = new.fields(separatedBy: "/")
      if parts.count == 3 {
        events[index].body = parts[0] == "?" ? nil : String(parts[0])
        events[index].ordinal = Int(parts[2])
      }
    }
    for index in claims.indices where claims[index].attribute == "event" && claims[index].value.key == old {
      claims[index].value.key = new
      provisional.insert(claims[index].id)
    }
    seen = Set(
      seen.map {
        Identity(
          scope: $0.scope.replacingOccurrences(of: old, with: new), attribute: $0.attribute,
          value: $0.value.replacingOccurrences(of: old, with: new))
      })
  }

  /// What makes two claims of an article the same claim: their event, attribute and value.
  ///
  /// Three strings rather than one joined key: hashing them costs less than building the key.
  struct Identity: Hashable {
    var scope: String
    var attribute: String
    var value: String
  }

  func result() -> ArticleClaims {
    // Compacted: an audit keeps every article's claims to the end, and arrays grown by doubling
    // leave up to half of each buffer empty (the heap peak at 10,000 articles fell by a seventh).
    ArticleClaims(
      article: article.id, events: events.compacted(), claims: claims.compacted(), sources: sources.sorted(),
      diagnostics: diagnostics, reference: reference, referenceSource: referenceSource)
  }
}

extension ExtractionState.Identity {
  /// The identity of a claim about `event` (none for topics and roles: one per article,
  /// whatever event is being told).
  init(event: String?, attribute: String, value: String) {
    let scope = attribute == "topic" || attribute == "role" ? "-" : event ?? "-"
    self.init(scope: scope, attribute: attribute, value: value)
  }
}
