import ContrasteClaims
import ContrasteNormalizer

/// The whole audit of a corpus: extract each article's claims, then compare them.
public struct Auditor {
  public let lexicon: Lexicon
  private let extractor: ClaimExtractor
  private let folder: Folder

  public init(lexicon: Lexicon, folder: Folder) throws(ICUError) {
    self.lexicon = lexicon
    self.folder = folder
    self.extractor = try ClaimExtractor(lexicon: lexicon, folder: folder)
  }

  /// What the comparer needs from one article: its claims and shingles.
  public func input(for article: Article, dct: DayDate? = nil) -> ComparisonInput {
    // One fold for the tagger, the extractor and the shingles.
    guard let folded = try? folder.fold(article.text) else {
      return ComparisonInput(article: article, claims: extractor.extract(article, dct: dct), folder: folder)
    }
    return ComparisonInput(
      article: article, claims: extractor.extract(article, folded: folded, dct: dct), folded: folded)
  }

  /// Compares inputs prepared earlier (from `input(for:)` or a cache).
  public func compare(_ inputs: [ComparisonInput], skipped: [Skipped] = []) -> Audit {
    Comparer(lexicon: lexicon).compare(inputs, skipped: skipped)
  }

  /// Extracts and compares; files the reader skipped are listed in the audit.
  public func audit(_ corpus: CorpusReader.Corpus, dct: DayDate? = nil) -> Audit {
    let inputs = corpus.articles.map { input(for: $0, dct: dct) }
    let skipped = corpus.skipped.map { Skipped(path: $0.path, reason: $0.description) }
    return Comparer(lexicon: lexicon).compare(inputs, skipped: skipped)
  }
}
