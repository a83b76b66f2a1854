import CICUBridge

/// An ICU break iterator (`ubrk`) for words or sentences, owning its handle.
///
/// ICU break iterators are not thread-safe: use one instance per task.
final class BreakIterator {
  enum Kind: Int32 {
    case word = 1
    case sentence = 3
  }

  /// A boundary and the rule status of the text before it.
  struct Boundary {
    var offset: Int
    var ruleStatus: Int32
  }

  private let handle: OpaquePointer

  init(_ kind: Kind, locale: String) throws(ICUError) {
    var status: Int32 = 0
    let opened = cicu_break_open(kind.rawValue, locale, &status)
    try ICUError.check(status, "open a \(kind) break iterator for '\(locale)'")
    guard let opened else { throw ICUError(code: 1, operation: "open a break iterator") }
    self.handle = opened
  }

  deinit { cicu_break_close(handle) }

  /// All boundaries after the start of `utf16`, in UTF-16 offsets.
  func boundaries(in utf16: [UInt16]) throws(ICUError) -> [Boundary] {
    var status: Int32 = 0
    utf16.withUnsafeBufferPointer { cicu_break_set_text(handle, $0.baseAddress, Int32($0.count), &status) }
    try ICUError.check(status, "set the text of a break iterator")
    var result: [Boundary] = []
    while true {
      let next = cicu_break_next(handle)
      if next < 0 { break }
      result.append(Boundary(offset: Int(next), ruleStatus: cicu_break_rule_status(handle)))
    }
    return result
  }

  /// Every boundary of a sentence iterator over `utf16` (UTF-16 offsets after its start), as
  /// `boundaries(in:)` gives them, but with ICU run only around terminators (see
  /// `cicu_break_sentences`): most of a text is prose ICU would only step through.
  func sentenceBoundaries(in utf16: [UInt16]) throws(ICUError) -> [Int32] {
    var status: Int32 = 0
    let result = [Int32](unsafeUninitializedCapacity: utf16.count + 1) { buffer, count in
      count = utf16.withUnsafeBufferPointer { text in
        Int(cicu_break_sentences(handle, text.baseAddress, Int32(text.count), buffer.baseAddress, &status))
      }
    }
    try ICUError.check(status, "find sentence boundaries")
    return result
  }
}
