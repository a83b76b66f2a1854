import ContrasteNormalizer
import Foundation
import Testing

/// Foundation's ICU and Debian's ICU 72 both give correct Spanish results in one process.
///
/// They export the same `UCaseMap` symbols and whichever loads first wins.
@Suite("Foundation's ICU and Debian's ICU coexist")
struct ICUCoexistenceTests {
  static let text = "¿Dónde está el niño? Señor García, pingüino, straße"

  @Test func foundationUppercasesSpanish() {
    #expect(
      Self.text.uppercased(with: Locale(identifier: "es_MX")) == "¿DÓNDE ESTÁ EL NIÑO? SEÑOR GARCÍA, PINGÜINO, STRASSE")
    #expect("ÁRBOL ÑANDÚ".lowercased(with: Locale(identifier: "es")) == "árbol ñandú")
  }

  @Test func debianICUUppercasesSpanish() throws {
    #expect(
      try ICUCaseMapping.uppercased(Self.text, locale: "es") == "¿DÓNDE ESTÁ EL NIÑO? SEÑOR GARCÍA, PINGÜINO, STRASSE")
  }

  @Test func bothInOneTask() throws {
    // Interleave the two so each runs after the other has initialised its case mapping.
    for _ in 0..<3 {
      #expect(try Folder().key("SEÑOR GARCÍA") == "señor garcia")
      #expect("señor garcía".uppercased(with: Locale(identifier: "es")) == "SEÑOR GARCÍA")
    }
  }

  @Test func spanishDateSymbolsComeFromICU() throws {
    let symbols = try DateSymbols(locale: "es")
    #expect(symbols.months.first == "enero")
    #expect(symbols.months.last == "diciembre")
    #expect(symbols.weekdays == ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"])
  }
}
