/// A word, number or punctuation mark of folded text, as the recognizer sees it.
///
/// The claim extractor makes its own tokens from these (see `ScannedText`), so kind and
/// offsets are visible across the package.
package struct ScanToken: Sendable {
  package enum Kind: UInt8, Sendable {
    case word
    case number
    case punctuation
  }

  package var kind: Kind
  /// Folded scalar offsets, end exclusive.
  package var start: Int32
  package var end: Int32
  /// Byte offsets into the folded UTF-8, end exclusive.
  package var byteStart: Int32 = 0
  package var byteEnd: Int32 = 0
  /// Lexicon entry of a word the tagger knows, or -1.
  var entry: Int32 = -1
  /// Lexicon entry of a word, the tagger's or one its caller added (see
  /// `TemporalTagger.init(folder:words:)`), or -1.
  package var word: Int32 = -1
  /// Value of a number (-1 when it has more than nine digits); the byte of a punctuation mark
  /// (0x80 for any non-ASCII mark other than the ordinal indicators `º`, `ª`, `°`, stored as 0xBA).
  package var value: Int32 = 0
  /// Number of digits of a number, letters of a word.
  var length: Int16 = 0
  /// Whitespace (or the start of a segment) precedes the token.
  var spaced: Bool = true
  /// The segment (a sentence of an article, a line of plain text) the token belongs to;
  /// expressions never span two segments.
  var segment: Int32 = 0
  /// The sentence the token belongs to: clock times and reference dates look no further.
  var sentence: Int32 = 0
  /// The clause (a sentence, or a part of one between semicolons) the token belongs to: tense
  /// cues are looked for in it first.
  var clause: Int32 = 0

  static let ordinalMark: Int32 = 0xBA
  static let otherMark: Int32 = 0x80
}
