import ContrasteCompare
import Testing

/// The multi-outlet fixture sets: the intended contradictions are found, and nothing else is.
@Suite("Fixture set audits")
struct FixtureAuditTests {
  @Test(arguments: ["sismo-oaxaca", "incendio-forestal"])
  func agreeingSetsHaveNoContradiction(set: String) throws {
    let audit = try AuditFixtures.audit("Fixtures/claims/" + set)
    #expect(audit.findings.filter { $0.kind == .contradiction }.isEmpty)
    #expect(audit.findings.contains { $0.kind == .agreement })
  }

  @Test(arguments: [
    ("votacion-congreso", ["figure.votes-against", "figure.votes-for"]),
    ("cumbre-ministros", ["date"]),
    ("operativo-decomiso", ["figure.detainees"]),
  ])
  func intendedContradictionsAndNoOthers(set: String, attributes: [String]) throws {
    let audit = try AuditFixtures.audit("Fixtures/claims/" + set)
    let contradictions = audit.findings.filter { $0.kind == .contradiction }
    #expect(contradictions.map(\.attribute).sorted() == attributes)
  }

  @Test func copiedWireStoryIsOneSource() throws {
    let audit = try AuditFixtures.audit("Fixtures/claims/incendio-forestal")
    let dependence = try #require(audit.findings.first { $0.kind == .dependence })
    #expect(dependence.documents == ["agencia-sur.md", "diario-andino.txt"])
    #expect(dependence.message.arguments["reason"] == "dependence.copy")
    let agreements = audit.findings.filter { $0.kind == .agreement && !$0.values.isEmpty }
    #expect(agreements.allSatisfy { $0.values.allSatisfy { $0.independentSources == 1 } })
  }

  @Test func operationDetaineesKeepEveryValueWithItsEvidence() throws {
    let audit = try AuditFixtures.audit("Fixtures/claims/operativo-decomiso")
    let finding = try #require(audit.findings.first { $0.attribute == "figure.detainees" })
    #expect(Set(finding.values.map(\.value)) == ["exact 5", "exact 17", "atLeast 15"])
    #expect(finding.values.allSatisfy { !$0.evidence.isEmpty })
  }
}

/// Inconsistencies inside one article.
@Suite("Inconsistencies")
struct InconsistencyTests {
  @Test func weekdayMismatchAndFutureBeforeDatelineAreReported() throws {
    let audit = try AuditFixtures.audit("Fixtures/audit/inconsistencias")
    let found = audit.findings.filter { $0.kind == .inconsistency }
    #expect(Set(found.map(\.rule)) == ["weekday-mismatch", "future-before-dateline"])
    let weekday = try #require(found.first { $0.rule == "weekday-mismatch" })
    #expect(weekday.documents == ["maraton.md"])
    #expect(weekday.values.first?.evidence.first?.quote == "domingo 24 de noviembre de 2025")
    let future = try #require(found.first { $0.rule == "future-before-dateline" })
    #expect(future.documents == ["feria-libro.txt"])
    #expect(future.values.first?.evidence.first?.quote.contains("15 de noviembre de 2025") == true)
    #expect(future.severity == .warning)
  }
}
