import ContrasteClaims

/// Encodes report values to the bytes `JSONEncoder` writes with `.prettyPrinted`, `.sortedKeys`
/// and `.withoutEscapingSlashes`, several times faster.
///
/// The report of 100,000 articles is half a gigabyte of JSON; Foundation's encoder spent most of
/// its time on bookkeeping this encoder does not need. Same layout: two spaces per level,
/// `"key" : value`, keys in UTF-8 order, empty containers as `[\n\n]`, the same escapes.
/// Values it does not handle (floating point, `superEncoder`) throw
/// ``PrettyJSONEncoder/Unsupported``; the caller then uses `JSONEncoder`.
struct PrettyJSONEncoder {
  /// A value this encoder does not write the way `JSONEncoder` would.
  struct Unsupported: Error {}

  /// The JSON of `value`, every line after the first indented by `level` levels.
  func encode(_ value: some Encodable, level: Int = 0) throws -> String {
    var tree = Tree()
    tree.nodes.reserveCapacity(256)
    tree.scalars.reserveCapacity(4096)
    tree.objects.reserveCapacity(64)
    try withUnsafeMutablePointer(to: &tree) { tree in
      let root = tree.pointee.newSlot()
      try NodeEncoder.encode(value, tree: tree, slot: root)
    }
    if tree.failed { throw Unsupported() }
    var output: [UInt8] = []
    output.reserveCapacity(1024)
    tree.write(0, level: level, into: &output)
    return String(decoding: output, as: UTF8.self)
  }

  /// The encoded values: each slot holds a scalar already in JSON, or an array or object.
  struct Tree {
    enum Node {
      /// Nothing encoded yet: written as an empty object, as `JSONEncoder` does.
      case pending
      /// A scalar's JSON text: a range of `scalars`.
      case scalar(Int32, Int32)
      case array(Int)
      case object(Int)
      /// Evidence, written directly (see `writeEvidence`).
      case evidence(Int)
    }

    var nodes: [Node] = []
    /// The JSON text of every scalar, one after another (one buffer, not one array per value).
    var scalars: [UInt8] = []
    /// Evidence values, for `.evidence` slots.
    var evidence: [Evidence] = []
    /// Child slots of each array.
    var arrays: [[Int]] = []
    /// Keys and child slots of each object, in the order they were encoded.
    var objects: [[(key: String, slot: Int)]] = []
    /// Set when a value used what this encoder does not handle (a super encoder, a keyed
    /// container over a scalar): the whole value then goes to `JSONEncoder`.
    var failed = false

    /// A slot for a value that will not be written, marking the encoding as failed.
    mutating func invalidSlot() -> Int {
      failed = true
      return newSlot()
    }

    /// A new slot, still empty.
    mutating func newSlot() -> Int {
      nodes.append(.pending)
      return nodes.count - 1
    }

    /// Makes `slot` an array (or keeps it one) and gives its array index.
    mutating func array(at slot: Int) -> Int {
      if case .array(let index) = nodes[slot] { return index }
      if case .pending = nodes[slot] {} else { failed = true }
      arrays.append([])
      nodes[slot] = .array(arrays.count - 1)
      return arrays.count - 1
    }

    /// Makes `slot` an object (or keeps it one) and gives its object index.
    mutating func object(at slot: Int) throws -> Int {
      switch nodes[slot] {
      case .object(let index): return index
      case .pending:
        // Report objects have up to a dozen keys: one allocation instead of four regrowths.
        var entries: [(key: String, slot: Int)] = []
        entries.reserveCapacity(12)
        objects.append(entries)
        nodes[slot] = .object(objects.count - 1)
        return objects.count - 1
      default: throw Unsupported()
      }
    }

    func write(_ slot: Int, level: Int, into output: inout [UInt8]) {
      switch nodes[slot] {
      case .evidence(let index):
        writeEvidence(evidence[index], level: level, into: &output)
      case .pending:
        Self.append("{\n\n", to: &output)
        indent(level, into: &output)
        output.append(UInt8(ascii: "}"))
      case .scalar(let start, let end):
        output.append(contentsOf: scalars[Int(start)..<Int(end)])
      case .array(let index):
        output.append(UInt8(ascii: "["))
        output.append(0x0A)
        for (position, child) in arrays[index].enumerated() {
          if position > 0 { Self.append(",\n", to: &output) }
          indent(level + 1, into: &output)
          write(child, level: level + 1, into: &output)
        }
        output.append(0x0A)
        indent(level, into: &output)
        output.append(UInt8(ascii: "]"))
      case .object(let index):
        output.append(UInt8(ascii: "{"))
        output.append(0x0A)
        // Sorted by UTF-8; of a key encoded twice the last value wins, as in a dictionary.
        let entries = objects[index].enumerated().sorted { a, b in
          a.element.key == b.element.key
            ? a.offset < b.offset : a.element.key.utf8.lexicographicallyPrecedes(b.element.key.utf8)
        }
        var first = true
        for (position, entry) in entries.enumerated() {
          if position + 1 < entries.count, entries[position + 1].element.key == entry.element.key { continue }
          if !first { Self.append(",\n", to: &output) }
          first = false
          indent(level + 1, into: &output)
          PrettyJSONEncoder.appendString(entry.element.key, to: &output)
          Self.append(" : ", to: &output)
          write(entry.element.slot, level: level + 1, into: &output)
        }
        output.append(0x0A)
        indent(level, into: &output)
        output.append(UInt8(ascii: "}"))
      }
    }

