import ContrasteClaims
import ContrasteCompare
import ContrasteNormalizer
import ContrasteReport
import Testing

/// The audit is the same bytes whatever the number of extraction threads.
@Suite("Deterministic output")
struct DeterminismTests {
  @Test(arguments: ["seeds", "Fixtures/claims/sismo-oaxaca", "Fixtures/claims/operativo-decomiso"])
  func oneAndSeveralThreadsGiveTheSameReport(folder: String) throws {
    let reader = try ArticleReader()
    let corpus = CorpusReader(reader: reader).read([AuditFixtures.path(folder)])
    let auditor = try Auditor(lexicon: Lexicon.bundled(), folder: reader.folder)
    let one = try ReportRenderer().render(auditor.audit(corpus, workers: 1), format: .json)
    let three = try ReportRenderer().render(auditor.audit(corpus, workers: 3), format: .json)
    #expect(one == three)
  }

  /// The CLI's path: files read and extracted on each worker, texts dropped as claims come out.
  @Test(arguments: ["seeds", "Fixtures/claims/sismo-oaxaca", "Fixtures/reader"])
  func streamedAuditMatchesTheInMemoryOneForAnyThreadCount(folder: String) throws {
    let reader = try ArticleReader()
    let path = AuditFixtures.path(folder)
    let auditor = try Auditor(lexicon: Lexicon.bundled(), folder: reader.folder)
    let inMemory = try ReportRenderer().render(
      auditor.audit(CorpusReader(reader: reader).read([path]), workers: 1), format: .json)
    for workers in [1, 2, 5] {
      let streamed = auditor.audit(paths: [path], reader: reader, workers: workers)
      #expect(try ReportRenderer().render(streamed.audit, format: .json) == inMemory, "\(workers) workers")
    }
  }

  /// Many near-copies fill LSH buckets past the size where they are split and searched by
  /// representative: copy detection, planned on several threads, still gives the same report.
  @Test func bucketsOfManyCopiesGiveTheSameReportOnAnyThreadCount() throws {
    let reader = try ArticleReader()
    let seeds = CorpusReader(reader: reader).read([AuditFixtures.path("seeds")]).articles
    var corpus = CorpusReader.Corpus()
    for copy in 1...40 {
      for seed in seeds {
        corpus.articles.append(
          try reader.article(id: "\(copy)-\(seed.id)", source: seed.source, text: seed.text + "\n\nCopia \(copy)."))
      }
    }
    let auditor = try Auditor(lexicon: Lexicon.bundled(), folder: reader.folder)
    let one = auditor.audit(corpus, workers: 1)
    // Each seed's copies are one source; the two rewrites of one communiqué join theirs (80
    // articles: a bucket still too large after splitting).
    #expect(one.sourceClusters.count == 4)
    #expect(one.sourceClusters.map(\.count).sorted() == [40, 40, 40, 80])
    let json = try ReportRenderer().render(one, format: .json)
    for workers in [2, 3] {
      #expect(try ReportRenderer().render(auditor.audit(corpus, workers: workers), format: .json) == json)
    }
  }

  /// Two JSONL files repeating a record id: the second article is renamed, claims and all.
  @Test func repeatedIDsAreRenamedWithTheirClaims() throws {
    let reader = try ArticleReader()
    let path = AuditFixtures.path("Fixtures/reader/corpus.jsonl")
    let auditor = try Auditor(lexicon: Lexicon.bundled(), folder: reader.folder)
    let streamed = auditor.audit(paths: [path, path], reader: reader, workers: 2)
    let inMemory = auditor.audit(CorpusReader(reader: reader).read([path, path]), workers: 1)
    #expect(
      try ReportRenderer().render(streamed.audit, format: .json) == ReportRenderer().render(inMemory, format: .json))
    let ids = streamed.audit.documents.map(\.id)
    #expect(Set(ids).count == ids.count)
    #expect(ids.contains { $0.hasSuffix("#2") })
  }
}
