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
}
