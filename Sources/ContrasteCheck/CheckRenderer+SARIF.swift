import ContrasteClaims
import ContrasteCompare
import Foundation

extension CheckRenderer {
  /// What each rule means, for SARIF's rule metadata.
  static let ruleHelp: [String: (short: String, help: String)] = [
    "contradiction": (
      "The article contradicts the corpus.",
      "Two values for the same event cannot both be true (disjoint dates, places or figure intervals). Check the quoted evidence of every outlet; fix the article, or suppress with <!-- contraste-disable ATTRIBUTE: reason --> when the corpus is wrong."
    ),
    "compatible": (
      "The article differs from the corpus in a way that can be explained.",
      "The values can both be true (a refinement, or a role that changed between the articles' dates). Review it."
    ),
    "inconsistency": (
      "The article contradicts itself.",
      "A weekday that does not match its date, or a date announced as future although the article's date is past it."
    ),
  ]

  func sarif(_ result: Checker.Result) throws -> String {
    let checked = Set(result.checked)
    var rules: [String: [String: Any]] = [:]
    var results: [[String: Any]] = []
    for finding in result.audit.findings {
      let ruleID = "contraste/\(finding.rule)"
      let kind =
        finding.kind == .contradiction
        ? "contradiction" : finding.kind == .inconsistency ? "inconsistency" : "compatible"
      let help = Self.ruleHelp[kind] ?? ("Contraste finding.", "See the README.")
      rules[ruleID] = [
        "id": ruleID, "name": finding.rule.split(separator: "-").map { $0.capitalized }.joined(),
        "shortDescription": ["text": help.short], "fullDescription": ["text": help.help],
        "help": ["text": help.help, "markdown": help.help],
        "defaultConfiguration": ["level": level(finding.severity)],
      ]
      let (primary, related) = locations(finding, checked: checked)
      var entry: [String: Any] = [
        "ruleId": ruleID, "level": level(finding.severity),
        "message": ["text": message(finding, audit: result.audit)],
        // Fingerprints from the claims, not from lines: alerts survive edits that move text.
        "partialFingerprints": ["contraste/v1": finding.fingerprint],
      ]
      if let primary { entry["locations"] = [location(primary, audit: result.audit)] }
      entry["relatedLocations"] = related.enumerated().map { index, evidence in
        var related = location(evidence, audit: result.audit)
        related["id"] = index + 1
        related["message"] = ["text": "\(evidence.article): «\(evidence.quote)»"]
        return related
      }
      results.append(entry)
    }
    let log: [String: Any] = [
      "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
      "version": "2.1.0",
      "runs": [
        [
          "tool": [
            "driver": [
              "name": "contraste", "version": version, "semanticVersion": version,
              "informationUri": "https://github.com/contraste/contraste",
              "rules": rules.keys.sorted().compactMap { rules[$0] },
            ]
          ],
          "results": results,
          "columnKind": "unicodeCodePoints",
        ]
      ],
    ]
    let data = try JSONSerialization.data(
      withJSONObject: log, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
    return String(decoding: data, as: UTF8.self) + "\n"
  }

  private func level(_ severity: Severity) -> String {
    switch severity {
    case .error: "error"
    case .warning: "warning"
    case .info: "note"
    }
  }

  private func location(_ evidence: Evidence, audit: Audit) -> [String: Any] {
    [
      "physicalLocation": [
        "artifactLocation": ["uri": path(evidence.article, in: audit)],
        "region": [
          "startLine": evidence.line, "startColumn": evidence.column, "endLine": evidence.line,
          "endColumn": evidence.column + evidence.quote.unicodeScalars.count,
          "snippet": ["text": evidence.quote],
        ],
      ]
    ]
  }
}
