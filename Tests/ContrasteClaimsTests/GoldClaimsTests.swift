import ContrasteClaims
import ContrasteNormalizer
import Foundation
import Testing

/// Precision and recall of the extractor against hand-written gold claims: the seeds and every
/// multi-outlet fixture set in `Fixtures/claims/`.
@Suite("Gold claims")
struct GoldClaimsTests {
  struct GoldClaim: Decodable {
    var article: String
    var attribute: String
    var value: String
    var quote: String
    var event: String?
  }

  /// A fixture set: where its articles are, its gold file and its lexicon.
  struct GoldSet {
    var name: String
    var articles: String
    var gold: String
    var lexicon: String?
  }

  static func sets() throws -> [GoldSet] {
    let root = ClaimsTestSupport.path("Fixtures/claims")
    var sets = [GoldSet(name: "seeds", articles: ClaimsTestSupport.path("seeds"), gold: root + "/seeds/gold.json")]
    for name in try FileManager.default.contentsOfDirectory(atPath: root).sorted() where name != "seeds" {
      let folder = root + "/" + name
      guard FileManager.default.fileExists(atPath: folder + "/gold.json") else { continue }
      let lexicon = folder + "/lexicon.yml"
      sets.append(
        GoldSet(
          name: name, articles: folder, gold: folder + "/gold.json",
          lexicon: FileManager.default.fileExists(atPath: lexicon) ? lexicon : nil))
    }
    return sets
  }

  /// Counts per claim type.
  struct Score {
    var truePositives = 0
    var predicted = 0
    var gold = 0
    var found = 0
    var precision: Double { predicted == 0 ? 1 : Double(truePositives) / Double(predicted) }
    var recall: Double { gold == 0 ? 1 : Double(found) / Double(gold) }
  }

  static func type(_ attribute: String) -> String { String(attribute.prefix { $0 != "." }) }

  @Test func precisionAndRecallPerClaimType() throws {
    var scores: [String: Score] = [:]
    var misses: [String] = []
    var extras: [String] = []
    for set in try Self.sets() {
      let gold = try JSONDecoder().decode([GoldClaim].self, from: Data(contentsOf: URL(fileURLWithPath: set.gold)))
      let extractor = try ClaimsTestSupport.extractor(lexicons: set.lexicon.map { [$0] } ?? [])
      let corpus = CorpusReader(reader: try ArticleReader()).read([set.articles])
      let articles = Dictionary(corpus.articles.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
      let goldTypes = Set(gold.map { Self.type($0.attribute) })
      var predicted: [Claim] = []
      for id in articles.keys.sorted() where gold.contains(where: { $0.article == id }) {
        guard let article = articles[id] else { continue }
        predicted += extractor.extract(article).claims.filter { goldTypes.contains($0.type) }
      }
      // Where each gold quote occurs, in scalar offsets (every occurrence).
      func spans(_ claim: GoldClaim) -> [Range<Int>] {
        guard let text = articles[claim.article]?.text else { return [] }
        var result: [Range<Int>] = []
        var searchStart = text.startIndex
        while let range = text.range(of: claim.quote, range: searchStart..<text.endIndex) {
          let start = text.unicodeScalars.distance(from: text.startIndex, to: range.lowerBound)
          result.append(start..<(start + claim.quote.unicodeScalars.count))
          searchStart = range.upperBound
        }
        return result
      }
      func matches(_ claim: Claim, _ expected: GoldClaim) -> Bool {
        guard claim.article == expected.article, claim.attribute == expected.attribute,
          claim.value.key == expected.value
        else { return false }
        if let event = expected.event, claim.event != event { return false }
        return spans(expected).contains { $0.overlaps(claim.evidence.start..<claim.evidence.end) }
      }
      for claim in predicted {
        scores[claim.type, default: Score()].predicted += 1
        if gold.contains(where: { matches(claim, $0) }) {
          scores[claim.type, default: Score()].truePositives += 1
        } else {
          extras.append("\(set.name) \(claim.article) \(claim.attribute)=\(claim.value.key) «\(claim.evidence.quote)»")
        }
      }
      for expected in gold {
        scores[Self.type(expected.attribute), default: Score()].gold += 1
        if predicted.contains(where: { matches($0, expected) }) {
          scores[Self.type(expected.attribute), default: Score()].found += 1
        } else {
          misses.append("\(set.name) \(expected.article) \(expected.attribute)=\(expected.value) «\(expected.quote)»")
        }
      }
    }
    print("claim type     precision  recall   (predicted / gold)")
    for type in scores.keys.sorted() {
      let score = scores[type] ?? Score()
      print(
        type.padding(toLength: 14, withPad: " ", startingAt: 0)
          + String(format: "%9.3f %7.3f   (%d / %d)", score.precision, score.recall, score.predicted, score.gold))
    }
    print("missed:\n  " + misses.joined(separator: "\n  "))
    print("not in gold:\n  " + extras.joined(separator: "\n  "))
    for (type, score) in scores.sorted(by: { $0.key < $1.key }) {
      #expect(score.precision >= 0.95, "precision of \(type) claims is \(score.precision)")
      #expect(score.recall >= 0.80, "recall of \(type) claims is \(score.recall)")
    }
  }
}
