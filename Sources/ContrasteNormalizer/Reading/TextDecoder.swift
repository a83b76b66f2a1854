/// Turns a file's bytes into text: UTF-8 (with or without BOM), UTF-16 with BOM, or a single-byte
/// Latin encoding that ICU's charset detector recognises (Windows-1252, ISO-8859-1, ISO-8859-15).
struct TextDecoder: Sendable {
  /// Charsets accepted from detection: the ones Spanish text arrives in.
  static let latinCharsets: Set<String> = ["ISO-8859-1", "windows-1252", "ISO-8859-15"]

  /// The decoded text and, when it was not UTF-8, a warning naming the encoding.
  func decode(_ bytes: [UInt8], path: String) throws(ReaderError) -> (text: String, warning: ReadWarning?) {
    let detector = CharsetDetector()
    if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
      let charset = bytes[0] == 0xFF ? "UTF-16LE" : "UTF-16BE"
      do {
        let text = try detector.convert(Array(bytes[2...]), from: charset)
        return (text, nil)
      } catch {
        throw .undecodable(path: path, byteOffset: 2)
      }
    }
    let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes[3...]) : bytes
    if let nul = Self.firstNUL(body) {
      throw .nulByte(path: path, byteOffset: nul + (bytes.count - body.count))
    }
    // One validating pass for the common case; the offending byte is searched for only on failure.
    if let text = String(validating: body, as: UTF8.self) { return (text, nil) }
    guard let badByte = Self.firstInvalidUTF8(body) else {
      return (String(decoding: body, as: UTF8.self), nil)
    }
    let offset = badByte + (bytes.count - body.count)
    let match: CharsetDetector.Match?
    do {
      match = try detector.detect(body)
    } catch {
      throw .icu(path: path, error: error)
    }
    guard let match, Self.latinCharsets.contains(match.name) else {
      throw .undecodable(path: path, byteOffset: offset)
    }
    if let utf8Letter = Self.firstUTF8LatinLetter(body) {
      // Decoding it all as Latin-1 would turn the UTF-8 part into mojibake ("Ã©") silently.
      throw .mixedEncoding(path: path, utf8Offset: utf8Letter + (bytes.count - body.count), badOffset: offset)
    }
    // ICU says ISO-8859-1 when no byte is in 0x80–0x9F; Windows-1252 reads those bytes the same.
    let text: String
    do {
      text = try detector.convert(body, from: match.name)
    } catch {
      throw .undecodable(path: path, byteOffset: offset)
    }
    // Control characters other than tab and line breaks mean this was not text after all.
    let controls = text.unicodeScalars.filter {
      $0.properties.generalCategory == .control && !["\t", "\n", "\r", "\u{0C}"].contains($0)
    }.count
    guard controls * 100 <= text.unicodeScalars.count else { throw .undecodable(path: path, byteOffset: offset) }
    return (text, .converted(path: path, charset: match.name, confidence: match.confidence))
  }

  /// Byte offset of the first NUL byte, if any: eight bytes at a time (a word has a zero byte
  /// exactly when `(w − 0x01…01) & ~w & 0x80…80` is not zero), this runs on every file.
  static func firstNUL(_ bytes: [UInt8]) -> Int? {
    bytes.withUnsafeBufferPointer { buffer -> Int? in
      guard let base = buffer.baseAddress else { return nil }
      var index = 0
      while index + 8 <= buffer.count {
        let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
        if (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080 != 0 { break }
        index += 8
      }
      while index < buffer.count {
        if buffer[index] == 0 { return index }
        index += 1
      }
      return nil
    }
  }

  /// Byte offset of the first UTF-8 encoded letter from U+00C0–U+00FF (`é`, `ñ`…), if any.
  ///
  /// In a Latin-1 file the same bytes read `Ã` plus a symbol, which Spanish text does not contain,
  /// so finding one next to invalid UTF-8 means the file mixes two encodings.
  static func firstUTF8LatinLetter(_ bytes: [UInt8]) -> Int? {
    var index = 0
    while index + 1 < bytes.count {
      if bytes[index] == 0xC3, bytes[index + 1] & 0xC0 == 0x80 { return index }
      index += 1
    }
    return nil
  }

  /// Byte offset of the first byte that breaks UTF-8, or nil when `bytes` is valid UTF-8.
  static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
    var index = 0
    let count = bytes.count
    while index < count {
      let lead = bytes[index]
      if lead < 0x80 {
        index += 1
        continue
      }
      let length: Int
      var minimum: UInt32
      switch lead {
      case 0xC2...0xDF: (length, minimum) = (2, 0x80)
      case 0xE0...0xEF: (length, minimum) = (3, 0x800)
      case 0xF0...0xF4: (length, minimum) = (4, 0x10000)
      default: return index
      }
      guard index + length <= count else { return index }
      var value = UInt32(lead) & (0xFF >> (length + 1))
      for next in 1..<length {
        let byte = bytes[index + next]
        guard byte & 0xC0 == 0x80 else { return index }
        value = value << 6 | UInt32(byte & 0x3F)
      }
      if value < minimum || value > 0x10FFFF || (0xD800...0xDFFF).contains(value) { return index }
      index += length
    }
    return nil
  }
}
