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

  /// True when one of the sentence's words starts one of the phrases (which may still not match).
  func mayMatch(in sentence: Sentence) -> Bool { sentence.starts & bit != 0 }

  /// Every non-overlapping match in the sentence, left to right.
  func all(in sentence: Sentence) -> [(range: Range<Int>, payload: Payload)] {
    mayMatch(in: sentence) ? all(in: sentence.tokens) : []
  }

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
/// Tokens look their word up by its `TokenText` in an open-addressing table: one mix of two
/// integers and one compare per probe, instead of hashing a `String` (or every byte) at every
/// token of every article.
struct Vocabulary: Sendable {
  private(set) var ids: [String: Int32] = [:]
  /// The table: each slot a word's text and id (-1 when empty).
  private var slots: [(text: TokenText, id: Int32)] = []
  /// Each word's UTF-8 bytes at `bytes[byteStart[id]..<byteStart[id + 1]]`, to confirm a word
  /// too long for its `TokenText` to be compared exactly.
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

  /// Every word, by id.
  var words: [String] {
    var words = Array(repeating: "", count: ids.count)
    for (word, id) in ids { words[Int(id)] = word }
    return words
  }

  /// Adds each of `words` (already folded, one token each) to `wordClass`.
  mutating func add(_ words: some Sequence<String>, to wordClass: WordClass) {
    for word in words { classes[Int(id(word))].formUnion(wordClass) }
  }

  /// Builds the table; call once every word is in.
  mutating func seal() {
    let words = self.words
    bytes = []
    byteStart = [0]
    for word in words {
      bytes += word.utf8
      byteStart.append(Int32(bytes.count))
    }
    var size = 16
    while size < ids.count * 3 { size *= 2 }
    slots = Array(repeating: (TokenText(""), -1), count: size)
    for (id, word) in words.enumerated() {
      let text = TokenText(word)
      var slot = Int(text.mixed & UInt64(size - 1))
      while slots[slot].id >= 0 { slot = (slot + 1) & (size - 1) }
      slots[slot] = (text, Int32(id))
    }
  }

  /// The id of the word whose text is `text` and whose UTF-8 is `word`, or -1.
  @inline(__always)
  func id(text: TokenText, bytes word: UnsafeBufferPointer<UInt8>) -> Int32 {
    guard !slots.isEmpty else { return -1 }
    let mask = slots.count - 1
    var slot = Int(text.mixed & UInt64(mask))
    while true {
      let (candidate, id) = slots[slot]
      if id < 0 { return -1 }
      if candidate == text, text.isInline || sameBytes(id, word) { return id }
      slot = (slot + 1) & mask
    }
  }

  /// True when word `id` is spelled `word` (for texts longer than `TokenText` holds inline).
  private func sameBytes(_ id: Int32, _ word: UnsafeBufferPointer<UInt8>) -> Bool {
    let start = Int(byteStart[Int(id)])
    let end = Int(byteStart[Int(id) + 1])
    return bytes[start..<end].elementsEqual(word)
  }

  /// A new matcher's bit (at most 32 matchers).
  mutating func nextBit() -> UInt32 {
    precondition(bits < 32, "more than 32 phrase matchers")
    defer { bits += 1 }
    return 1 << UInt32(bits)
  }
}
