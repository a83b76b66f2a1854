import ContrasteNormalizer

/// Finds the longest lexicon phrase starting at a token.
///
/// Words are compared by their number in a vocabulary shared by all matchers, so matching costs
/// no string hashing: a token whose word no phrase uses is skipped at once.
struct PhraseMatcher<Payload: Sendable>: Sendable {
  private var byFirstWord: [Int32: [(words: [Int32], payload: Payload)]] = [:]
  /// This matcher's bit in `TextToken.starts`: set on words that begin one of its phrases.
  private let bit: UInt32

  init(_ entries: [(String, Payload)], folder: Folder, vocabulary: inout Vocabulary) {
    bit = vocabulary.nextBit()
    for (phrase, payload) in entries {
      let words = Tokenizer.phrase(phrase, folder: folder).map { vocabulary.id($0) }
      guard let first = words.first else { continue }
      vocabulary.mark(first, bit: bit)
      // A later entry for the same phrase (a user lexicon merged on top) replaces the earlier.
      byFirstWord[first, default: []].removeAll { $0.words == words }
      byFirstWord[first, default: []].append((words, payload))
    }
    for key in byFirstWord.keys {
      byFirstWord[key]?.sort { $0.words.count > $1.words.count }
    }
  }

  /// The longest phrase at `index`: its length in tokens and payload.
  func match(_ tokens: [TextToken], at index: Int) -> (length: Int, payload: Payload)? {
    guard index < tokens.count, tokens[index].starts & bit != 0, let candidates = byFirstWord[tokens[index].id] else {
      return nil
    }
    for candidate in candidates where index + candidate.words.count <= tokens.count {
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
struct Vocabulary: Sendable {
  private(set) var ids: [String: Int32] = [:]
  /// Bit set per word id: which matchers have a phrase starting with it.
  private(set) var starts: [UInt32] = []
  private var bits = 0

  /// The id of `word`, adding it when new.
  mutating func id(_ word: String) -> Int32 {
    if let id = ids[word] { return id }
    let id = Int32(ids.count)
    ids[word] = id
    starts.append(0)
    return id
  }

  mutating func mark(_ id: Int32, bit: UInt32) { starts[Int(id)] |= bit }

  /// A new matcher's bit (at most 32 matchers).
  mutating func nextBit() -> UInt32 {
    precondition(bits < 32, "more than 32 phrase matchers")
    defer { bits += 1 }
    return 1 << UInt32(bits)
  }
}
