import Testing

@testable import ContrasteNormalizer

/// The fold table built with ICU's normalizers in one batched call equals the table built with
/// the folding transliterator itself, scalar by scalar, for every scalar it covers.
@Suite("Fold table")
struct FoldTableTests {
  @Test(arguments: [(true, true), (true, false), (false, true), (false, false)])
  func tableEqualsTheTransliteratorsTable(keepEnye: Bool, unifyTypography: Bool) throws {
    let options = FoldOptions(keepEnye: keepEnye, unifyTypography: unifyTypography)
    let table = try FoldTable(options: options)
    let transliterator = try Transliterator(id: options.transliteratorID)
    let reference = try FoldTable(options: options, batched: false) { (units) throws(ICUError) in
      try transliterator.apply(utf16: units)
    }
    #expect(table.kinds == reference.kinds)
    #expect(table.scalarCount == reference.scalarCount)
    #expect(table.utf8Start == reference.utf8Start)
    #expect(table.utf8 == reference.utf8)
    // The batch lined up (no silent fallback to one call per scalar).
    let pieces = try FoldTable.batchedFolds { (units) throws(ICUError) in
      try ICUFolding.fold(utf16: units, keepEnye: keepEnye)
    }
    #expect(pieces?.compactMap { $0 }.count == 0x2070 - 1)  // all but the line feed
    // Not trivially equal: Spanish letters fold through the table.
    let simple = FoldTable.Kind.simple.rawValue
    #expect(table.kinds[0xE9] == simple && table.kinds[Int(("Ñ" as Unicode.Scalar).value)] == simple)
  }

  /// ICU's normalizers, chained directly, give what the transliterator gives on random text
  /// from all of Unicode (combining sequences, final sigma, Hangul, astral scalars) and on
  /// Spanish with decomposed accents and a decomposed `ñ`.
  @Test(arguments: [true, false])
  func normalizerFoldEqualsTheTransliterator(keepEnye: Bool) throws {
    let options = FoldOptions(keepEnye: keepEnye)
    let transliterator = try Transliterator(id: options.transliteratorID)
    var generator = FoldingPropertyTests.Generator(state: keepEnye ? 71 : 72)
    var texts = ["Can\u{303}o\u{301}n ÑANDÚ Σ ΟΔΟΣ İstanbul n\u{303}\u{301} ñ\u{323}", ""]
    for _ in 0..<20_000 { texts.append(FoldingPropertyTests.randomText(&generator)) }
    // The cases with context: final sigma, a protected `ñ` next to marks, iota subscript.
    let hard: [Unicode.Scalar] = [
      "Σ", "ς", "Ñ", "ñ", "N", "n", "\u{303}", "\u{301}", "\u{345}", "Α", "a", " ", "\u{323}",
    ]
    for _ in 0..<5_000 {
      let count = Int(generator.next() % 8)
      texts.append(
        String(String.UnicodeScalarView((0..<count).map { _ in hard[Int(generator.next() % UInt64(hard.count))] })))
    }
    for text in texts {
      let units = Array(text.utf16)
      #expect(
        try ICUFolding.fold(utf16: units, keepEnye: keepEnye) == transliterator.apply(utf16: units),
        "scalars \(text.unicodeScalars.map { String($0.value, radix: 16) })")
    }
  }
}
