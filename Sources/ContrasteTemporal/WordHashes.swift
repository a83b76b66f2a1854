/// The hashes of an article's words in text order, made while the tagger tokenises it, so that
/// copy detection does not scan the text again.
///
/// A word is a run of letters and digits (any script; `2ª` and `g20` are one word each) inside
/// one non-boilerplate segment; its hash is FNV-1a of its folded UTF-8 followed by a space. This
/// is what `DependenceDetector.shingles(folded:ranges:)` computes from the folded text, and
/// `ShingleWordsTests` checks the two agree. Where the tokenizer's letters and these words
/// could differ (a letter of U+0250…U+036F that is neither alphabetic nor numeric, a token
/// crossing a segment's edge), `complete` is false and the caller scans the text instead.
package struct WordHashes: Sendable {
  package var values: [UInt64] = []
  package var complete = true

  private static let latin1WordScalars: [Bool] = (0..<0x100).map { value in
    let scalar = Unicode.Scalar(UInt8(value))
    return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
  }

  /// FNV-1a's offset basis and prime: the tokenizer's word hash, and copy detection's.
  package static let seed: UInt64 = 0xcbf2_9ce4_8422_2325
  package static let prime: UInt64 = 0x100_0000_01b3

  /// True for a letter or digit beyond ASCII: what a word is made of, for copy detection.
  ///
  /// ASCII is tested by table where words are scanned. The tokenizer reads some of these as
  /// punctuation (`º`, `ª`, `²`, digits of other scripts); they still belong to words.
  package static func isWordScalar(_ value: UInt32) -> Bool {
    // Latin-1 marks (`«`, `»`, `¿`, `°`) are most of them: answered from a table.
    if value < 0x100 { return latin1WordScalars[Int(value)] }
    guard let scalar = Unicode.Scalar(value) else { return false }
    return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
  }
}
