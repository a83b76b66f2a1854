import ContrasteClaims
import ContrasteCompare
import ContrasteNormalizer
import Foundation

/// Loads a corpus as comparison inputs: from the claim cache for unchanged files, read and
/// extracted (then cached) for the rest.
public struct CorpusLoader {
  let reader: ArticleReader
  let checker: Checker
  let cache: ClaimCache?

  public init(reader: ArticleReader, checker: Checker, cache: ClaimCache?) {
    self.reader = reader
    self.checker = checker
    self.cache = cache
  }

  /// The inputs of every article file under `corpus`, and the files that could not be read.
  public func inputs(_ corpus: String) -> ([ComparisonInput], [ReaderError]) {
    var inputs: [ComparisonInput] = []
    var skipped: [ReaderError] = []
    let root = corpus.hasSuffix("/") ? String(corpus.dropLast()) : corpus
    for file in CorpusReader.files(in: root) {
      if let cached = cache?.inputs(for: file) {
        inputs += cached
        continue
      }
      let result = reader.read(path: file, id: String(file.dropFirst(root.count + 1)))
      let read = result.articles.map { checker.input(for: $0) }
      skipped += result.errors
      if result.errors.isEmpty { cache?.store(read, for: file) }
      inputs += read
    }
    return (inputs, skipped)
  }
}

extension ClaimCache {
  /// The cache key: Contraste's version and a fingerprint of the lexicon in use.
  public static func key(version: String, lexicon: Lexicon) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = .sortedKeys  // dictionary order is seeded per process
    let data = (try? encoder.encode(lexicon)) ?? Data()
    var value: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in data {
      value ^= UInt64(byte)
      value &*= 0x100_0000_01b3
    }
    return "\(version)|\(String(value, radix: 16))"
  }
}
