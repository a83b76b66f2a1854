import ContrasteNormalizer
import ContrasteTemporal
import FuzzSupport

@testable import ContrasteClaims

nonisolated(unsafe) let reader = try! ArticleReader()
nonisolated(unsafe) let extractor = try! ClaimExtractor(lexicon: Lexicon.bundled(), folder: reader.folder)

/// Reads the input as an article and splits its sentences into claim tokens twice: from the
/// tagger's tokens and from the folded bytes. The two must be the same.
// libFuzzer looks the callback up by this name too.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzClaimTokens(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  guard let data else { return 0 }
  let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
  guard let article = try? reader.article(id: "f", source: "f.txt", text: text),
    let folded = try? extractor.folder.fold(article.text)
  else { return 0 }
  let original = article.text.scalarArray
  let (_, _, scanned) = extractor.tagger.scan(
    article, folded: folded, original: UTF8Text(article.text), dct: nil, hashingWords: true)
  let fromBytes = extractor.sentences(of: article, folded: folded, original: original)
  let fromScan = extractor.sentences(of: article, folded: folded, original: original, scanned: scanned)
  precondition(fromScan.map(\.range) == fromBytes.map(\.range), "sentence ranges differ")
  for (scan, bytes) in zip(fromScan, fromBytes) {
    precondition(scan.tokens == bytes.tokens, "tokens differ in \(scan.range)")
  }
  return 0
}

@main
enum Main {
  static func main() { runFuzzer(fuzzClaimTokens) }
}
