import ContrasteCompare
import Foundation

/// Findings accepted today: with `--baseline`, only findings not in it count.
///
/// Findings are matched by fingerprint (attribute, event, normalised values and article ids),
/// which does not change when the text around a claim moves or is edited.
public struct Baseline: Sendable, Codable, Equatable {
  /// An accepted finding, with enough to read the file by eye.
  public struct Entry: Sendable, Codable, Equatable {
    public var fingerprint: String
    public var rule: String
    public var attribute: String
    public var articles: [String]
  }

  public var version = 1
  public var entries: [Entry]

  public init(findings: [Finding]) {
    entries = findings.map { finding in
      Entry(
        fingerprint: finding.fingerprint, rule: finding.rule, attribute: finding.attribute,
        articles: Array(Set(finding.values.flatMap(\.articles) + finding.documents)).sorted())
    }
    .sorted { $0.fingerprint < $1.fingerprint }
  }

  public var fingerprints: Set<String> { Set(entries.map(\.fingerprint)) }

  public static func read(_ path: String) throws(CheckError) -> Baseline {
    guard let data = FileManager.default.contents(atPath: path),
      let baseline = try? JSONDecoder().decode(Baseline.self, from: data), baseline.version == 1
    else { throw .baselineInvalid(path: path) }
    return baseline
  }

  /// The baseline as stable JSON.
  public func json() throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return try encoder.encode(self) + Data("\n".utf8)
  }
}
