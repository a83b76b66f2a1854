import ContrasteNormalizer

/// Finds the longest lexicon phrase starting at a token.
///
/// Words are compared by their number in a vocabulary shared by all matchers, so matching costs
/// no string hashing: a token whose word no phrase uses is skipped at once.
struct PhraseMatcher<Payload: Sendable>: Sendable {
  private var byFirstWord: [Int32: [(words: [Int32], payload: Payload)]] = [:]

  init(_ entries: [(String, Payload)], folder: Folder, vocabulary: inout [String: Int32]) {
    for (phrase, payload) in entries {
      let words = Tokenizer.phrase(phrase, folder: folder).map { word -> Int32 in
        if let id = vocabulary[word] { return id }
        let id = Int32(vocabulary.count)
        vocabulary[word] = id
        return id
      }
      guard let first = words.first else { continue }
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
    guard index < tokens.count, tokens[index].id >= 0, let candidates = byFirstWord[tokens[index].id] else {
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
