import ContrasteCompare
import Testing

/// What the seeds audit must show (issue 5): the dated contradiction, the compatible next
/// meeting, the earlier meeting's place, the roles, and nothing from 004's other meeting.
@Suite("Seeds audit")
struct SeedAuditTests {
  let audit: Audit

  init() throws { audit = try AuditFixtures.audit("seeds") }

  func lookup(_ kind: Finding.Kind, event: String? = nil, attribute: String) -> Finding? {
    audit.findings.first { $0.kind == kind && $0.attribute == attribute && (event == nil || $0.event == event) }
  }

  @Test func dateOfTheSecondMeetingIsAContradiction() throws {
    let finding = try #require(lookup(.contradiction, event: "gis/reunion/2", attribute: "date"))
    #expect(finding.severity == .error)
    #expect(finding.values.map(\.value) == ["2025-12-11", "2026-01-10"])
    let december = finding.values[0]
    #expect(december.articles == ["000_1b03d4391e48621e.txt", "001_e8a27daeb1ae8e9e.txt", "004_e843446c8cb880ce.txt"])
    #expect(december.independentSources == 2)  // 000 and 001 relay one communiqué
    #expect(december.inferredIn == ["000_1b03d4391e48621e.txt", "001_e8a27daeb1ae8e9e.txt"])
    #expect(
      december.evidence.map(\.quote) == [
        "el pasado 11 de diciembre", "el pasado 11 de diciembre", "la mañana de este 11 de diciembre",
      ])
    let january = finding.values[1]
    #expect(january.articles == ["003_719986d765f086e2.txt"])
    #expect(january.evidence.map(\.quote) == ["ayer"])
    #expect(january.evidence.first?.line == 3)
    #expect(january.evidence.first?.column == 66)
    #expect(finding.message.arguments["majority"] == "2025-12-11")
  }

  @Test func nextMeetingAgreesAndIsCompatibleWithTheResumption() throws {
    let finding = try #require(lookup(.compatible, event: "gis/reunion/3", attribute: "date"))
    #expect(finding.values.map(\.value) == ["2026-01", "2026-01-23"])
    #expect(
      finding.values[0].articles == [
        "000_1b03d4391e48621e.txt", "001_e8a27daeb1ae8e9e.txt", "003_719986d765f086e2.txt",
      ])
    #expect(finding.values[1].articles == ["002_44ee2ae36a015fe3.txt"])
  }

  @Test func earlierMeetingWasInMcAllen() throws {
    let finding = try #require(lookup(.agreement, event: "gis/reunion/1", attribute: "place"))
    #expect(finding.values.map(\.value) == ["us/tx/mcallen"])
    #expect(finding.values[0].independentSources == 3)
  }

  @Test func rolesAgreeOrExplainTheirDifference() throws {
    let roles = audit.findings.filter { $0.attribute == "role" }
    let johnson = try #require(roles.first { $0.message.arguments["person"] == "Ronald Johnson" })
    #expect(johnson.kind == .agreement)
    #expect(johnson.values.map(\.value) == ["ronald johnson=embajador"])
    let velasco = try #require(roles.first { $0.message.arguments["person"] == "Roberto Velasco" })
    #expect(velasco.kind == .compatible)
    #expect(
      Set(velasco.values.flatMap(\.articles)) == [
        "000_1b03d4391e48621e.txt", "003_719986d765f086e2.txt", "004_e843446c8cb880ce.txt",
      ])
    let fuente = try #require(roles.first { $0.message.arguments["person"] == "Juan Ramón de la Fuente" })
    #expect(fuente.kind == .compatible)
    #expect(fuente.message.arguments["days"] == "35")
    #expect(
      fuente.values.map(\.value) == ["juan ramon de la fuente=canciller", "juan ramon de la fuente=canciller:onLeave"])
  }

  @Test func theCommuniqueRewritesAreOneSource() throws {
    let dependence = try #require(audit.findings.first { $0.kind == .dependence })
    #expect(dependence.documents == ["000_1b03d4391e48621e.txt", "001_e8a27daeb1ae8e9e.txt"])
    #expect(audit.sourceClusters.count == 4)
  }

  @Test func nothingFromTheOtherMeetingCreditsOrHeadlines() {
    let quotes = audit.findings.flatMap { $0.values.flatMap(\.evidence) }
    #expect(!quotes.contains { $0.quote.contains("2 de diciembre") || $0.quote.contains("Suecia") })
    #expect(!quotes.contains { $0.article.hasPrefix("004") && $0.line == 1 })  // metadata line and caption
    #expect(!quotes.contains { $0.article.hasPrefix("003") && ($0.line == 1 || $0.line == 20) })
    #expect(!quotes.contains { $0.quote.contains("SRE_mx") })
    #expect(audit.findings.filter { $0.kind == .contradiction }.count == 1)
  }
}
