import ContrasteNormalizer

/// Finds Spanish temporal expressions and resolves them against the publication date (DCT).
public struct TemporalTagger {
  public init(folder: Folder) throws(ICUError) {}
}
