/// Writes ASCII text into a buffer; what does not fit is dropped (a TIMEX3 value of six
/// fields of at most 20 characters each fits in 128 bytes).
struct ASCIIWriter {
  let buffer: UnsafeMutableBufferPointer<UInt8>
  /// Bytes written so far.
  private(set) var count = 0

  init(buffer: UnsafeMutableBufferPointer<UInt8>) { self.buffer = buffer }

  mutating func append(_ text: String) {
    for byte in text.utf8 { append(byte) }
  }

  /// `value` in decimal with zeros before it up to `width` characters (as `String(value)`
  /// padded, a minus sign included), or `width` X's when there is no value.
  mutating func field(_ value: Int?, _ width: Int) {
    guard let value else {
      for _ in 0..<width { append(UInt8(ascii: "X")) }
      return
    }
    var magnitude = value.magnitude
    var length = value < 0 ? 1 : 0
    var rest = magnitude
    repeat {
      length += 1
      rest /= 10
    } while rest > 0
    for _ in length..<max(length, width) { append(UInt8(ascii: "0")) }
    if value < 0 { append(UInt8(ascii: "-")) }
    // Digits from the last: the end of the number is known.
    let digits = value < 0 ? length - 1 : length
    guard count + digits <= buffer.count else { return }
    var position = count + digits
    count = position
    repeat {
      position -= 1
      buffer[position] = UInt8(ascii: "0") + UInt8(magnitude % 10)
      magnitude /= 10
    } while magnitude > 0
  }

  private mutating func append(_ byte: UInt8) {
    guard count < buffer.count else { return }
    buffer[count] = byte
    count += 1
  }
}
