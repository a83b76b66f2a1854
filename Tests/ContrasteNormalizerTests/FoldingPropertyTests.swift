import ContrasteNormalizer
import Testing

/// The fast path must give exactly what ICU's transliterator gives, on any Unicode text.
@Suite("Folding matches ICU's transliterator")
struct FoldingPropertyTests {
  /// SplitMix64: a small deterministic generator so failures reproduce.
  struct Generator: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
  }

  /// Ranges the generator draws from: Spanish text, its neighbours, and the hard cases
  /// (combining marks, final sigma, Hangul jamo, singletons, astral characters).
  static let pools: [ClosedRange<UInt32>] = [
    0x20...0x7E, 0x20...0x7E, 0xA0...0xFF, 0xA0...0xFF, 0x100...0x24F, 0x300...0x36F, 0x370...0x3FF,
    0x3A3...0x3A3, 0x400...0x4FF, 0x1E00...0x1EFF, 0x2000...0x206F, 0x1100...0x11FF, 0x2100...0x214F,
    0xAC00...0xAC20, 0x0900...0x097F, 0x0B00...0x0BFF, 0x4E00...0x4E40, 0x1F600...0x1F64F,
    0x0...0x10FFFF,
  ]

  static func randomText(_ generator: inout Generator) -> String {
    var scalars = String.UnicodeScalarView()
    for _ in 0..<Int.random(in: 0...24, using: &generator) {
      let pool = pools.randomElement(using: &generator)!
      if let scalar = Unicode.Scalar(UInt32.random(in: pool, using: &generator)) { scalars.append(scalar) }
    }
    return String(scalars)
  }

  @Test(arguments: [true, false])
  func fastPathEqualsTransliterator(keepEnye: Bool) throws {
    let options = FoldOptions(keepEnye: keepEnye, unifyTypography: false)
    let folder = try Folder(options: options)
    let reference = try Transliterator(id: options.transliteratorID)
    var generator = Generator(state: keepEnye ? 2025 : 2026)
    var failures: [String] = []
    for _ in 0..<20_000 {
      let text = Self.randomText(&generator)
      let fast = try folder.fold(text)
      let expected = try reference.apply(text)
      if fast.string != expected, failures.count < 5 {
        failures.append(text.unicodeScalars.map { String($0.value, radix: 16) }.joined(separator: " "))
      }
      // The offset map covers the original text in order.
      #expect(fast.originalCount == text.unicodeScalars.count)
      if fast.count > 0 {
        #expect(fast.originalRange(of: 0..<fast.count).upperBound <= fast.originalCount)
      }
    }
    #expect(failures.isEmpty, "texts (scalars in hex) where the fast path differs: \(failures)")
  }

  /// In text where every scalar folds on its own (ASCII runs, Spanish letters, guillemets), the
  /// offset map sends each original scalar to exactly the folded scalars of its own fold.
  @Test(arguments: [true, false])
  func offsetMapFollowsEachScalar(unifyTypography: Bool) throws {
    let folder = try Folder(options: FoldOptions(keepEnye: true, unifyTypography: unifyTypography))
    let alphabet = Array("abc XYZ 019 .,;:-\n\táéíóúñÑüÜ¿¡«»“”—".unicodeScalars)
    var generator = Generator(state: 7)
    for _ in 0..<2_000 {
      let scalars = (0..<Int.random(in: 0...60, using: &generator)).map { _ in
        alphabet.randomElement(using: &generator) ?? " "
      }
      let fast = try folder.fold(String(String.UnicodeScalarView(scalars)))
      var folded = 0
      for (index, scalar) in scalars.enumerated() {
        let length = try folder.fold(String(scalar)).count
        #expect(fast.foldedOffset(ofOriginal: index) == folded)
        for offset in folded..<(folded + length) {
          #expect(fast.originalRange(of: offset..<(offset + 1)) == index..<(index + 1))
        }
        folded += length
      }
      #expect(fast.count == folded && fast.foldedOffset(ofOriginal: scalars.count) == folded)
    }
  }

  /// Long ASCII runs (which both passes skip eight bytes at a time) ending next to scalars only
  /// ICU can fold (combining marks, final sigma, astral, soft hyphen, ellipsis): the text and
  /// the offset map stay exactly right at every run length and every chunk boundary.
  @Test(arguments: [true, false])
  func asciiRunsBesideComplexScalars(unifyTypography: Bool) throws {
    let options = FoldOptions(keepEnye: true, unifyTypography: unifyTypography)
    let folder = try Folder(options: options)
    let reference = try Transliterator(id: options.transliteratorID)
    let complex = ["\u{301}", "\u{308}\u{301}", "Σ", "ΟΔΟΣ ", "😀", "\u{AD}", "…", "ǅ", "ﬁ", "n\u{303}", "«", "—"]
    let plain = Array("el Gobierno federal anuncio 1.500 millones, en Tijuana. ")
    var generator = Generator(state: unifyTypography ? 41 : 42)
    for _ in 0..<3_000 {
      var text = ""
      for _ in 0..<Int.random(in: 1...5, using: &generator) {
        let run = Int.random(in: 0...40, using: &generator)
        let offset = Int.random(in: 0..<plain.count, using: &generator)
        text += String((0..<run).map { plain[(offset + $0) % plain.count] })
        text += complex.randomElement(using: &generator) ?? ""
      }
      let fast = try folder.fold(text)
      if !unifyTypography {
        #expect(
          Array(fast.string.unicodeScalars) == Array(try reference.apply(text).unicodeScalars),
          "\(text.debugDescription)")
      }
      // The map runs forward over the whole text, and each original scalar's folded stretch
      // maps back to a range that holds it.
      let originalCount = text.unicodeScalars.count
      #expect(fast.originalCount == originalCount && fast.foldedOffset(ofOriginal: originalCount) == fast.count)
      var previousStart = 0
      for offset in 0..<fast.count {
        let range = fast.originalRange(of: offset..<(offset + 1))
        #expect(
          range.lowerBound >= previousStart && range.upperBound <= originalCount,
          "\(text.debugDescription) at \(offset)")
        previousStart = range.lowerBound
      }
      for index in 0..<originalCount {
        let stretch = fast.foldedOffset(ofOriginal: index)..<fast.foldedOffset(ofOriginal: index + 1)
        guard !stretch.isEmpty else { continue }
        #expect(fast.originalRange(of: stretch).contains(index), "\(text.debugDescription) at \(index)")
      }
    }
  }

  @Test func spanishSentenceEqualsTransliterator() throws {
    let text = "ÁÉÍÓÚÜÑ áéíóúüñ ¿Dónde? ¡Sí! Ω ΣΟΦΟΣ Ὀδυσσεύς İstanbul ǅemal ﬁn Å"
    for keepEnye in [true, false] {
      let options = FoldOptions(keepEnye: keepEnye, unifyTypography: false)
      #expect(try Folder(options: options).key(text) == Transliterator(id: options.transliteratorID).apply(text))
    }
  }
}
