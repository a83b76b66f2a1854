import Foundation
import Yams

/// The extractor's knowledge of Spanish news, loaded from YAML (format version 1).
///
/// Bodies, event words, hedges, figures, units, roles, topics, places and attribution cues.
public struct Lexicon: Sendable, Codable, Equatable {
  /// A body or group that events belong to.
  public struct Body: Sendable, Codable, Equatable {
    public var key: String
    public var name: String
    public var aliases: [String]
  }

  /// An event type and the words that report one.
  public struct EventType: Sendable, Codable, Equatable {
    public var key: String
    public var name: String
    public var triggers: [String]?
    /// Triggers that name an event only when no `de`/`del` follows (`una operación que …`, but not
    /// `la operación de cárteles`).
    public var weakTriggers: [String]?
    public var verbs: [String]?
    /// Phrases that report the founding (first) session of a body.
    public var founding: [String]?
  }

  /// What a figure counts: head nouns after the number, words before it, units, or a verb later
  /// in the clause (`45 familias … fueron evacuadas`).
  public struct FigureKind: Sendable, Codable, Equatable {
    public var key: String
    public var nouns: [String]?
    public var verbs: [String]?
    public var before: [String]?
    public var units: [String]?
  }

  /// A unit and its factor to the base unit (`toneladas` → 1000 `kg`).
  public struct Unit: Sendable, Codable, Equatable {
    public var unit: String
    public var factor: Double
  }

  /// An office and the titles that name it.
  public struct Role: Sendable, Codable, Equatable {
    public var key: String
    public var titles: [String]
  }

  /// A topic and its synonyms.
  public struct Topic: Sendable, Codable, Equatable {
    public var key: String
    public var synonyms: [String]
  }

  /// A place in the gazetteer; `parent` contains it.
  public struct Place: Sendable, Codable, Equatable {
    public var key: String
    public var name: String
    public var parent: String?
    public var aliases: [String]
  }

  /// Cues that attribute a statement to a source.
  public struct Attribution: Sendable, Codable, Equatable {
    public var before: [String]
    public var verbs: [String]
  }

  public var version: Int
  public var bodies: [Body]
  public var events: [EventType]
  public var next: [String]
  public var previous: [String]
  public var nextPhrases: [String]
  public var ordinals: [String: Int]
  public var dateRoles: [String: [String]]
  public var hedges: [String: Hedge]
  public var figures: [FigureKind]
  public var units: [String: Unit]
  public var roles: [Role]
  public var roleStatus: [String: [String]]
  public var topics: [Topic]
  public var places: [Place]
  public var attribution: Attribution
}

/// How a hedge turns a number into an interval.
public enum Hedge: String, Sendable, Codable, Equatable, CaseIterable {
  /// `más de 125`: (125, ∞).
  case above
  /// `al menos 12`: [12, ∞).
  case atLeast
  /// `cerca de 40`, `unos 40`: [36, 44].
  case about
  /// `casi 50`: [45, 50).
  case almost
  /// `hasta 100`: [0, 100].
  case atMost
  /// `menos de 10`: [0, 10).
  case below
}

/// Why a lexicon could not be loaded.
public struct LexiconError: Error, Sendable, Equatable, CustomStringConvertible {
  public var path: String
  public var problem: String

  public var description: String {
    "\(path): \(problem). Check the file against the format in CONTRIBUTING.md (\"Lexicon\")."
  }
}

extension Lexicon {
  /// The lexicon format this version of Contraste reads.
  public static let formatVersion = 1

  /// The default Spanish lexicon shipped with Contraste.
  public static func bundled() throws(LexiconError) -> Lexicon {
    guard let url = Bundle.module.url(forResource: "lexicon", withExtension: "yml"),
      let text = try? String(contentsOf: url, encoding: .utf8)
    else { throw LexiconError(path: "lexicon.yml", problem: "the default lexicon is missing from the package") }
    return try parse(text, path: "lexicon.yml (default)")
  }

  /// Parses a complete lexicon.
  public static func parse(_ text: String, path: String) throws(LexiconError) -> Lexicon {
    let lexicon: Lexicon
    do {
      lexicon = try YAMLDecoder().decode(Lexicon.self, from: text)
    } catch {
      throw LexiconError(path: path, problem: Self.describe(error))
    }
    guard lexicon.version == formatVersion else {
      throw LexiconError(
        path: path, problem: "format version \(lexicon.version) is not supported (expected \(formatVersion))")
    }
    try lexicon.validateKeys(path: path)
    return lexicon
  }

