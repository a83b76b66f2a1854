import Foundation
import Testing

@testable import ContrasteNormalizer

/// The byte-level shortcuts the pipeline takes for speed give what the standard library gives.
@Suite("Byte-level helpers")
struct ByteHelperTests {
  /// Keys split on their UTF-8 bytes split as `split(separator:)` splits them.
  @Test(arguments: [
    "", "/", "//", "a", "a/b", "a//b", "/a/", "?/reunion/2", "grupo-de-implementacion/reunion/",
    "ñandú/€ 1.500/😀 🇲🇽", "evento\u{1F}date", "e\u{301}/x", "a/\u{301}b/reunion/2", "x\u{1F}\u{301}",
  ])
  func fieldsMatchSplit(key: String) {
    #expect(key.fields(separatedBy: "/") == key.split(separator: "/"))
    #expect(key.fields(separatedBy: "\u{1F}") == key.split(separator: "\u{1F}"))
  }

  /// Random text around separators: accented letters, combining marks, a prepended mark
  /// (U+0600), ZWJ, emoji, CR and LF, and scalars canonically equal to an ASCII separator
  /// (U+037E is `;`, U+212A is `K`, U+1FEF is `` ` ``); the result must be exactly what `split` gives.
  @Test func fieldsMatchSplitOnRandomText() {
    var generator = FoldingPropertyTests.Generator(state: 5)
    let pool: [Unicode.Scalar] = [
      "a", "B", " ", ",", "/", "\u{1F}", "\r", "\n", "é", "ñ", "ʼ", "\u{301}", "\u{308}", "\u{600}",
      "\u{200D}", "😀", "\u{1F1F2}", "\u{1F1FD}", "\u{A0}", "€", ";", "\u{37E}", "K", "\u{212A}",
    ]
    for _ in 0..<20_000 {
      let length = Int(generator.next() % 9)
      let text = String(scalars: (0..<length).map { _ in pool[Int(generator.next() % UInt64(pool.count))] })
      for separator: Unicode.Scalar in [" ", ",", "/", "\u{1F}", ";", "K", "`"] {
        #expect(
          text.fields(separatedBy: separator) == text.split(separator: Character(separator)),
          "scalars \(text.unicodeScalars.map { String($0.value, radix: 16) })")
      }
    }
  }

  /// Byte-level trimming and searching give what `trimmingSpaces` and a substring search give,
  /// on random text of spaces of every kind, credit labels and their near misses.
  @Test func lineTrimAndSearchMatchTheStandardLibrary() {
    var generator = FoldingPropertyTests.Generator(state: 41)
    let pieces = [
      " ", "\t", "\u{A0}", "\u{2003}", "\u{3000}", "\u{85}", "\u{200B}", "credito", "credit", "cr", "c", ":",
      "credito:", "foto", "á", "😀", "x", "12345678",
    ]
    for _ in 0..<5_000 {
      let count = Int(generator.next() % 10)
      let text = (0..<count).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined()
      var copy = text
      copy.withUTF8 { bytes in
        let trimmed = Array(UTF8Scalar.trimmingWhitespace(bytes))
        #expect(trimmed == Array(text.trimmingSpaces.utf8), "\(text.debugDescription)")
        #expect(UTF8Scalar.contains(bytes, "credito") == text.contains("credito"), "\(text.debugDescription)")
        #expect(UTF8Scalar.contains(bytes, "credito:") == text.contains("credito:"), "\(text.debugDescription)")
      }
    }
  }

  /// Scalar arrays, scalar byte offsets, line starts and UTF-16 built with eight-byte ASCII
  /// strides give what the standard library's views give, on text mixing long ASCII runs with
  /// accented letters, emoji and every kind of line break.
  @Test func scalarViewsMatchTheStandardLibrary() {
    var generator = FoldingPropertyTests.Generator(state: 17)
    let pieces = [
      "el gobierno federal", "a", " ", "\n", "\r\n", "\r", "á", "ñandú", "€", "😀", "\u{301}", "12345678",
      "\n\n", "EE. UU.",
    ]
    for _ in 0..<5_000 {
      let count = Int(generator.next() % 12)
      let text = (0..<count).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined()
      let scalars = Array(text.unicodeScalars)
      #expect(text.scalarArray == scalars, "\(text.debugDescription)")
      // Compared by bytes: String `==` would accept any canonically equivalent text.
      #expect(Array(String(scalars: scalars).utf8) == Array(text.utf8))
      let utf8Text = UTF8Text(text)
      for (index, scalar) in scalars.enumerated() {
        #expect(
          Array(utf8Text.quote(index..<(index + 1)).utf8) == Array(String(scalar).utf8),
          "\(text.debugDescription) at \(index)")
      }
      // Lines start after `\n`, after a lone `\r`, and after `\r\n` as one break.
      var starts = [0]
      for (index, scalar) in scalars.enumerated()
      where scalar == "\n" || (scalar == "\r" && (index + 1 == scalars.count || scalars[index + 1] != "\n")) {
        starts.append(index + 1)
      }
      #expect(LineIndex(text).lineStarts == starts, "\(text.debugDescription)")
      // Lines end before each break; a `\r\n` ends one line, and the text's end ends the last.
      var lines: [Range<Int>] = []
      var lineStart = 0
      var position = 0
      while position < scalars.count {
        if scalars[position] == "\n" || scalars[position] == "\r" {
          lines.append(lineStart..<position)
          if scalars[position] == "\r", position + 1 < scalars.count, scalars[position + 1] == "\n" { position += 1 }
          lineStart = position + 1
        }
        position += 1
      }
      if lineStart < scalars.count { lines.append(lineStart..<scalars.count) }
      #expect(LineClassifier.split(scalars) == lines, "\(text.debugDescription)")
      let offsets = UTF16Offsets(scalars: scalars)
      #expect(offsets.utf16 == Array(text.utf16), "\(text.debugDescription)")
      var unit = 0
      for (index, scalar) in scalars.enumerated() {
        #expect(offsets.scalar(atUTF16: unit) == index)
        unit += scalar.utf16.count
      }
    }
  }

  /// The whitespace shortcut (ASCII by value, the rest by property) answers White_Space for
  /// every scalar, as `Unicode.Scalar.Properties.isWhitespace` does.
  @Test func whitespaceShortcutMatchesTheUnicodeProperty() {
    var differ: [UInt32] = []
    for value in UInt32(0)...0x10FFFF {
      guard let scalar = Unicode.Scalar(value) else { continue }
      if UTF8Scalar.isWhitespace(value) != scalar.properties.isWhitespace { differ.append(value) }
    }
    #expect(differ.isEmpty)
  }

  /// The byte search finds a needle exactly where a naive scan of the bytes does: at the
  /// start, at the end, after partial matches (`credcredito`), and not across a cut needle.
  @Test func containsBytesMatchesANaiveScan() {
    var generator = FoldingPropertyTests.Generator(state: 23)
    let pieces = ["cre", "credito", "c", "dito", " foto:", "á", "credit", "o", "\n"]
    for _ in 0..<5_000 {
      let count = Int(generator.next() % 7)
      let text = (0..<count).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined()
      for needle in ["credito", "c", "o", "foto:", "cc", ""] {
        let bytes = Array(text.utf8)
        let pattern = Array(needle.utf8)
        let expected =
          pattern.isEmpty
          || (bytes.count >= pattern.count
            && (0...(bytes.count - pattern.count)).contains { Array(bytes[$0..<($0 + pattern.count)]) == pattern })
        #expect(text.containsBytes(needle) == expected, "\(text.debugDescription) \(needle)")
      }
    }
  }

  /// The reader's fast path (`String(validating:)`) accepts exactly the bytes that the decoder's
  /// own validator accepts, which is what names the first bad byte in an error.
  @Test func validatingInitAgreesWithFirstInvalidUTF8() {
    var generator = FoldingPropertyTests.Generator(state: 11)
    // Bytes drawn mostly from the ranges where UTF-8 goes wrong: leads, continuations, ASCII.
    let pool: [UInt8] = [
      0x41, 0x20, 0x80, 0xBF, 0xC0, 0xC2, 0xDF, 0xE0, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF, 0xA0, 0x9F,
    ]
    for _ in 0..<20_000 {
      let length = Int(generator.next() % 7)
      let bytes = (0..<length).map { _ in pool[Int(generator.next() % UInt64(pool.count))] }
      let valid = String(validating: bytes, as: UTF8.self) != nil
      #expect(valid == (TextDecoder.firstInvalidUTF8(bytes) == nil), "bytes \(bytes)")
    }
  }

  /// The eight-at-a-time NUL search finds the same byte as `firstIndex(of: 0)`, with NULs in
  /// full words, in the tail and beside bytes that look like zero to a careless bit trick
  /// (0x01 after 0x00, 0x80, 0xFF).
  @Test func firstNULMatchesANaiveSearch() {
    var generator = FoldingPropertyTests.Generator(state: 37)
    let pool: [UInt8] = [0x00, 0x01, 0x80, 0xFF, 0x41, 0x20, 0x7F, 0x81]
    for _ in 0..<20_000 {
      let length = Int(generator.next() % 40)
      // Mostly non-zero bytes, so some texts have no NUL at all.
      let bytes = (0..<length).map { _ in
        generator.next() % 16 == 0 ? 0 : pool[1 + Int(generator.next() % UInt64(pool.count - 1))]
      }
      #expect(TextDecoder.firstNUL(bytes) == bytes.firstIndex(of: 0), "bytes \(bytes)")
    }
  }

  /// The eight-at-a-time scan stops at the same scalar as a scalar-by-scalar search, from
  /// every start, whether the target lies in a full block of eight or in the tail.
  @Test func scalarScanMatchesANaiveSearch() {
    var generator = FoldingPropertyTests.Generator(state: 29)
    let pool: [Unicode.Scalar] = ["a", " ", ".", "\n", "\r", "-", "é", "😀", "\u{301}"]
    for _ in 0..<3_000 {
      let scalars = (0..<Int(generator.next() % 40)).map { _ in pool[Int(generator.next() % UInt64(pool.count))] }
      scalars.withUnsafeBufferPointer { buffer in
        for start in 0...scalars.count {
          for (first, second) in [("\n", "\r"), ("\n", "."), ("é", "😀")] as [(Unicode.Scalar, Unicode.Scalar)] {
            let expected = scalars[start...].firstIndex { $0 == first || $0 == second } ?? scalars.count
            #expect(ScalarScan.next(first, or: second, in: buffer, from: start) == expected)
          }
        }
      }
    }
  }
}

