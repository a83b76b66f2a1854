/// Precomputed folds for the scalars news text is made of, built once from ICU itself.
///
/// Each entry is what ICU's fold gives for the scalar alone (then typography). The table
/// also records which scalars may be folded alone (`simple`) and which cut the text into chunks
/// whose folds are independent (`breaker`): a chunk holding any other scalar goes to ICU whole.
/// The table is immutable and `Sendable`: build it once and share it between tasks.
public struct FoldTable: Sendable {
  enum Kind: UInt8 {
    case complex = 0
    case simple = 1
    case breaker = 2
  }

  /// Scalars below this bound have an entry; the rest always go to ICU.
  static let bound: UInt32 = 0x2070
  public let options: FoldOptions
  let kinds: [UInt8]
  /// UTF-8 of each entry's output, concatenated; `utf8Start[s]..<utf8Start[s + 1]`.
  let utf8: [UInt8]
  let utf8Start: [Int32]

  /// What an ASCII byte folds to: always one ASCII byte.
  func folded(ascii byte: UInt8) -> UInt8 { utf8[Int(utf8Start[Int(byte)])] }
  /// Number of scalars in each entry's output.
  let scalarCount: [UInt8]

  /// Builds the table by asking ICU for every scalar below `bound`.
  public init(options: FoldOptions = FoldOptions()) throws(ICUError) {
    try self.init(options: options, batched: true) { (units) throws(ICUError) in
      try ICUFolding.fold(utf16: units, keepEnye: options.keepEnye)
    }
  }

  /// Builds the table with `fold` as ICU's fold of UTF-16 text (`FoldTableTests` builds one
  /// with the transliterator itself, scalar by scalar).
  ///
  /// `batched` folds every scalar in one call, each followed by a line feed. A line feed ends
  /// every context the fold looks at (a normalisation boundary on both sides, neither cased nor
  /// case-ignorable, so it also ends a final sigma's context), so each piece between line feeds
  /// is what the scalar gives alone.
  init(options: FoldOptions, batched: Bool, fold: ([UInt16]) throws(ICUError) -> [UInt16]) throws(ICUError) {
    let pieces = batched ? try Self.batchedFolds(fold) : nil
    var kinds = [UInt8](repeating: 0, count: Int(Self.bound))
    var utf8: [UInt8] = []
    var utf8Start: [Int32] = [0]
    var scalarCount = [UInt8](repeating: 0, count: Int(Self.bound))
    utf8.reserveCapacity(Int(Self.bound) * 2)
    for value in 0..<Self.bound {
      defer { utf8Start.append(Int32(utf8.count)) }
      guard let scalar = Unicode.Scalar(value) else { continue }  // surrogates stay complex
      var output: [UInt32]
      if let piece = pieces?[Int(value)] {
        output = piece
      } else {
        let folded = try fold(Array(String(scalar).utf16))
        output = String(decoding: folded, as: UTF16.self).unicodeScalars.map(\.value)
      }
      let isSimple =
        UnicodeProperties.nfcHasBoundaryBefore(value) && !UnicodeProperties.isNonspacingMark(value)
        && value != 0x03A3  // capital sigma lowercases by context (final sigma)
        && output.allSatisfy { UnicodeProperties.nfcHasBoundaryBefore($0) }
      guard isSimple else { continue }
      let isBreaker =
        UnicodeProperties.nfcHasBoundaryAfter(value) && !UnicodeProperties.isCased(value)
        && !UnicodeProperties.isCaseIgnorable(value) && output == [value]
      if options.unifyTypography {
        output = output.flatMap { Typography.replacement(for: $0) ?? [$0] }
      }
      kinds[Int(value)] = isBreaker ? Kind.breaker.rawValue : Kind.simple.rawValue
      scalarCount[Int(value)] = UInt8(output.count)
      for out in output { utf8.append(contentsOf: String(Unicode.Scalar(out)!).utf8) }
    }
    self.options = options
    self.kinds = kinds
    self.utf8 = utf8
    self.utf8Start = utf8Start
    self.scalarCount = scalarCount
    // ASCII folds to its lowercase under every option (typography maps no ASCII): the fold's
    // writing pass lowercases ASCII runs with arithmetic, not through the table.
    for byte in UInt8(0)..<128 {
      let lower: UInt8 = byte &- 0x41 < 26 ? byte | 0x20 : byte
      precondition(folded(ascii: byte) == lower, "ICU folds ASCII \(byte) to \(folded(ascii: byte))")
    }
  }

  /// The fold of every scalar below `bound` but the line feed (indexed by value; nil for it and
  /// for surrogates), from one call of `fold`; nil when the pieces do not line up with the
  /// scalars, and then the caller folds scalar by scalar.
  static func batchedFolds(_ fold: ([UInt16]) throws(ICUError) -> [UInt16]) throws(ICUError) -> [[UInt32]?]? {
    let values = (0..<bound).filter { $0 != 0x0A && Unicode.Scalar($0) != nil }
    var batch: [UInt16] = []
    batch.reserveCapacity(values.count * 2)
    for value in values {
      guard let scalar = Unicode.Scalar(value) else { continue }
      batch.append(contentsOf: scalar.utf16)
      batch.append(0x0A)
    }
    let folded = String(decoding: try fold(batch), as: UTF16.self)
    let pieces = folded.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false)
    // Every scalar's piece, then the empty piece after the last line feed.
    guard pieces.count == values.count + 1, pieces.last?.isEmpty == true else { return nil }
    var outputs = [[UInt32]?](repeating: nil, count: Int(bound))
    for (value, piece) in zip(values, pieces) { outputs[Int(value)] = piece.map(\.value) }
    return outputs
  }
}
