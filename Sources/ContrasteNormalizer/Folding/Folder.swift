/// Folds text into matching keys: NFC, accents removed (ñ kept by default), lowercase, typography.
///
/// The fast path maps each scalar through a ``FoldTable``; a chunk of text holding anything the
/// table cannot fold alone (combining marks, final sigma, rare scripts) goes to ICU's
/// transliterator whole, so the result is exactly ICU's. Not thread-safe: one per task.
public struct Folder {
  public let table: FoldTable
  private let transliterator: Transliterator

  /// A folder sharing `table` (build the table once, then one folder per task).
  public init(table: FoldTable) throws(ICUError) {
    self.table = table
    self.transliterator = try Transliterator(id: table.options.transliteratorID)
  }

  /// A folder with its own table.
  public init(options: FoldOptions = FoldOptions()) throws(ICUError) {
    try self.init(table: FoldTable(options: options))
  }

  /// The folded key of `text`, without the offset map.
  public func key(_ text: String) throws(ICUError) -> String { try fold(text).string }

  /// Folds `text` and records where each folded scalar came from.
  public func fold(_ text: String) throws(ICUError) -> FoldedText {
    var text = text
    var output = Output(capacity: text.utf8.count)
    let failure: ICUError? = text.withUTF8 { bytes in
      do throws(ICUError) {
        try fold(bytes, into: &output)
        return nil
      } catch {
        return error
      }
    }
    if let failure { throw failure }
    return FoldedText(
      string: String(decoding: output.utf8, as: UTF8.self), utf8: output.utf8,
      originalStart: output.originalStart, originalEnd: output.originalEnd, foldedStart: output.foldedStart)
  }

  /// The folded text being built.
  private struct Output {
    var utf8: [UInt8] = []
    var originalStart: [Int32] = []
    var originalEnd: [Int32] = []
    var foldedStart: [Int32] = []

    init(capacity: Int) {
      utf8.reserveCapacity(capacity + 16)
      originalStart.reserveCapacity(capacity)
      originalEnd.reserveCapacity(capacity)
      foldedStart.reserveCapacity(capacity + 1)
    }
  }

  /// The chunk of text being built.
  ///
  /// It records where the chunk starts in the input and the output, and whether something in it
  /// needs ICU. Chunks end at breakers (spaces, digits, most punctuation).
  private struct Chunk {
    var byte = 0
    var scalar = 0
    var outputByte = 0
    var outputScalar = 0
    var isComplex = false
  }

