import ContrasteNormalizer
import ContrasteTemporal
import Foundation
import Testing

/// Runs the tagger on `Fixtures/temporal/gold.jsonl` and reports value accuracy per form.
@Suite struct GoldTests {
  struct GoldCase: Decodable {
    struct Mention: Decodable {
      var start: Int
      var end: Int
      var text: String
      var type: String
      var value: String
      var anchor: String
    }

    var id: String
    var form: String
    var dct: String?
    var text: String
    var mentions: [Mention]
  }

  static var goldURL: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("Fixtures/temporal/gold.jsonl")
  }

  static func loadCases() throws -> [GoldCase] {
    let data = try Data(contentsOf: goldURL)
    let decoder = JSONDecoder()
    return try String(decoding: data, as: UTF8.self).split(separator: "\n").map {
      try decoder.decode(GoldCase.self, from: Data($0.utf8))
    }
  }

  @Test func valueAccuracyOnGold() throws {
    try #require(FileManager.default.fileExists(atPath: Self.goldURL.path), "gold file missing")
    let cases = try Self.loadCases()
    let tagger = try TemporalTagger(folder: Folder())
    var total = 0
    var correct = 0
    var perForm: [String: (correct: Int, total: Int)] = [:]
    var falsePositives = 0
    var negativeFalsePositives = 0
    var misses: [String] = []
    for goldCase in cases {
      let dct = goldCase.dct.flatMap { DayDate(iso: $0) }
      let predicted = tagger.tag(goldCase.text, dct: dct)
      for mention in goldCase.mentions {
        total += 1
        let overlapping = predicted.filter { $0.range.overlaps(mention.start..<mention.end) }
        let best = overlapping.max { first, second in
          first.range.clamped(to: mention.start..<mention.end).count
            < second.range.clamped(to: mention.start..<mention.end).count
        }
        let hit = best?.value == mention.value
        if hit { correct += 1 }
        var counts = perForm[goldCase.form] ?? (0, 0)
        counts.total += 1
        if hit { counts.correct += 1 }
        perForm[goldCase.form] = counts
        if !hit {
          let got = best.map { "\($0.text) → \($0.value) (\($0.anchor.rawValue))" } ?? "nothing"
          misses.append("\(goldCase.id): [\(mention.text)] want \(mention.value) (\(mention.anchor)), got \(got)")
        }
      }
      for mention in predicted
      where !goldCase.mentions.contains(where: { mention.range.overlaps($0.start..<$0.end) }) {
        falsePositives += 1
        if goldCase.form == "negative" { negativeFalsePositives += 1 }
        misses.append("\(goldCase.id): extra [\(mention.text)] → \(mention.value)")
      }
    }
    let accuracy = Double(correct) / Double(max(total, 1))
    var report = "gold value accuracy: \(correct)/\(total) = \(String(format: "%.1f", accuracy * 100))%\n"
    for (form, counts) in perForm.sorted(by: { $0.key < $1.key }) {
      let percent = String(format: "%.1f", Double(counts.correct) / Double(max(counts.total, 1)) * 100)
      report += "  \(form): \(counts.correct)/\(counts.total) = \(percent)%\n"
    }
    report +=
      "false positives on negative cases: \(negativeFalsePositives); extra mentions overall: \(falsePositives)\n"
    print(report)
    if ProcessInfo.processInfo.environment["CONTRASTE_GOLD_VERBOSE"] != nil { print(misses.joined(separator: "\n")) }
    #expect(accuracy >= 0.95, "value accuracy \(accuracy) is under 95%")
  }
}
