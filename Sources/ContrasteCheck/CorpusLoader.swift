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

  /// The inputs of the article files under `corpus` that can relate to `new` (all of them
  /// without a cache), and the files that could not be read.
  ///
  /// Changed files are read, extracted and cached; unchanged ones are decoded from the cache
  /// only when they share an event family, a person or an LSH band with a new article.
  public func inputs(_ corpus: String, relatedTo new: [ComparisonInput]? = nil) -> ([ComparisonInput], [ReaderError]) {
    let (inputs, skipped, _) = load(corpus, relatedTo: new)
    return (inputs, skipped)
  }

  /// As `inputs(_:relatedTo:)`, with how many files were read rather than taken from the cache.
  public func load(_ corpus: String, relatedTo new: [ComparisonInput]? = nil)
    -> (inputs: [ComparisonInput], skipped: [ReaderError], read: (files: Int, of: Int))
  {
    var read = 0
    var inputs: [ComparisonInput] = []
    // The reader keeps each article's fold, so the extractor does not fold it again.
    var reader = self.reader
    reader.keepsFolded = true
    var skipped: [ReaderError] = []
    let root = corpus.hasSuffix("/") ? String(corpus.dropLast()) : corpus
    let files = CorpusReader.files(in: root)
    let fresh = cache?.fresh(files) ?? []
    let wanted = new.map { new in cache?.paths(sharing: Set(new.flatMap { Comparer.terms(of: $0) })) ?? [] }
    for file in files {
      if fresh.contains(file) {
        if wanted.map({ $0.contains(file) }) ?? true, let cached = cache?.inputs(for: file) { inputs += cached }
        continue
      }
      let result = reader.read(path: file, id: String(file.dropFirst(root.count + 1)))
      let extracted = checker.inputs(of: result, reader: reader)
      read += 1
      skipped += result.errors
      if result.errors.isEmpty { cache?.store(extracted, for: file) }
      inputs += extracted
    }
    return (inputs, skipped, (read, files.count))
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
