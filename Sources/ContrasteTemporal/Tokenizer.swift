import ContrasteNormalizer

/// Splits folded text into words, numbers and punctuation in one linear pass over its UTF-8
/// bytes, looking each word up in the lexicon as it goes.
struct Tokenizer {
  let lexicon: Lexicon

  /// Abbreviations (folded) whose period does not end a sentence, packed into integers
  /// (`UTF8Scalar.packed`): no array per period to look one up.
  private static let abbreviations: Set<UInt64> = Set(
    [
      "sr", "sra", "srta", "sres", "dr", "dra", "lic", "ing", "gral", "gob", "mtro", "mtra", "arq",
      "prof", "av", "avda", "col", "no", "num", "nro", "art", "arts", "ej", "etc", "aprox", "tel",
      "ext", "pag", "pags", "dpto", "cia", "uu", "ee", "jr", "sto", "sta", "pdte", "depto", "vol",
    ].map { UTF8Scalar.packed($0) })

  /// The tokens of `folded`.
  ///
  /// With `segments` (sorted, disjoint folded scalar ranges) only tokens starting inside one are
  /// kept and each range is a segment; without, every line is a segment.
  func tokens(of folded: FoldedText, segments: [Range<Int>]?) -> [ScanToken] {
    scan(folded, segments: segments, hashingWords: false).tokens
  }

  /// The tokens of `folded`; with `hashingWords` (and `segments`) the hashes of its words for
  /// copy detection (see `WordHashes`); and the starts of segments that a token begun outside
  /// every segment runs into (see `ScannedText.enteredSegments`).
  func scan(
    _ folded: FoldedText, segments: [Range<Int>]?, hashingWords: Bool
  ) -> (tokens: [ScanToken], words: WordHashes?, entered: [Int32]) {
    var output = Output(segments: segments)
    if hashingWords, segments != nil {
      output.hashing = true
      output.words.reserveCapacity(folded.utf8.count / 6 + 4)
    }
    output.tokens.reserveCapacity(folded.utf8.count / 5 + 4)
    let asciiLetters = Self.asciiLetters
    let temporalCount = lexicon.temporalCount
    folded.utf8.withUnsafeBufferPointer { bytes in
      asciiLetters.withUnsafeBufferPointer { asciiLetter in
        let count = bytes.count
        var byte = 0
        var scalar = 0
        while byte < count {
          let lead = bytes[byte]
          if lead == 0x20 || lead == 0x09 || lead == 0x0D || lead == 0x0B || lead == 0x0C {
            output.spaced = true
            byte += 1
            scalar += 1
            continue
          }
          if lead == 0x0A {
            output.spaced = true
            output.line += 1
            byte += 1
            scalar += 1
            continue
          }
          let start = scalar
          let tokenByte = byte
          if lead >= 0x30 && lead <= 0x39 {
            var value = 0
            var digits = 0
            while byte < count, bytes[byte] >= 0x30, bytes[byte] <= 0x39 {
              if digits < 9 { value = value * 10 + Int(bytes[byte] - 0x30) }
              digits += 1
              byte += 1
              scalar += 1
            }
            var token = ScanToken(kind: .number, start: Int32(start), end: Int32(scalar))
            token.byteStart = Int32(tokenByte)
            token.byteEnd = Int32(byte)
            token.value = digits > 9 ? -1 : Int32(value)
            token.length = Int16(min(digits, Int(Int16.max)))
            output.append(token, piece: true, bytes: bytes)
            continue
          }
          let (value, length) = lead < 0x80 ? (UInt32(lead), 1) : UTF8Scalar.decode(bytes, at: byte)
          let letter = Self.isLetter(value)
          if letter {
            let wordStart = byte
            var letters = 0
            var hash = WordHashes.seed
            while byte < count {
              if bytes[byte] < 0x80 {
                // A run of ASCII letters: one byte each, a byte's class one table load.
                let first = byte
                while byte < count, asciiLetter[Int(bytes[byte])] {
                  hash = (hash ^ UInt64(bytes[byte])) &* WordHashes.prime
                  byte += 1
                }
                scalar += byte - first
                letters += byte - first
                // Stopped at a byte that ends the word, unless it starts a longer scalar.
                if byte < count, bytes[byte] < 0x80 { break }
                continue
              }
              let (decoded, nextLength) = UTF8Scalar.decode(bytes, at: byte)
              guard Self.isLetter(decoded) else { break }
              // A letter here that is no word scalar would split a word for copy detection.
              if decoded >= 0x250, decoded < 0x370, !WordHashes.isWordScalar(decoded) {
                output.wordsComplete = false
              }
              for offset in 0..<nextLength { hash = (hash ^ UInt64(bytes[byte + offset])) &* WordHashes.prime }
              byte += nextLength
              scalar += 1
              letters += 1
            }
            var token = ScanToken(kind: .word, start: Int32(start), end: Int32(scalar))
            token.byteStart = Int32(tokenByte)
            token.byteEnd = Int32(byte)
            let word = lexicon.lookup(UnsafeBufferPointer(rebasing: bytes[wordStart..<byte]), hash: hash)
            token.word = word
            token.entry = word < temporalCount ? word : -1
            token.length = Int16(min(letters, Int(Int16.max)))
            output.append(token, piece: true, hash: hash, bytes: bytes)
            continue
          }
          var token = ScanToken(kind: .punctuation, start: Int32(start), end: Int32(start + 1))
          if value < 0x80 {
            token.value = Int32(value)
          } else if value == 0xBA || value == 0xAA || value == 0xB0 {
            token.value = ScanToken.ordinalMark
          } else {
            token.value = ScanToken.otherMark
          }
          byte += length
          scalar += 1
          token.byteStart = Int32(tokenByte)
          token.byteEnd = Int32(byte)
          // Only a mark beyond ASCII can be part of a word (`º`, `²`); asked only when hashing.
          let piece = value >= 0x80 && output.hashing && WordHashes.isWordScalar(value)
          output.append(token, piece: piece, bytes: bytes)
        }
        output.endWord()
      }
    }
    return (
      output.tokens, output.hashing ? WordHashes(values: output.words, complete: output.wordsComplete) : nil,
      output.entered
    )
  }

