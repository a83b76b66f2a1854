import ContrasteClaims
import ContrasteCompare
import ContrasteNormalizer

/// Checks new or edited articles against a corpus: what they contradict, and nothing else.
public struct Checker {
  public let configuration: CheckConfiguration
  private let auditor: Auditor

  public init(lexicon: Lexicon, folder: Folder, configuration: CheckConfiguration) throws(ICUError) {
    self.configuration = configuration
    self.auditor = try Auditor(lexicon: lexicon, folder: folder)
  }

  /// What a check found.
  public struct Result: Sendable {
    /// The audit of corpus and new articles, with only the findings that count for the check.
    public var audit: Audit
    /// Ids of the articles checked.
    public var checked: [String]
    /// Findings silenced by a suppression comment or the baseline.
    public var suppressed: [Finding]
    public var baselined: [Finding]
    /// Suppression comments without a reason (ignored).
    public var unexplained: [String]
  }

  /// The comparison input of a corpus article (to cache it).
  public func input(for article: Article) -> ComparisonInput { auditor.input(for: article) }

  /// The inputs of a file's articles, reusing the fold the reader kept (`keepsFolded`).
  package func inputs(of read: ArticleReader.FileResult, reader: ArticleReader) -> [ComparisonInput] {
    auditor.inputs(of: read, reader: reader, dct: nil)
  }

  /// Checks `new` against the corpus (as comparison inputs, from the cache or `input(for:)`).
  ///
  /// A new article replaces the corpus article with the same id.
  public func check(new: [Article], corpus: [ComparisonInput], skipped: [ReaderError], baseline: Baseline?) -> Result {
    let ignored = configuration.ignore.map(Glob.init)
    func kept(_ id: String, _ path: String) -> Bool { !ignored.contains { $0.matches(id) || $0.matches(path) } }
    let newArticles = new.filter { kept($0.id, $0.source) }
    let newIDs = Set(newArticles.map(\.id))
    let newInputs = newArticles.map { auditor.input(for: $0) }
    let candidates = corpus.filter { kept($0.document.id, $0.document.path) && !newIDs.contains($0.document.id) }
    // Only the corpus articles a finding about the new ones can involve are compared.
    let inputs = Comparer(lexicon: auditor.lexicon).related(candidates, to: newInputs) + newInputs
    var audit = auditor.compare(inputs, skipped: skipped.map { Skipped(path: $0.path, reason: $0.description) })

    var suppressions: [String: [Suppression]] = [:]
    var unexplained: [String] = []
    for article in newArticles {
      let found = Suppression.find(in: article)
      for suppression in found where suppression.reason.isEmpty {
        unexplained.append("\(article.source):\(suppression.line)")
      }
      suppressions[article.id] = found.filter { !$0.reason.isEmpty }
    }
    var kept: [Finding] = []
    var suppressed: [Finding] = []
    var baselined: [Finding] = []
    for var finding in audit.findings {
      let articles = Set(finding.values.flatMap(\.articles) + finding.documents)
      let involved = articles.intersection(newIDs)
      guard !involved.isEmpty,
        finding.kind == .contradiction || finding.kind == .inconsistency
          || finding.severity >= .warning
      else { continue }
      if let severity = severity(for: finding.attribute) { finding.severity = severity }
      if involved.contains(where: { id in suppressions[id]?.contains { $0.covers(finding.attribute) } ?? false }) {
        suppressed.append(finding)
      } else if baseline?.fingerprints.contains(finding.fingerprint) ?? false {
        baselined.append(finding)
      } else {
        kept.append(finding)
      }
    }
    audit.findings = kept
    return Result(
      audit: audit, checked: newArticles.map(\.id).sorted(), suppressed: suppressed, baselined: baselined,
      unexplained: unexplained)
  }

  /// The configured severity for an attribute: exact (`figure.deaths`) before family (`figure`).
  private func severity(for attribute: String) -> Severity? {
    if let exact = configuration.severities[attribute] { return exact }
    let family = String(attribute.prefix { $0 != "." })
    return configuration.severities[family]
  }
}
