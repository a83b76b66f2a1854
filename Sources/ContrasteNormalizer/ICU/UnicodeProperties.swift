import CICUBridge

/// Unicode properties from ICU that decide where the fast folding path may cut text.
enum UnicodeProperties {
  static func nfcHasBoundaryBefore(_ scalar: UInt32) -> Bool { cicu_nfc_has_boundary_before(scalar) != 0 }
  static func nfcHasBoundaryAfter(_ scalar: UInt32) -> Bool { cicu_nfc_has_boundary_after(scalar) != 0 }
  static func isCased(_ scalar: UInt32) -> Bool { cicu_is_cased(scalar) != 0 }
  static func isCaseIgnorable(_ scalar: UInt32) -> Bool { cicu_is_case_ignorable(scalar) != 0 }
  static func isNonspacingMark(_ scalar: UInt32) -> Bool { cicu_is_nonspacing_mark(scalar) != 0 }
}
