/// Folds text into matching keys: NFC, accents removed (ñ kept by default), lowercase, typography.
///
/// The fast path maps each scalar through a ``FoldTable``; a chunk of text holding anything the
/// table cannot fold alone (combining marks, final sigma, rare scripts) goes to ICU's
/// normalizers whole (``ICUFolding``), so the result is exactly what the folding transliterator
/// gives. Safe to share between tasks.
public struct Folder: Sendable {
  public let table: FoldTable

  /// A folder sharing `table` (build the table once, then a folder per task or one for all);
  /// fails when ICU's normalization data cannot be loaded.
  public init(table: FoldTable) throws(ICUError) {
    self.table = table
    _ = try ICUFolding.fold(utf16: [0x41], keepEnye: table.options.keepEnye)
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
    let result: Result<FoldedText, ICUError> = text.withUTF8 { bytes in
      do throws(ICUError) {
        return .success(write(bytes, try plan(bytes)))
      } catch {
        return .failure(error)
      }
    }
    return try result.get()
  }

  /// A stretch of text ICU folds whole: it holds a scalar the table cannot fold alone, and runs
  /// from just after the breaker before that scalar to the breaker after it.
  private struct ComplexChunk {
    /// The chunk's UTF-8 bytes in the input.
    var bytes: Range<Int>
    /// The chunk's scalar offsets in the input.
    var scalars: Range<Int>
    /// ICU's fold of the chunk (then typography), and its number of scalars.
    var utf8: [UInt8]
    var scalarCount: Int
  }

  /// What the first pass learns: the output's size and the chunks ICU folds.
  private struct Plan {
    /// UTF-8 bytes of the folded text.
    var outputBytes = 0
    /// Scalars of the folded text (one start and end offset each).
    var outputScalars = 0
    /// Scalars of the input (one folded offset each, plus the end).
    var inputScalars = 0
    /// The complex chunks, in input order.
    var chunks: [ComplexChunk] = []
  }

  /// First pass: sizes the output and folds the complex chunks, so the second pass writes every
  /// array once, at its final size.
  private func plan(_ bytes: UnsafeBufferPointer<UInt8>) throws(ICUError) -> Plan {
    let breaker = FoldTable.Kind.breaker.rawValue
    let complex = FoldTable.Kind.complex.rawValue
    let kinds = table.kinds
    let entryStart = table.utf8Start
    let entryCount = table.scalarCount
    var plan = Plan()
    var byte = 0
    var scalar = 0
    let count = bytes.count
    // The open complex chunk's start, while the scan is inside one.
    var open: (byte: Int, scalar: Int)?
    while byte < count {
      let lead = bytes[byte]
      if lead < 0x80, open == nil {
        // Outside a complex chunk, ASCII folds one byte to one byte: skip the run, eight
        // bytes at a time while it lasts.
        let end = UTF8Scalar.asciiRunEnd(bytes, from: byte + 1, limit: count)
        plan.outputBytes += end - byte
        plan.outputScalars += end - byte
        scalar += end - byte
        byte = end
        continue
      }
      let (value, length) = UTF8Scalar.decode(bytes, at: byte)
      let kind = value < FoldTable.bound ? kinds[Int(value)] : complex
      if kind == breaker, let start = open {
        try closeChunk(bytes, start: start, end: (byte, scalar), into: &plan)
        open = nil
      }
      if kind == complex, open == nil {
        // The chunk starts after the last breaker: take back what the scalars since then added.
        var start = (byte: byte, scalar: scalar)
        while start.byte > 0 {
          var previous = start.byte - 1
          while previous > 0, bytes[previous] & 0xC0 == 0x80 { previous -= 1 }
          let (before, _) = UTF8Scalar.decode(bytes, at: previous)
          // Only simple scalars come before without a breaker: a complex one would be open.
          if before >= FoldTable.bound || kinds[Int(before)] != FoldTable.Kind.simple.rawValue { break }
          plan.outputBytes -= Int(entryStart[Int(before) + 1] - entryStart[Int(before)])
          plan.outputScalars -= Int(entryCount[Int(before)])
          start = (previous, start.scalar - 1)
        }
        open = start
      }
      if open == nil {
        plan.outputBytes += Int(entryStart[Int(value) + 1] - entryStart[Int(value)])
        plan.outputScalars += Int(entryCount[Int(value)])
      }
      byte += length
      scalar += 1
    }
    if let start = open { try closeChunk(bytes, start: start, end: (count, scalar), into: &plan) }
    plan.inputScalars = scalar
    return plan
  }

