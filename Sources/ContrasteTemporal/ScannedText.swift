/// The tokens the tagger split an article's segments into, for a later stage that splits the
/// same text: the claim extractor makes its tokens from them instead of reading every byte again.
package struct ScannedText: Sendable {
  /// Tokens starting inside a segment, in text order; a token may run past its segment's end.
  package let tokens: [ScanToken]
  /// Folded offsets of segment starts (ascending) that a token begun outside every segment runs
  /// into, so a stage that splits such a segment on its own would start inside that token.
  package let enteredSegments: [Int32]
}
