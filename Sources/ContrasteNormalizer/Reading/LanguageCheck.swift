/// Tells whether a text reads like Spanish, from how often Spanish function words occur.
///
/// Claim extraction only knows Spanish; an English or Portuguese wire copy in a corpus would
/// silently yield nothing, so the reader warns instead.
struct LanguageCheck: Sendable {
  /// Frequent Spanish words that are not also frequent English, French or Portuguese words.
  static let functionWords: Set<String> = [
    "de", "la", "el", "que", "en", "y", "los", "del", "se", "las", "por", "un", "con", "para", "una",
    "su", "al", "lo", "como", "pero", "sus", "fue", "este", "esta", "entre", "cuando", "sobre", "tambien",
    "ha", "han", "dijo", "hasta", "desde", "donde", "segun", "mas", "muy", "sin", "ya",
  ]

  /// The function words packed into integers byte by byte, as `spanishShare` packs words, in
  /// an open-addressing table of 128 slots (0 is empty: no word packs to 0).
  static let functionWordTable: [UInt64] = {
    var table = [UInt64](repeating: 0, count: 128)
    for word in functionWords {
      let packed = UTF8Scalar.packed(word)
      var slot = slot(of: packed)
      while table[slot] != 0 { slot = (slot + 1) & 127 }
      table[slot] = packed
    }
    return table
  }()

  /// The bytes words are made of, by byte: ASCII letters and every byte from 0x80 on (all of
  /// them belong to letters in folded text).
  static let wordBytes: [Bool] = (0...255).map { wordBit(UInt8($0)) == 1 }

  /// The first slot to try for a packed word: the top seven bits of a multiplicative hash.
  @inline(__always)
  static func slot(of packed: UInt64) -> Int { Int(truncatingIfNeeded: (packed &* 0x9E37_79B9_7F4A_7C15) >> 57) }

  /// Texts shorter than this many words are not judged: a headline says too little.
  var minimumWords = 40
  /// Below this share of function words a text is taken as not Spanish; Spanish news runs 30–40 %.
  var minimumShare = 0.12

  /// The share of Spanish function words among the words of `folded`; nil for short texts, and
  /// when `stopAt` is known to be reached before the end.
  ///
  /// - Parameters:
  ///   - folded: text already folded by ``Folder`` (lower case, no accents).
  ///   - stopAt: a share the caller only needs to know is reached: the scan stops (returning
  ///     nil) once the rest of the text can no longer bring the share below it.
  func spanishShare(folded: String, stopAt: Double? = nil) -> Double? {
    spanishShare(folded: Array(folded.utf8), stopAt: stopAt)
  }

  /// The share of Spanish function words among the words of folded UTF-8 text (see above).
  func spanishShare(folded: [UInt8], stopAt: Double? = nil) -> Double? {
    // With a share to reach, the words are counted first (a branch-free pass): the scan for
    // function words then stops as soon as they are that share of the whole text, about a
    // third of the way into Spanish news (bounding the words still to come from the bytes
    // left took most of the text).
    var needed = Int.max
    if let stopAt {
      let total = Self.wordCount(folded)
      guard total >= minimumWords else { return nil }
      // The fewest function words whose share of `total`, computed as the result is, reaches
      // `stopAt`.
      needed = max(0, Int((stopAt * Double(total)).rounded(.up)))
      while needed > 0, Double(needed - 1) / Double(total) >= stopAt { needed -= 1 }
      while Double(needed) / Double(total) < stopAt { needed += 1 }
    }
    // Bytes, not scalars: folded text is nearly all ASCII, and any non-ASCII byte belongs to a
    // letter here (function words are ASCII, so such a word only counts as a word).
    var words = 0
    var spanish = 0
    // A word of up to 7 bytes packed into an integer: no `String` per word.
    let table = Self.functionWordTable
    var settled = false
    let wordBytes = Self.wordBytes
    folded.withUnsafeBufferPointer { bytes in
      table.withUnsafeBufferPointer { table in
        wordBytes.withUnsafeBufferPointer { isWord in
          var index = 0
          while index < bytes.count {
            // Separators, then a word: each byte's class is one table load.
            while index < bytes.count, !isWord[Int(bytes[index])] { index += 1 }
            guard index < bytes.count else { break }
            let start = index
            var packed: UInt64 = 0
            while index < bytes.count, isWord[Int(bytes[index])] {
              // Past eight bytes the packing overflows, but such words are never looked up.
              packed = packed << 8 | UInt64(bytes[index])
              index += 1
            }
            words += 1
            if index - start <= 7 {
              var slot = Self.slot(of: packed)
              while table[slot] != 0, table[slot] != packed { slot = (slot + 1) & 127 }
              if table[slot] == packed {
                spanish += 1
                if spanish >= needed {
                  settled = true
                  return
                }
              }
            }
          }
        }
      }
    }
    guard !settled, words >= minimumWords else { return nil }
    return Double(spanish) / Double(words)
  }

  /// 1 for a word byte, else 0: branch-free, so the counting loop is made of vector operations.
  @inline(__always)
  private static func wordBit(_ byte: UInt8) -> UInt8 {
    (byte >> 7) | (((byte | 0x20) &- 0x61) < 26 ? 1 : 0)
  }

  /// The words of folded UTF-8 text as `spanishShare` reads them: runs of ASCII letters and
  /// bytes from 0x80 on.
  ///
  /// Counted as the bytes that start a run.
  static func wordCount(_ folded: [UInt8]) -> Int {
    folded.withUnsafeBufferPointer { bytes in
      guard let base = bytes.baseAddress, !bytes.isEmpty else { return 0 }
      var count = Int(wordBit(base[0]))
      // A word starts where this byte is a word byte and the one before is not. Summed in
      // blocks of 255 bytes into 8-bit lanes, which cannot overflow there.
      var start = 1
      while start < bytes.count {
        let end = min(bytes.count, start + 255)
        var block: UInt8 = 0
        for index in start..<end { block &+= wordBit(base[index]) & (wordBit(base[index - 1]) ^ 1) }
        count += Int(block)
        start = end
      }
      return count
    }
  }

  /// A warning when the folded text is long enough to judge and does not read like Spanish.
  func warning(folded: [UInt8], path: String) -> ReadWarning? {
    guard let share = spanishShare(folded: folded, stopAt: minimumShare), share < minimumShare else { return nil }
    return ReadWarning(
      path: path,
      message:
        "does not look like Spanish (\(Int((share * 100).rounded())) % Spanish function words, news in Spanish has about 30 %). Contraste only finds claims in Spanish; translate the article or remove it from the corpus."
    )
  }
}
