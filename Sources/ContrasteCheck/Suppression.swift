import ContrasteNormalizer
import Foundation

/// An inline suppression in an article: `<!-- contraste-disable date: la fuente corrigió la fecha -->`.
///
/// It silences findings of that attribute (`date`, `place`, `figure`, `figure.deaths`, `role`…)
/// that involve the article. The reason after the colon is required so reviewers see why.
public struct Suppression: Sendable, Equatable {
  public var attribute: String
  public var reason: String
  /// Where the comment is, for messages.
  public var line: Int

  /// The suppressions written in `article`.
  public static func find(in article: Article) -> [Suppression] {
    var result: [Suppression] = []
    let marker = "<!-- contraste-disable"
    var rest = article.text[...]
    while let start = rest.range(of: marker) {
      guard let end = rest[start.upperBound...].range(of: "-->") else { break }
      let body = rest[start.upperBound..<end.lowerBound].trimmingCharacters(in: .whitespaces)
      let parts = body.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
      let offset = article.text.unicodeScalars.distance(
        from: article.text.unicodeScalars.startIndex,
        to: start.lowerBound.samePosition(in: article.text.unicodeScalars)
          ?? article.text.unicodeScalars.startIndex)
      if let attribute = parts.first, !attribute.isEmpty {
        result.append(
          Suppression(
            attribute: attribute, reason: parts.count > 1 ? parts[1] : "", line: article.location(of: offset).line))
      }
      rest = rest[end.upperBound...]
    }
    return result
  }

  /// True when this suppression covers findings of `attribute`.
  public func covers(_ attribute: String) -> Bool {
    attribute == self.attribute || attribute.hasPrefix(self.attribute + ".")
  }
}
