import ContrasteNormalizer

/// Finds the longest lexicon phrase starting at a token.
///
/// Words are compared by their number in a vocabulary shared by all matchers, so matching costs
/// no string hashing: a token whose word no phrase uses is skipped at once.
struct PhraseMatcher<Payload: Sendable>: Sendable {
  /// The phrases starting with each word, longest first, indexed by the word's number (an
  /// array, not a dictionary: looking a word up costs no hashing).
  private var byFirstWord: [[(words: [Int32], payload: Payload)]] = []
  /// This matcher's bit in `TextToken.starts`: set on words that begin one of its phrases.
  let bit: UInt32

  init(_ entries: [(String, Payload)], folder: Folder, vocabulary: inout Vocabulary) {
    bit = vocabulary.nextBit()
    for (phrase, payload) in entries {
      let words = Tokenizer.phrase(phrase, folder: folder).map { vocabulary.id($0) }
      guard let first = words.first else { continue }
      vocabulary.mark(first, bit: bit)
      let slot = Int(first)
      if slot >= byFirstWord.count { byFirstWord += Array(repeating: [], count: slot + 1 - byFirstWord.count) }
      // A later entry for the same phrase (a user lexicon merged on top) replaces the earlier.
      byFirstWord[slot].removeAll { $0.words == words }
      byFirstWord[slot].append((words, payload))
    }
    for slot in byFirstWord.indices {
      byFirstWord[slot].sort { $0.words.count > $1.words.count }
    }
  }

  /// The longest phrase at `index`: its length in tokens and payload.
  func match(_ tokens: [TextToken], at index: Int) -> (length: Int, payload: Payload)? {
    guard index < tokens.count, tokens[index].starts & bit != 0 else { return nil }
    let slot = Int(tokens[index].id)
    guard slot >= 0, slot < byFirstWord.count else { return nil }
    for candidate in byFirstWord[slot] where index + candidate.words.count <= tokens.count {
      var matches = true
      for (offset, word) in candidate.words.enumerated() where tokens[index + offset].id != word {
        matches = false
        break
      }
      if matches { return (candidate.words.count, candidate.payload) }
    }
    return nil
  }

  /// True when some phrase starts at `index`.
  func matches(_ tokens: [TextToken], at index: Int) -> Bool { match(tokens, at: index) != nil }

  /// Every non-overlapping match in `tokens`, left to right.
  func all(in tokens: [TextToken]) -> [(range: Range<Int>, payload: Payload)] {
    var result: [(Range<Int>, Payload)] = []
    var index = 0
    while index < tokens.count {
      if let found = match(tokens, at: index) {
        result.append((index..<(index + found.length), found.payload))
        index += found.length
      } else {
        index += 1
      }
    }
    return result
  }
}

/// The words of every lexicon phrase, numbered, with the matchers each word can start.
///
/// Tokens look their word up by its UTF-8 bytes in an open-addressing table, which costs less
/// than hashing a `String` at every token of every article.
struct Vocabulary: Sendable {
  private(set) var ids: [String: Int32] = [:]
  private var slots: [Int32] = []
  /// Each word's text, and its UTF-8 bytes at `bytes[byteStart[id]..<byteStart[id + 1]]`.
  private var words: [String] = []
  private var bytes: [UInt8] = []
  private var byteStart: [Int32] = []
  /// Bit set per word id: which matchers have a phrase starting with it.
  private(set) var starts: [UInt32] = []
  /// Bit set per word id: the extractor's word classes it belongs to (see ``WordClass``).
  private(set) var classes: [WordClass] = []
  private var bits = 0

  /// The id of `word`, adding it when new.
  mutating func id(_ word: String) -> Int32 {
    if let id = ids[word] { return id }
    let id = Int32(ids.count)
    ids[word] = id
    starts.append(0)
    classes.append([])
    return id
  }

  mutating func mark(_ id: Int32, bit: UInt32) { starts[Int(id)] |= bit }

  /// Adds each of `words` (already folded, one token each) to `wordClass`.
  mutating func add(_ words: some Sequence<String>, to wordClass: WordClass) {
    for word in words { classes[Int(id(word))].formUnion(wordClass) }
  }

  /// Builds the byte-keyed table; call once every word is in.
  mutating func seal() {
    words = Array(repeating: "", count: ids.count)
    for (word, id) in ids { words[Int(id)] = word }
    bytes = []
    byteStart = [0]
    for word in words {
      bytes += word.utf8
      byteStart.append(Int32(bytes.count))
    }
    var size = 16
    while size < ids.count * 3 { size *= 2 }
    slots = Array(repeating: -1, count: size)
    bytes.withUnsafeBufferPointer { all in
      for id in words.indices {
        let word = UnsafeBufferPointer(rebasing: all[Int(byteStart[id])..<Int(byteStart[id + 1])])
        var slot = Int(Self.hash(word) & UInt64(size - 1))
        while slots[slot] >= 0 { slot = (slot + 1) & (size - 1) }
        slots[slot] = Int32(id)
      }
    }
  }

  /// The id of the word spelled by `word`, or -1.
  func id(bytes word: UnsafeBufferPointer<UInt8>) -> Int32 { id(bytes: word, hash: Self.hash(word)) }

  /// The id of the word spelled by `word`, whose hash (`hashSeed`, `hash(_:adding:)`) is `hash`.
  func id(bytes word: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int32 {
    guard !slots.isEmpty else { return -1 }
    let mask = slots.count - 1
    var slot = Int(hash & UInt64(mask))
    return bytes.withUnsafeBufferPointer { all in
      while true {
        let id = slots[slot]
        if id < 0 { return -1 }
        let start = Int(byteStart[Int(id)])
        let end = Int(byteStart[Int(id) + 1])
        if end - start == word.count, UnsafeBufferPointer(rebasing: all[start..<end]).elementsEqual(word) { return id }
        slot = (slot + 1) & mask
      }
    }
  }

  private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var value = hashSeed
    for byte in bytes { value = hash(value, adding: byte) }
    return value
  }

  /// FNV-1a, which a tokenizer can compute while it scans a word.
  static let hashSeed: UInt64 = 0xcbf2_9ce4_8422_2325

  /// The hash of a word extended by one more byte (one FNV-1a step).
  @inline(__always)
  static func hash(_ value: UInt64, adding byte: UInt8) -> UInt64 { (value ^ UInt64(byte)) &* 0x100_0000_01b3 }

  /// A new matcher's bit (at most 32 matchers).
  mutating func nextBit() -> UInt32 {
    precondition(bits < 32, "more than 32 phrase matchers")
    defer { bits += 1 }
    return 1 << UInt32(bits)
  }
}