  /// ASCII letters, by byte (256 entries, so any byte may index it).
  private static let asciiLetters: [Bool] = (0...255).map { byte in
    byte < 0x80 && (UInt8(byte) | 0x20) >= 0x61 && (UInt8(byte) | 0x20) <= 0x7A
  }

  /// The tokens found so far and where the scan is: a struct rather than variables captured by
  /// nested functions, which cost a dynamic exclusivity check at every token.
  private struct Output {
    let segments: [Range<Int>]?
    var tokens: [ScanToken] = []
    /// Whitespace (or the start of the text) precedes the next token.
    var spaced = true
    var line: Int32 = 0
    var segmentIndex = 0
    var lastSegment: Int32 = -1
    /// Starts of segments a token from outside every segment runs into.
    var entered: [Int32] = []

    init(segments: [Range<Int>]?) { self.segments = segments }

    /// The segment of a token starting at `scalar`, or nil when it is outside every segment.
    @inline(__always)
    mutating func segment(at scalar: Int) -> Int32? {
      guard let segments else { return line }
      while segmentIndex < segments.count, scalar >= segments[segmentIndex].upperBound { segmentIndex += 1 }
      guard segmentIndex < segments.count, scalar >= segments[segmentIndex].lowerBound else { return nil }
      return Int32(segmentIndex)
    }

    /// Word hashes being made (see `WordHashes`), and the word being hashed: its hash so far,
    /// the byte it ends at (-1 when there is none) and its segment.
    var hashing = false
    var words: [UInt64] = []
    var wordsComplete = true
    var wordHash = WordHashes.seed
    var wordEnd: Int32 = -1
    var wordSegment: Int32 = -1

    /// Keeps `token` (marked with whether a space preceded it) when it lies in a segment; a
    /// `piece` of a word (a word, a number, a letter-like mark) is added to the word hashes,
    /// `hash` being FNV-1a of the token's bytes when the caller has it.
    @inline(__always)
    mutating func append(
      _ token: ScanToken, piece: Bool, hash: UInt64? = nil, bytes: UnsafeBufferPointer<UInt8>
    ) {
      guard let segment = segment(at: Int(token.start)) else {
        spaced = false
        if let segments {
          // A token reaching into the next segments from before them.
          var next = segmentIndex
          while next < segments.count, Int(token.end) > segments[next].lowerBound {
            wordsComplete = false
            entered.append(Int32(segments[next].lowerBound))
            next += 1
          }
        }
        return
      }
      var token = token
      token.spaced = spaced || segment != lastSegment
      token.segment = segment
      lastSegment = segment
      tokens.append(token)
      spaced = false
      if hashing { hashWord(token, piece: piece, hash: hash, bytes: bytes) }
    }