/// Reading a file gives its bytes whatever size `stat` said it had: the size a file had (one
/// read), a size too small (a file that grew: more reads), a size too large, or none (a pipe).
@Suite("Reading file bytes")
struct FileBytesTests {
  @Test(arguments: [0, 1, 4_095, 4_096, 4_097, 70_000, 140_000])
  func readsEveryByte(count: Int) throws {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("contraste-bytes-\(count).txt").path
    let content = (0..<count).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ $0 / 251) }
    #expect(FileManager.default.createFile(atPath: path, contents: Data(content)))
    defer { try? FileManager.default.removeItem(atPath: path) }
    for hint in [0, count, max(0, count - 1), count / 2, count + 10] {
      #expect(try ArticleReader.bytes(at: path, sizeHint: hint) == content, "size \(count), hint \(hint)")
    }
  }
}

/// Photo-credit lines, told from their folded text (the first byte rules most lines out).
@Suite("Credit lines")
struct CreditLineTests {
  @Test(arguments: [
    ("credito foto: sergio f cara (notipress)", true),
    ("credito de la foto: sre", true),
    ("foto: ap", true),
    ("fotos: reuters", true),
    ("fotografia: archivo", true),
    ("imagen: cortesia de la embajada", true),
    ("foto cortesia de la cancilleria", true),
    ("la foto muestra a los cancilleres", false),
    ("imagenes de la reunion", false),
    ("fotografo: juan perez", false),
    ("", false),
  ])
  func creditLabel(line: String, isCredit: Bool) {
    let bytes = Array(line.utf8)
    #expect(bytes.withUnsafeBufferPointer { LineClassifier.isCredit($0) } == isCredit)
  }
}
