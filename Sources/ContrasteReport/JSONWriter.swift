/// Writes report values straight to the bytes `JSONEncoder` writes with `.prettyPrinted`,
/// `.sortedKeys` and `.withoutEscapingSlashes`.
///
/// The report of 100,000 articles is half a gigabyte of JSON. Encoding it through `Encodable`
/// built a tree of every value first; the report's types are few and fixed, so each writes its
/// fields itself, keys already in UTF-8 order (`JSONWritable.swift`). Same layout as
/// Foundation: two spaces per level, `"key" : value`, empty containers as `[\n\n]`, the same
/// escapes. `JSONWriterTests` compares every report type with `JSONEncoder`'s output.
///
/// The bytes go to a buffer the writer owns (noncopyable, freed when it goes): most appends are
/// one to a dozen bytes, which `Array`'s checks would cost more than the bytes themselves.
struct JSONWriter: ~Copyable {
  private var start: UnsafeMutablePointer<UInt8>
  private var count = 0
  private var capacity: Int

  init(capacity: Int = 1024) {
    self.capacity = max(16, capacity)
    start = .allocate(capacity: self.capacity)
  }

  deinit { start.deallocate() }

  /// The JSON written so far, as a string.
  var text: String { String(decoding: UnsafeBufferPointer(start: start, count: count), as: UTF8.self) }

  /// The JSON written so far, as bytes.
  var bytes: [UInt8] { Array(UnsafeBufferPointer(start: start, count: count)) }

  /// Makes room for `extra` more bytes.
  @inline(__always)
  private mutating func reserve(_ extra: Int) {
    if count + extra > capacity { grow(to: count + extra) }
  }