    /// Stores `text` (already JSON) as the value of `slot`.
    mutating func setScalar(_ slot: Int, _ text: StaticString) {
      let start = Int32(scalars.count)
      text.withUTF8Buffer { scalars.append(contentsOf: $0) }
      nodes[slot] = .scalar(start, Int32(scalars.count))
    }

    mutating func setScalar(_ slot: Int, number: String) {
      let start = Int32(scalars.count)
      scalars.append(contentsOf: number.utf8)
      nodes[slot] = .scalar(start, Int32(scalars.count))
    }

    mutating func setScalar(_ slot: Int, string: String) {
      let start = Int32(scalars.count)
      PrettyJSONEncoder.appendString(string, to: &scalars)
      nodes[slot] = .scalar(start, Int32(scalars.count))
    }

    /// Evidence as the generic path writes it (keys in UTF-8 order), without building its object.
    ///
    /// Most objects of a report are evidence. `PrettyJSONEncoderTests` compares it with
    /// `JSONEncoder`'s output, so a new field of `Evidence` cannot be forgotten here.
    private func writeEvidence(_ evidence: Evidence, level: Int, into output: inout [UInt8]) {
      Self.append("{\n", to: &output)
      // Keys in UTF-8 order, written one by one (no array of fields per evidence).
      /// Writes the separator, indentation and quoted `name` of one field.
      func key(_ name: StaticString, first: Bool = false) {
        if !first { Self.append(",\n", to: &output) }
        indent(level + 1, into: &output)
        output.append(UInt8(ascii: "\""))
        Self.append(name, to: &output)
        Self.append("\" : ", to: &output)
      }
      key("article", first: true)
      PrettyJSONEncoder.appendString(evidence.article, to: &output)
      key("column")
      output.append(contentsOf: String(evidence.column).utf8)
      key("end")
      output.append(contentsOf: String(evidence.end).utf8)
      key("line")
      output.append(contentsOf: String(evidence.line).utf8)
      key("quote")
      PrettyJSONEncoder.appendString(evidence.quote, to: &output)
      key("start")
      output.append(contentsOf: String(evidence.start).utf8)
      output.append(0x0A)
      indent(level, into: &output)
      output.append(UInt8(ascii: "}"))
    }

    private static let spaces = [UInt8](repeating: 0x20, count: 64)

    /// Appends literal JSON punctuation from static memory (an array literal here would be
    /// allocated at every call, millions of times per report).
    @inline(__always)
    private static func append(_ text: StaticString, to output: inout [UInt8]) {
      text.withUTF8Buffer { output.append(contentsOf: $0) }
    }

    private func indent(_ level: Int, into output: inout [UInt8]) {
      if 2 * level <= Self.spaces.count {
        output.append(contentsOf: Self.spaces[0..<(2 * level)])
      } else {
        output.append(contentsOf: repeatElement(0x20, count: 2 * level))
      }
    }
  }

  /// `string` quoted, with JSON's escapes: quote, backslash, and control characters.
  static func appendString(_ string: String, to output: inout [UInt8]) {
    output.append(UInt8(ascii: "\""))
    var string = string
    string.withUTF8 { bytes in
      // Most report strings need no escape: copied whole.
      guard bytes.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) else {
        output.append(contentsOf: bytes)
        return
      }
      for byte in bytes { appendEscaped(byte, to: &output) }
    }
    output.append(UInt8(ascii: "\""))
  }

  private static func appendEscaped(_ byte: UInt8, to output: inout [UInt8]) {
    switch byte {
    case UInt8(ascii: "\""): output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
    case UInt8(ascii: "\\"): output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
    case 0x08: output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "b")])
    case 0x0C: output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "f")])
    case 0x0A: output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
    case 0x0D: output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
    case 0x09: output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
    case 0x00..<0x20:
      let hex = Array("0123456789abcdef".utf8)
      output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "u"), 0x30, 0x30])
      output.append(hex[Int(byte >> 4)])
      output.append(hex[Int(byte & 0x0F)])
    default: output.append(byte)
    }
  }
}
