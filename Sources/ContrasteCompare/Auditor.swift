import ContrasteClaims
import ContrasteNormalizer
import Foundation
import Synchronization

/// The whole audit of a corpus: extract each article's claims, then compare them.
public struct Auditor: Sendable {
  public let lexicon: Lexicon
  private let extractor: ClaimExtractor
  let folder: Folder

  public init(lexicon: Lexicon, folder: Folder) throws(ICUError) {
    self.lexicon = lexicon
    self.folder = folder
    self.extractor = try ClaimExtractor(lexicon: lexicon, folder: folder)
  }

  /// What the comparer needs from one article: its claims and shingles.
  public func input(for article: Article, dct: DayDate? = nil) -> ComparisonInput {
    input(for: article, folded: nil, scalars: nil, dct: dct)
  }

  /// The input, reusing `folded` (when the reader already folded the text with this folder's
  /// table) and `scalars` (the text's scalars, which the reader has too).
  func input(for article: Article, folded: FoldedText?, scalars: [Unicode.Scalar]?, dct: DayDate?) -> ComparisonInput {
    // One fold for the tagger, the extractor and the shingles.
    guard let folded = folded ?? (try? folder.fold(article.text)) else {
      return ComparisonInput(article: article, claims: extractor.extract(article, dct: dct), folder: folder)
    }
    let (claims, words) = extractor.extract(
      article, folded: folded, scalars: scalars ?? article.text.scalarArray, dct: dct, hashingWords: true)
    return ComparisonInput(article: article, claims: claims, folded: folded, words: words)
  }

  /// Compares inputs prepared earlier (from `input(for:)` or a cache), partly on `workers` threads.
  public func compare(_ inputs: [ComparisonInput], skipped: [Skipped] = [], workers: Int = 1) -> Audit {
    var comparer = Comparer(lexicon: lexicon)
    comparer.workers = workers
    return comparer.compare(inputs, skipped: skipped)
  }

  /// The inputs of many articles, extracted on `workers` threads.
  ///
  /// Each worker has its own extractor (the first uses this auditor's), so no two threads share
  /// one, and all share the immutable fold table;
  /// results are kept in article order, so the output is the same whatever the number of workers.
  public func inputs(
    for articles: [Article], dct: DayDate? = nil, workers: Int = ProcessInfo.processInfo.activeProcessorCount
  ) -> [ComparisonInput] {
    guard workers > 1, articles.count > 1 else { return articles.map { input(for: $0, dct: dct) } }
    let (lexicon, table) = (self.lexicon, folder.table)
    // The first worker uses this auditor (idle meanwhile); the others build their own.
    let first = Atomic<Bool>(true)
    let results = ParallelMap.map(count: articles.count, workers: workers) {
      first.exchange(false, ordering: .relaxed) ? self : try? Auditor(lexicon: lexicon, folder: Folder(table: table))
    } _: { auditor, index in
      auditor.input(for: articles[index], dct: dct)
    }
    return articles.indices.map { results[$0] ?? input(for: articles[$0], dct: dct) }
  }

  /// Extracts and compares; files the reader skipped are listed in the audit.
  public func audit(
    _ corpus: CorpusReader.Corpus, dct: DayDate? = nil, workers: Int = ProcessInfo.processInfo.activeProcessorCount
  ) -> Audit {
    let inputs = self.inputs(for: corpus.articles, dct: dct, workers: workers)
    let skipped = corpus.skipped.map { Skipped(path: $0.path, reason: $0.description) }
    return compare(inputs, skipped: skipped, workers: workers)
  }
}
