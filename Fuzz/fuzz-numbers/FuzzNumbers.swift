import ContrasteNormalizer
import FuzzSupport

@testable import ContrasteClaims

nonisolated(unsafe) let folder = try! Folder()
let parser = NumberParser()

/// Tokenizes the folded input and reads a number at every token.
// libFuzzer looks the callback up by this name too.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzNumbers(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  guard let data else { return 0 }
  let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
  let folded = try! folder.fold(text)
  let scalars = Array(folded.string.unicodeScalars)
  let tokens = Tokenizer.tokens(
    folded: scalars, in: 0..<scalars.count, map: folded, original: Array(text.unicodeScalars))
  for index in tokens.indices {
    if tokens[index].kind == .number, let value = NumberParser.digits(tokens[index].string(in: folded.utf8)) {
      precondition(value.isFinite && value >= 0, "digits gave \(value)")
    }
    guard let number = parser.parse(tokens, at: index, folded: folded.utf8) else { continue }
    precondition(number.length >= 1 && index + number.length <= tokens.count, "number runs past the tokens")
    precondition(number.baseLength >= 1 && number.baseLength <= number.length, "base longer than the number")
    precondition(number.value.isFinite && number.value >= 0, "value \(number.value)")
  }
  return 0
}

@main
enum Main {
  static func main() { runFuzzer(fuzzNumbers) }
}