  private func fold(_ bytes: UnsafeBufferPointer<UInt8>, into output: inout Output) throws(ICUError) {
    let breaker = FoldTable.Kind.breaker.rawValue
    let complex = FoldTable.Kind.complex.rawValue
    var chunk = Chunk()
    var scalarIndex = 0
    var byte = 0
    let count = bytes.count
    let kinds = table.kinds
    let entries = table.utf8
    let entryStart = table.utf8Start
    let entryCount = table.scalarCount
    // What each ASCII byte folds to (always one byte).
    var asciiMap = [UInt8](repeating: 0, count: 128)
    for lead in 0..<128 { asciiMap[lead] = table.folded(ascii: UInt8(lead)) }
    while byte < count {
      // ASCII: one byte in, one byte out, and never part of a complex chunk's trigger.
      let lead = bytes[byte]
      if lead < 0x80, !chunk.isComplex {
        // A run of ASCII at once: news text is mostly ASCII, and appending element by element
        // cost more than folding.
        var end = byte + 1
        while end < count, bytes[end] < 0x80 { end += 1 }
        let length = end - byte
        let (outputByte, outputScalar) = (output.utf8.count, output.originalStart.count)
        output.utf8.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[byte..<end]))
        output.utf8.withUnsafeMutableBufferPointer { utf8 in
          for index in outputByte..<(outputByte + length) { utf8[index] = asciiMap[Int(utf8[index])] }
        }
        Self.appendCount(to: &output.foldedStart, from: outputScalar, length)
        Self.appendCount(to: &output.originalStart, from: scalarIndex, length)
        Self.appendCount(to: &output.originalEnd, from: scalarIndex + 1, length)
        // The chunk now starts after the run's last breaker, if it has one.
        var last = end - 1
        while last >= byte, kinds[Int(bytes[last])] != breaker { last -= 1 }
        if last >= byte {
          let after = last + 1 - byte
          chunk = Chunk(
            byte: last + 1, scalar: scalarIndex + after, outputByte: outputByte + after,
            outputScalar: outputScalar + after)
        }
        byte = end
        scalarIndex += length
        continue
      }
      if lead < 0x80 {
        let kind = kinds[Int(lead)]
        if kind == breaker, chunk.isComplex {
          try foldComplex(chunk, bytes: bytes, endByte: byte, endScalar: scalarIndex, into: &output)
        }
        output.foldedStart.append(Int32(output.originalStart.count))
        output.utf8.append(entries[Int(entryStart[Int(lead)])])
        output.originalStart.append(Int32(scalarIndex))
        output.originalEnd.append(Int32(scalarIndex + 1))
        byte += 1
        scalarIndex += 1
        if kind == breaker {
          chunk = Chunk(
            byte: byte, scalar: scalarIndex, outputByte: output.utf8.count, outputScalar: output.originalStart.count)
        }
        continue
      }
      let (value, length) = UTF8Scalar.decode(bytes, at: byte)
      let kind = value < FoldTable.bound ? kinds[Int(value)] : complex
      if kind == breaker, chunk.isComplex {
        try foldComplex(chunk, bytes: bytes, endByte: byte, endScalar: scalarIndex, into: &output)
      }
      if kind == complex { chunk.isComplex = true }
      // Simple scalars and breakers are emitted at once; a complex chunk is redone by ICU.
      output.foldedStart.append(Int32(output.originalStart.count))
      if kind != complex {
        let entry = Int(value)
        let start = Int(entryStart[entry])
        let end = Int(entryStart[entry + 1])
        for index in start..<end { output.utf8.append(entries[index]) }
        for _ in 0..<Int(entryCount[entry]) {
          output.originalStart.append(Int32(scalarIndex))
          output.originalEnd.append(Int32(scalarIndex + 1))
        }
      }
      byte += length
      scalarIndex += 1
      if kind == breaker {
        chunk = Chunk(
          byte: byte, scalar: scalarIndex, outputByte: output.utf8.count,
          outputScalar: output.originalStart.count)
      }
    }
    if chunk.isComplex {
      try foldComplex(chunk, bytes: bytes, endByte: count, endScalar: scalarIndex, into: &output)
    }
    output.foldedStart.append(Int32(output.originalStart.count))
  }

  /// Replaces what the fast path emitted for `chunk` with ICU's fold of the whole chunk.
  private func foldComplex(
    _ chunk: Chunk, bytes: UnsafeBufferPointer<UInt8>, endByte: Int, endScalar: Int, into output: inout Output
  ) throws(ICUError) {
    output.utf8.removeSubrange(chunk.outputByte...)
    output.originalStart.removeSubrange(chunk.outputScalar...)
    output.originalEnd.removeSubrange(chunk.outputScalar...)
    let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[chunk.byte..<endByte]), as: UTF8.self)
    let folded = try transliterator.apply(utf16: Array(text.utf16))
    let foldedOffset = Int32(output.originalStart.count)
    for scalar in String(decoding: folded, as: UTF16.self).unicodeScalars {
      let replaced = table.options.unifyTypography ? Typography.replacement(for: scalar.value) : nil
      for value in replaced ?? [scalar.value] {
        if let scalar = Unicode.Scalar(value) { output.utf8.append(contentsOf: String(scalar).utf8) }
        output.originalStart.append(Int32(chunk.scalar))
        output.originalEnd.append(Int32(endScalar))
      }
    }
    for index in chunk.scalar..<endScalar { output.foldedStart[index] = foldedOffset }
  }

  /// Appends `start`, `start + 1`, … (`count` values): a fill loop the compiler vectorises,
  /// where appending a range goes element by element.
  private static func appendCount(to array: inout [Int32], from start: Int, _ count: Int) {
    let end = array.count
    array.append(contentsOf: repeatElement(0, count: count))
    array.withUnsafeMutableBufferPointer { buffer in
      let first = Int32(start)
      for offset in 0..<count { buffer[end + offset] = first &+ Int32(truncatingIfNeeded: offset) }
    }
  }
}
