/// Precomputed folds for the scalars news text is made of, built once from ICU itself.
///
/// Each entry is what ICU's fold gives for the scalar alone (then typography). The table
/// also records which scalars may be folded alone (`simple`) and which cut the text into chunks
/// whose folds are independent (`breaker`): a chunk holding any other scalar goes to ICU whole.
/// The table is immutable and `Sendable`, so tasks share one and each opens its own transliterator.
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
    try self.init(options: options) { (units) throws(ICUError) in
      try ICUFolding.fold(utf16: units, keepEnye: options.keepEnye)
    }
  }

  /// Builds the table with `fold` as ICU's fold of a scalar's UTF-16 (`FoldTableTests` builds
  /// one with the transliterator itself).
  init(options: FoldOptions, fold: ([UInt16]) throws(ICUError) -> [UInt16]) throws(ICUError) {
    var kinds = [UInt8](repeating: 0, count: Int(Self.bound))
    var utf8: [UInt8] = []
    var utf8Start: [Int32] = [0]
    var scalarCount = [UInt8](repeating: 0, count: Int(Self.bound))
    utf8.reserveCapacity(Int(Self.bound) * 2)
    for value in 0..<Self.bound {
      defer { utf8Start.append(Int32(utf8.count)) }
      guard let scalar = Unicode.Scalar(value) else { continue }  // surrogates stay complex
      let folded = try fold(Array(String(scalar).utf16))
      var output = String(decoding: folded, as: UTF16.self).unicodeScalars.map(\.value)
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
  }
}