  /// Folds one complex chunk with ICU and records it.
  private func closeChunk(
    _ bytes: UnsafeBufferPointer<UInt8>, start: (byte: Int, scalar: Int), end: (byte: Int, scalar: Int),
    into plan: inout Plan
  ) throws(ICUError) {
    let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start.byte..<end.byte]), as: UTF8.self)
    let folded = try ICUFolding.fold(utf16: Array(text.utf16), keepEnye: table.options.keepEnye)
    var utf8: [UInt8] = []
    var scalarCount = 0
    for scalar in String(decoding: folded, as: UTF16.self).unicodeScalars {
      let replaced = table.options.unifyTypography ? Typography.replacement(for: scalar.value) : nil
      for value in replaced ?? [scalar.value] {
        if let scalar = Unicode.Scalar(value) { utf8.append(contentsOf: String(scalar).utf8) }
        scalarCount += 1
      }
    }
    plan.outputBytes += utf8.count
    plan.outputScalars += scalarCount
    plan.chunks.append(
      ComplexChunk(
        bytes: start.byte..<end.byte, scalars: start.scalar..<end.scalar, utf8: utf8, scalarCount: scalarCount))
  }

  /// Second pass: writes the folded UTF-8 and the offset maps, table folds between the chunks.
  private func write(_ bytes: UnsafeBufferPointer<UInt8>, _ plan: Plan) -> FoldedText {
    // Offsets are stored as Int32 with wrapping conversions: the plan guarantees they fit.
    precondition(
      plan.inputScalars < Int(Int32.max) && plan.outputScalars < Int(Int32.max),
      "text too long to fold: \(plan.inputScalars) scalars (at most \(Int32.max - 1))")
    // Every element is written exactly once (the plan sized them): no zero-filling first.
    var originalStart: [Int32] = []
    var originalEnd: [Int32] = []
    var foldedStart: [Int32] = []
    let entries = table.utf8
    let entryStart = table.utf8Start
    let entryCount = table.scalarCount
    let utf8 = [UInt8](unsafeUninitializedCapacity: plan.outputBytes) { out, outCount in
      originalStart = [Int32](unsafeUninitializedCapacity: plan.outputScalars) { starts, startsCount in
        originalEnd = [Int32](unsafeUninitializedCapacity: plan.outputScalars) { ends, endsCount in
          foldedStart = [Int32](unsafeUninitializedCapacity: plan.inputScalars + 1) { folded, foldedCount in
            var byte = 0
            var scalar = 0
            var outByte = 0
            var outScalar = 0
            var chunkIndex = 0
            while byte < bytes.count {
              let stop = chunkIndex < plan.chunks.count ? plan.chunks[chunkIndex].bytes.lowerBound : bytes.count
              while byte < stop {
                let lead = bytes[byte]
                if lead < 0x80 {
                  // An ASCII run folds byte for byte; bound it once, then write it unchecked.
                  let end = UTF8Scalar.asciiRunEnd(bytes, from: byte + 1, limit: stop)
                  let run = end - byte
                  precondition(
                    outByte + run <= plan.outputBytes && outScalar + run <= plan.outputScalars
                      && scalar + run <= plan.inputScalars, "fold plan too small for an ASCII run")
                  // Plain pointer loops with wrapping arithmetic, which the compiler vectorises.
                  if let source = bytes.baseAddress, let target = out.baseAddress,
                    let startsBase = starts.baseAddress, let endsBase = ends.baseAddress,
                    let foldedBase = folded.baseAddress
                  {
                    let (input, output) = (source + byte, target + outByte)
                    // ASCII folds to its lowercase (`FoldTable` checks this when it is built).
                    for offset in 0..<run {
                      let value = input[offset]
                      output[offset] = value | (value &- 0x41 < 26 ? 0x20 : 0)
                    }
                    let (startValue, foldedValue) = (
                      Int32(truncatingIfNeeded: scalar), Int32(truncatingIfNeeded: outScalar)
                    )
                    let (startTarget, endTarget) = (startsBase + outScalar, endsBase + outScalar)
                    let foldedTarget = foldedBase + scalar
                    for offset in 0..<run {
                      let step = Int32(truncatingIfNeeded: offset)
                      startTarget[offset] = startValue &+ step
                      endTarget[offset] = startValue &+ step &+ 1
                      foldedTarget[offset] = foldedValue &+ step
                    }
                  } else {
                    // A run has at least one byte, so every buffer has storage: never taken.
                    preconditionFailure("fold buffers without storage for an ASCII run")
                  }
                  outByte += run
                  outScalar += run
                  byte = end
                  scalar += run
                  continue
                }
                let (value, length) = UTF8Scalar.decode(bytes, at: byte)
                let entry = Int(entryStart[Int(value)])..<Int(entryStart[Int(value) + 1])
                let entryScalars = Int(entryCount[Int(value)])
                precondition(
                  outByte + entry.count <= plan.outputBytes && outScalar + entryScalars <= plan.outputScalars
                    && scalar < plan.inputScalars, "fold plan too small for a scalar")
                folded[scalar] = Int32(truncatingIfNeeded: outScalar)
                for index in entry {
                  out[outByte] = entries[index]
                  outByte += 1
                }
                for _ in 0..<entryScalars {
                  starts[outScalar] = Int32(truncatingIfNeeded: scalar)
                  ends[outScalar] = Int32(truncatingIfNeeded: scalar + 1)
                  outScalar += 1
                }
                byte += length
                scalar += 1
              }
              guard chunkIndex < plan.chunks.count else { break }
              let chunk = plan.chunks[chunkIndex]
              precondition(
                outByte + chunk.utf8.count <= plan.outputBytes && outScalar + chunk.scalarCount <= plan.outputScalars
                  && chunk.scalars.upperBound <= plan.inputScalars, "fold plan too small for a complex chunk")
              for index in chunk.scalars { folded[index] = Int32(truncatingIfNeeded: outScalar) }
              for value in chunk.utf8 {
                out[outByte] = value
                outByte += 1
              }
              for _ in 0..<chunk.scalarCount {
                starts[outScalar] = Int32(truncatingIfNeeded: chunk.scalars.lowerBound)
                ends[outScalar] = Int32(truncatingIfNeeded: chunk.scalars.upperBound)
                outScalar += 1
              }
              byte = chunk.bytes.upperBound
              scalar = chunk.scalars.upperBound
              chunkIndex += 1
            }
            folded[scalar] = Int32(truncatingIfNeeded: outScalar)
            // The arrays are uninitialised memory: the plan must have sized them exactly.
            precondition(
              outByte == plan.outputBytes && outScalar == plan.outputScalars && scalar == plan.inputScalars,
              "fold plan and output disagree")
            foldedCount = plan.inputScalars + 1
          }
          endsCount = plan.outputScalars
        }
        startsCount = plan.outputScalars
      }
      outCount = plan.outputBytes
    }
    return FoldedText(utf8: utf8, originalStart: originalStart, originalEnd: originalEnd, foldedStart: foldedStart)
  }
}