  /// Merges a user lexicon file on top: entries with the same key replace, new keys are added.
  public func merging(file path: String) throws(LexiconError) -> Lexicon {
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
      throw LexiconError(path: path, problem: "cannot be read")
    }
    let overlay: Overlay
    do {
      overlay = try YAMLDecoder().decode(Overlay.self, from: text)
    } catch {
      throw LexiconError(path: path, problem: Self.describe(error))
    }
    if let version = overlay.version, version != Self.formatVersion {
      throw LexiconError(
        path: path, problem: "format version \(version) is not supported (expected \(Self.formatVersion))")
    }
    var merged = self
    merged.bodies = Self.merge(bodies, overlay.bodies, key: \.key)
    merged.events = Self.merge(events, overlay.events, key: \.key)
    merged.figures = Self.merge(figures, overlay.figures, key: \.key)
    merged.roles = Self.merge(roles, overlay.roles, key: \.key)
    merged.topics = Self.merge(topics, overlay.topics, key: \.key)
    merged.places = Self.merge(places, overlay.places, key: \.key)
    merged.ordinals.merge(overlay.ordinals ?? [:]) { $1 }
    merged.hedges.merge(overlay.hedges ?? [:]) { $1 }
    merged.units.merge(overlay.units ?? [:]) { $1 }
    merged.dateRoles.merge(overlay.dateRoles ?? [:]) { $0 + $1 }
    merged.roleStatus.merge(overlay.roleStatus ?? [:]) { $0 + $1 }
    merged.next += overlay.next ?? []
    merged.previous += overlay.previous ?? []
    merged.nextPhrases += overlay.nextPhrases ?? []
    if let attribution = overlay.attribution {
      merged.attribution.before += attribution.before
      merged.attribution.verbs += attribution.verbs
    }
    try merged.validateKeys(path: path)
    return merged
  }

  /// Keys become parts of event and claim keys: none may be empty or hold `/`, `|` or `=`.
  func validateKeys(path: String) throws(LexiconError) {
    let keys =
      bodies.map { ("bodies", $0.key) } + events.map { ("events", $0.key) } + figures.map { ("figures", $0.key) }
      + roles.map { ("roles", $0.key) } + topics.map { ("topics", $0.key) }
    for (section, key) in keys where key.isEmpty || key.contains(where: { "/|=:\u{1F}".contains($0) }) {
      throw LexiconError(path: path, problem: "\(section) has the key '\(key)', which is empty or holds / | = or :")
    }
  }

  /// A user lexicon: every section optional.
  private struct Overlay: Decodable {
    var version: Int?
    var bodies: [Body]?
    var events: [EventType]?
    var next: [String]?
    var previous: [String]?
    var nextPhrases: [String]?
    var ordinals: [String: Int]?
    var dateRoles: [String: [String]]?
    var hedges: [String: Hedge]?
    var figures: [FigureKind]?
    var units: [String: Unit]?
    var roles: [Role]?
    var roleStatus: [String: [String]]?
    var topics: [Topic]?
    var places: [Place]?
    var attribution: Attribution?
  }

  private static func merge<T>(_ base: [T], _ overlay: [T]?, key: KeyPath<T, String>) -> [T] {
    guard let overlay else { return base }
    var result = base
    for entry in overlay {
      if let index = result.firstIndex(where: { $0[keyPath: key] == entry[keyPath: key] }) {
        result[index] = entry
      } else {
        result.append(entry)
      }
    }
    return result
  }

  private static func describe(_ error: Error) -> String {
    switch error {
    case DecodingError.keyNotFound(let key, let context):
      let path = (context.codingPath.map(\.stringValue) + [key.stringValue]).joined(separator: ".")
      return "the key '\(path)' is missing"
    case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
      return "'\(context.codingPath.map(\.stringValue).joined(separator: "."))' has the wrong type"
    case DecodingError.dataCorrupted(let context):
      let path = context.codingPath.map(\.stringValue).joined(separator: ".")
      return path.isEmpty ? "not valid YAML (\(context.debugDescription))" : "'\(path)' is invalid"
    default:
      return "not valid YAML (\(error))"
    }
  }
}
