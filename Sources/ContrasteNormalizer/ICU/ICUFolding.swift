import CICUBridge

/// Folds text with ICU's normalizers and lowercasing, step for step as the folding
/// transliterator (`FoldOptions.transliteratorID`) does.
///
/// Opening a transliterator first builds ICU's transliterator registry, about 140 million
/// instructions per process; the normalizers it chains are used here directly, at a few hundred
/// instructions per scalar. They are immutable ICU singletons, safe on any thread.
/// `FoldingPropertyTests` compares the two on random text from the whole of Unicode.
enum ICUFolding {
  /// The fold of UTF-16 `units`: NFD (after NFC, keeping `ñ`/`Ñ` whole with `keepEnye`),
  /// nonspacing marks removed, NFC, lowercase.
  static func fold(utf16 units: [UInt16], keepEnye: Bool) throws(ICUError) -> [UInt16] {
    try units.withUnsafeBufferPointer { (source) throws(ICUError) -> [UInt16] in
      try ICU.withGrowingBuffer(initialCapacity: units.count * 2 + 8, "fold text with ICU's normalizers") {
        buffer, capacity, status in
        cicu_fold(source.baseAddress, Int32(source.count), keepEnye ? 1 : 0, buffer, capacity, &status)
      }
    }
  }
}
