import ContrasteClaims
import ContrasteCompare
import ContrasteNormalizer
import ContrasteReport
import Testing

/// Article text and metadata are inert in the HTML report.
@Suite("HTML escaping")
struct HTMLEscapingTests {
  @Test func hostileArticleTextRendersInert() throws {
    let hostile = """
      MADRID, 4 de marzo de 2025.- El <script>alert('x')</script> sismo de magnitud 5,2 dejó al menos 3 muertos, \
      informó <img src=x onerror=alert(1)> Protección Civil.

      Otro medio, <a href="javascript:alert(2)">aquí</a>, dijo que el sismo dejó 7 muertos.
      """
    let calm = "MADRID, 4 de marzo de 2025.- El sismo de magnitud 5,2 dejó 1 muerto, según Protección Civil."
    let reader = try ArticleReader()
    var corpus = CorpusReader.Corpus()
    corpus.articles = [
      try reader.article(id: "<b>hostil</b>.txt", source: "hostil.txt", text: hostile, outlet: "<script>x</script>"),
      try reader.article(id: "tranquilo.txt", source: "tranquilo.txt", text: calm),
    ]
    let audit = try Auditor(lexicon: Lexicon.bundled(), folder: reader.folder).audit(corpus)
    let texts = Dictionary(uniqueKeysWithValues: corpus.articles.map { ($0.id, $0.text) })
    let html = try ReportRenderer().render(audit, format: .html, texts: texts)
    #expect(!html.contains("<script>alert"))
    #expect(!html.contains("<img"))
    #expect(!html.contains("<a href"))
    #expect(!html.contains("<b>hostil"))
    #expect(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"))
    #expect(html.contains("&lt;b&gt;hostil&lt;/b&gt;.txt"))
    #expect(html.contains("default-src 'none'"))
    // The report found the contradiction and quotes both sides in context.
    #expect(audit.findings.contains { $0.kind == .contradiction && $0.attribute == "figure.deaths" })
    #expect(html.contains("<mark>1 muerto</mark>"))
    #expect(html.contains("<mark>7 muertos</mark>"))
  }
}