    @inline(__always)
    private mutating func hashWord(_ token: ScanToken, piece: Bool, hash: UInt64?, bytes: UnsafeBufferPointer<UInt8>) {
      if let segments, Int(token.end) > segments[segmentIndex].upperBound { wordsComplete = false }
      guard piece else {
        endWord()
        return
      }
      let (start, end) = (Int(token.byteStart), Int(token.byteEnd))
      if wordEnd == token.byteStart, wordSegment == token.segment {
        // `g20`, `2ª`: the word goes on.
        for index in start..<end { wordHash = (wordHash ^ UInt64(bytes[index])) &* WordHashes.prime }
      } else {
        endWord()
        if let hash {
          wordHash = hash
        } else {
          wordHash = WordHashes.seed
          for index in start..<end { wordHash = (wordHash ^ UInt64(bytes[index])) &* WordHashes.prime }
        }
      }
      wordEnd = token.byteEnd
      wordSegment = token.segment
    }

    /// Ends the word being hashed, if any: its hash with the space after it.
    mutating func endWord() {
      guard wordEnd >= 0 else { return }
      words.append((wordHash ^ 0x20) &* WordHashes.prime)
      wordEnd = -1
    }
  }

  /// Numbers sentences and clauses: a new segment, or `.`, `?`, `!` before a space, starts a
  /// sentence, and `;` a clause; a period after an abbreviation, or before a word in small
  /// letters or a number, ends nothing.
  func markSentences(_ tokens: inout [ScanToken], source: SourceText) {
    let folded = source.folded
    var sentence: Int32 = 0
    var clause: Int32 = 0
    var endsSentence = false
    var endsClause = false
    var afterPeriod = false
    for index in tokens.indices {
      if index > 0, tokens[index].segment != tokens[index - 1].segment {
        sentence += 1
        clause += 1
      } else if index > 0, endsSentence || endsClause, tokens[index].spaced {
        let token = tokens[index]
        let startsSmall =
          token.kind == .word && source.isLowercase(at: source.originalRange(token.start, token.start + 1).lowerBound)
        let continues = afterPeriod && (token.kind == .number || startsSmall)
        if !continues {
          if endsSentence { sentence += 1 }
          clause += 1
        }
      }
      tokens[index].sentence = sentence
      tokens[index].clause = clause
      let token = tokens[index]
      endsSentence = false
      endsClause = false
      afterPeriod = false
      guard token.kind == .punctuation else { continue }
      switch token.value {
      case 0x3F, 0x21:  // ? !
        endsSentence = true
      case 0x3B:  // ;
        endsClause = true
      case 0x2E:  // .
        guard index > 0 else { break }
        let previous = tokens[index - 1]
        if previous.kind == .word, previous.end == token.start {
          if previous.length == 1 { break }
          if previous.length <= 5 {
            // At most five letters: at most ten bytes, so a longer word packs to no abbreviation.
            let bytes = folded.utf8[Int(previous.byteStart)..<Int(previous.byteEnd)]
            if bytes.count <= 8, Self.abbreviations.contains(UTF8Scalar.packed(bytes)) { break }
            if previous.entry >= 0, lexicon.entries[Int(previous.entry)].monthAbbreviation > 0 { break }
          }
        }
        endsSentence = true
        afterPeriod = true
      default:
        break
      }
    }
  }

  /// Letters of words: ASCII letters, Latin letters with marks, and alphabetic scalars beyond.
  @inline(__always)
  static func isLetter(_ value: UInt32) -> Bool {
    if value < 0x80 { return (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A }
    if value < 0xC0 { return false }
    if value <= 0x24F { return value != 0xD7 && value != 0xF7 }
    if value < 0x370 { return true }
    return Unicode.Scalar(value)?.properties.isAlphabetic ?? false
  }
}
