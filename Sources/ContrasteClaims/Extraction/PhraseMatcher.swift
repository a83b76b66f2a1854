import ContrasteNormalizer

/// Finds the longest lexicon phrase starting at a token, comparing folded words.
struct PhraseMatcher<Payload: Sendable>: Sendable {
  private var byFirstWord: [String: [(words: [String], payload: Payload)]] = [:]

  init(_ entries: [(String, Payload)], folder: Folder) {
    for (phrase, payload) in entries {
      let words = Tokenizer.phrase(phrase, folder: folder)
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
    guard index < tokens.count, let candidates = byFirstWord[tokens[index].text] else { return nil }
    for candidate in candidates where index + candidate.words.count <= tokens.count {
      var matches = true
      for (offset, word) in candidate.words.enumerated() where tokens[index + offset].text != word {
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
