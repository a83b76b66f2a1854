import ContrasteCompare
import Foundation
import Yams

/// `.contraste.yml`: the settings of `contraste check`, found by walking up from the working
/// directory, or given with `--config` or `CONTRASTE_CONFIG`.
public struct CheckConfiguration: Sendable, Equatable {
  /// Folder of published articles, relative to the configuration file.
  public var corpus: String?
  /// User lexicons, relative to the configuration file.
  public var lexicons: [String] = []
  public var failLevel: Severity?
  public var format: String?
  /// Glob patterns (`*`, `**`, `?`) of article paths never checked nor compared.
  public var ignore: [String] = []
  /// Severity per finding attribute (`date`, `figure.deaths`, `role`…), overriding the default.
  public var severities: [String: Severity] = [:]
  /// Where the file was read from (nil when no file was found).
  public var path: String?

  public init() {}

  /// The keys a configuration file may use.
  static let keys: Set<String> = ["corpus", "lexicons", "failLevel", "format", "ignore", "severities"]
  static let formats: Set<String> = ["text", "json", "github", "sarif", "junit"]

  /// The file name looked for.
  public static let fileName = ".contraste.yml"

  /// Loads `explicit` (from `--config`), else `CONTRASTE_CONFIG`, else the nearest
  /// `.contraste.yml` from `directory` upwards; an empty configuration when there is none.
  public static func load(explicit: String?, environment: [String: String], directory: String)
    throws(CheckError) -> CheckConfiguration
  {
    if let path = explicit ?? environment["CONTRASTE_CONFIG"] {
      guard FileManager.default.fileExists(atPath: path) else { throw .configNotFound(path: path) }
      return try parse(file: path)
    }
    var folder = URL(fileURLWithPath: directory).standardizedFileURL
    while true {
      let candidate = folder.appendingPathComponent(fileName).path
      if FileManager.default.fileExists(atPath: candidate) { return try parse(file: candidate) }
      let parent = folder.deletingLastPathComponent()
      if parent.path == folder.path { return CheckConfiguration() }
      folder = parent
    }
  }

  /// Parses a configuration file; unknown keys and bad values are errors naming key and file.
  public static func parse(file path: String) throws(CheckError) -> CheckConfiguration {
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
      throw .configUnreadable(path: path)
    }
    let node: Node?
    do {
      node = try Yams.compose(yaml: text)
    } catch {
      throw .configInvalid(path: path, key: "", problem: "it is not valid YAML")
    }
    var configuration = CheckConfiguration()
    configuration.path = path
    guard let node else { return configuration }
    guard let mapping = node.mapping else {
      throw .configInvalid(path: path, key: "", problem: "it must be a mapping of keys to values")
    }
    for (keyNode, value) in mapping {
      guard let key = keyNode.string, keys.contains(key) else {
        throw .configUnknownKey(path: path, key: keyNode.string ?? "?")
      }
      switch key {
      case "corpus":
        guard let corpus = value.string else {
          throw .configInvalid(path: path, key: key, problem: "must be a folder path")
        }
        configuration.corpus = corpus
      case "lexicons", "ignore":
        guard let list = value.sequence?.compactMap(\.string), list.count == value.sequence?.count else {
          throw .configInvalid(path: path, key: key, problem: "must be a list of strings")
        }
        if key == "lexicons" { configuration.lexicons = list } else { configuration.ignore = list }
      case "failLevel":
        guard let text = value.string, let level = Severity(rawValue: text) else {
          throw .configInvalid(path: path, key: key, problem: "must be info, warning or error")
        }
        configuration.failLevel = level
      case "format":
        guard let text = value.string, formats.contains(text) else {
          throw .configInvalid(path: path, key: key, problem: "must be text, json, github, sarif or junit")
        }
        configuration.format = text
      default:
        guard let entries = value.mapping else {
          throw .configInvalid(path: path, key: key, problem: "must map attributes to info, warning or error")
        }
        for (attribute, level) in entries {
          guard let name = attribute.string, let text = level.string, let severity = Severity(rawValue: text) else {
            throw .configInvalid(
              path: path, key: "severities.\(attribute.string ?? "?")", problem: "must be info, warning or error")
          }
          configuration.severities[name] = severity
        }
      }
    }
    return configuration
  }

  /// A path relative to the configuration file's folder (or as given when absolute).
  public func resolve(_ relative: String) -> String {
    guard !relative.hasPrefix("/"), let path else { return relative }
    return URL(fileURLWithPath: path).deletingLastPathComponent().appendingPathComponent(relative).path
  }
}
