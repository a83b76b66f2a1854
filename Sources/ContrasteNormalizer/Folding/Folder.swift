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
    let originalUTF8Count = text.utf8.count
    var output: [UInt8] = []
    output.reserveCapacity(originalUTF8Count + 16)
    var originalStart: [Int32] = []
    var originalEnd: [Int32] = []
    var foldedStart: [Int32] = []
    originalStart.reserveCapacity(originalUTF8Count)
    originalEnd.reserveCapacity(originalUTF8Count)
    foldedStart.reserveCapacity(originalUTF8Count + 1)

    var failure: ICUError?
    text.withUTF8 { bytes in
      let kinds = table.kinds
      let entries = table.utf8
      let entryStart = table.utf8Start
      let entryCount = table.scalarCount
      // The chunk being built: where it starts in the input and the output, and whether
      // something in it needs ICU.
      var chunkByte = 0
      var chunkScalar = 0
      var chunkOutputByte = 0
      var chunkOutputScalar = 0
      var chunkIsComplex = false
      var scalarIndex = 0
      var byte = 0

      func flushComplexChunk(endByte: Int, endScalar: Int) throws(ICUError) {
        output.removeSubrange(chunkOutputByte...)
        originalStart.removeSubrange(chunkOutputScalar...)
        originalEnd.removeSubrange(chunkOutputScalar...)
        let chunk = String(decoding: UnsafeBufferPointer(rebasing: bytes[chunkByte..<endByte]), as: UTF8.self)
        let folded = try transliterator.apply(utf16: Array(chunk.utf16))
        let foldedOffset = Int32(originalStart.count)
        for scalar in String(decoding: folded, as: UTF16.self).unicodeScalars {
          let replaced =
            table.options.unifyTypography ? Typography.replacement(for: scalar.value) : nil
          for value in replaced ?? [scalar.value] {
            output.append(contentsOf: String(Unicode.Scalar(value)!).utf8)
            originalStart.append(Int32(chunkScalar))
            originalEnd.append(Int32(endScalar))
          }
        }
        for index in chunkScalar..<endScalar { foldedStart[index] = foldedOffset }
      }

      while byte < bytes.count {
        let lead = bytes[byte]
        var value: UInt32
        var length: Int
        if lead < 0x80 {
          value = UInt32(lead)
          length = 1
        } else if lead < 0xE0 {
          value = (UInt32(lead & 0x1F) << 6) | UInt32(bytes[byte + 1] & 0x3F)
          length = 2
        } else if lead < 0xF0 {
          value =
            (UInt32(lead & 0x0F) << 12) | (UInt32(bytes[byte + 1] & 0x3F) << 6)
            | UInt32(bytes[byte + 2] & 0x3F)
          length = 3
        } else {
          value =
            (UInt32(lead & 0x07) << 18) | (UInt32(bytes[byte + 1] & 0x3F) << 12)
            | (UInt32(bytes[byte + 2] & 0x3F) << 6) | UInt32(bytes[byte + 3] & 0x3F)
          length = 4
        }
        let kind = value < FoldTable.bound ? kinds[Int(value)] : FoldTable.Kind.complex.rawValue
        if kind == FoldTable.Kind.breaker.rawValue {
          if chunkIsComplex {
            do throws(ICUError) {
              try flushComplexChunk(endByte: byte, endScalar: scalarIndex)
            } catch {
              failure = error
              return
            }
          }
          chunkIsComplex = false
        } else if kind == FoldTable.Kind.complex.rawValue {
          chunkIsComplex = true
        }
        // Simple scalars (and breakers) are emitted at once; a complex chunk is redone by ICU.
        foldedStart.append(Int32(originalStart.count))
        if kind != FoldTable.Kind.complex.rawValue {
          let start = Int(entryStart[Int(value)])
          let end = Int(entryStart[Int(value) + 1])
          output.append(contentsOf: entries[start..<end])
          for _ in 0..<Int(entryCount[Int(value)]) {
            originalStart.append(Int32(scalarIndex))
            originalEnd.append(Int32(scalarIndex + 1))
          }
        }
        byte += length
        scalarIndex += 1
        if kind == FoldTable.Kind.breaker.rawValue {
          chunkByte = byte
          chunkScalar = scalarIndex
          chunkOutputByte = output.count
          chunkOutputScalar = originalStart.count
        }
      }
      if chunkIsComplex {
        do throws(ICUError) {
          try flushComplexChunk(endByte: bytes.count, endScalar: scalarIndex)
        } catch {
          failure = error
          return
        }
      }
      foldedStart.append(Int32(originalStart.count))
    }
    if let failure { throw failure }
    return FoldedText(
      string: String(decoding: output, as: UTF8.self),
      utf8: output,
      originalStart: originalStart,
      originalEnd: originalEnd,
      foldedStart: foldedStart
    )
  }
}