  private mutating func grow(to needed: Int) {
    let grown = max(needed, 2 * capacity)
    let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: grown)
    moved.initialize(from: start, count: count)
    start.deallocate()
    (start, capacity) = (moved, grown)
  }

  @inline(__always)
  private mutating func append(_ byte: UInt8) {
    reserve(1)
    start[count] = byte
    count += 1
  }

  @inline(__always)
  private mutating func append(_ buffer: UnsafeBufferPointer<UInt8>) {
    guard let base = buffer.baseAddress, !buffer.isEmpty else { return }
    reserve(buffer.count)
    (start + count).initialize(from: base, count: buffer.count)
    count += buffer.count
  }

  // MARK: Containers

  /// Where the fields of one object are being written.
  struct Object {
    let level: Int
    var first = true
  }

  /// Opens an object whose closing brace is indented by `level` levels.
  mutating func openObject(level: Int) -> Object {
    append(UInt8(ascii: "{"))
    return Object(level: level)
  }

  /// Closes `object` (an object without fields as `{\n\n}`, as Foundation writes it).
  mutating func close(_ object: Object) {
    if object.first { append(0x0A) }
    append(0x0A)
    indent(object.level)
    append(UInt8(ascii: "}"))
  }

  /// Starts the field `name` of `object`: separator, indentation and quoted key.
  ///
  /// `name` must need no escape; fields must come in UTF-8 order of their names.
  mutating func key(_ name: StaticString, in object: inout Object) {
    append(object.first ? "\n" : ",\n")
    object.first = false
    indent(object.level + 1)
    append(UInt8(ascii: "\""))
    append(name)
    append("\" : ")
  }

  /// Starts a field whose name is data (a message argument): the name is escaped.
  mutating func key(_ name: String, in object: inout Object) {
    append(object.first ? "\n" : ",\n")
    object.first = false
    indent(object.level + 1)
    string(name)
    append(" : ")
  }

  /// The field `name` of `object` and its value.
  mutating func field(_ name: StaticString, _ value: some JSONWritable, in object: inout Object) {
    key(name, in: &object)
    value.write(to: &self, level: object.level + 1)
  }

  /// The field `name` of `object`, left out when `value` is absent (as `JSONEncoder` does).
  mutating func field(_ name: StaticString, _ value: (some JSONWritable)?, in object: inout Object) {
    guard let value else { return }
    field(name, value, in: &object)
  }

  /// An array at `level` of `elements`, each written by `element` one level deeper.
  mutating func array<Element>(
    _ elements: [Element], level: Int, _ element: (inout JSONWriter, Element, Int) -> Void
  ) {
    append(UInt8(ascii: "["))
    append(0x0A)
    if elements.isEmpty { append(0x0A) }
    // Elements are passed in place by index: iterating by value would copy each one,
    // retaining every string in it (strings that other workers are retaining too).
    for position in elements.indices {
      if position > 0 { append(",\n") }
      indent(level + 1)
      element(&self, elements[position], level + 1)
    }
    if !elements.isEmpty { append(0x0A) }
    indent(level)
    append(UInt8(ascii: "]"))
  }

  // MARK: Scalars

  /// `value` quoted, with JSON's escapes: quote, backslash and control characters.
  mutating func string(_ value: String) {
    append(UInt8(ascii: "\""))
    // The bytes read in place: `withUTF8` needs a mutable copy, which retains the string's
    // storage, and report strings such as article ids are shared by every worker.
    if value.utf8.withContiguousStorageIfAvailable({ stringBytes($0) }) == nil {
      var copy = value
      copy.withUTF8 { stringBytes($0) }
    }
    append(UInt8(ascii: "\""))
  }

  /// The bytes of a string, escaped as JSON requires.
  private mutating func stringBytes(_ utf8: UnsafeBufferPointer<UInt8>) {
    // Most report strings need no escape: checked without an early exit (a loop the
    // compiler vectorises), then copied whole.
    var special: UInt8 = 0
    for byte in utf8 {
      special |= (byte < 0x20 ? 1 : 0) | (byte == UInt8(ascii: "\"") ? 1 : 0) | (byte == UInt8(ascii: "\\") ? 1 : 0)
    }
    guard special != 0 else {
      append(utf8)
      return
    }
    for byte in utf8 { escaped(byte) }
  }

  /// `value` in decimal, written from its digits (no `String` per number).
  mutating func int(_ value: Int) {
    if value < 0 { append(UInt8(ascii: "-")) }
    var magnitude = value.magnitude
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
      var first = digits.count
      repeat {
        first -= 1
        digits[first] = 0x30 + UInt8(magnitude % 10)
        magnitude /= 10
      } while magnitude > 0
      append(UnsafeBufferPointer(rebasing: digits[first...]))
    }
  }

  mutating func bool(_ value: Bool) { append(value ? "true" : "false") }

  // MARK: Bytes

  /// Indentation: two spaces per level.
  mutating func indent(_ level: Int) {
    let spaces: StaticString = "                                                                "
    let width = 2 * level
    guard width <= spaces.utf8CodeUnitCount else {
      for _ in 0..<width { append(0x20) }
      return
    }
    spaces.withUTF8Buffer { append(UnsafeBufferPointer(rebasing: $0[0..<width])) }
  }

  /// Appends literal JSON from static memory (an array literal here would be allocated at
  /// every call, millions of times per report).
  @inline(__always)
  mutating func append(_ text: StaticString) {
    text.withUTF8Buffer { append($0) }
  }

  private mutating func escaped(_ byte: UInt8) {
    switch byte {
    case UInt8(ascii: "\""): append("\\\"")
    case UInt8(ascii: "\\"): append("\\\\")
    case 0x08: append("\\b")
    case 0x0C: append("\\f")
    case 0x0A: append("\\n")
    case 0x0D: append("\\r")
    case 0x09: append("\\t")
    case 0x00..<0x20:
      let hex: StaticString = "0123456789abcdef"
      append("\\u00")
      hex.withUTF8Buffer { hex in
        append(hex[Int(byte >> 4)])
        append(hex[Int(byte & 0x0F)])
      }
    default: append(byte)
    }
  }
}
