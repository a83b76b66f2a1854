import ContrasteNormalizer
import FuzzSupport

nonisolated(unsafe) let folders = [try! Folder(), try! Folder(options: FoldOptions(keepEnye: false))]

/// Folds the input (as UTF-8, invalid bytes replaced) and checks the offset map both ways.
// libFuzzer looks the callback up by this name too.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFold(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  guard let data else { return 0 }
  let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
  let originalCount = text.unicodeScalars.count
  for folder in folders {
    let folded = try! folder.fold(text)
    precondition(folded.originalCount == originalCount, "map does not cover the original")
    precondition(folded.string.unicodeScalars.count == folded.count, "map does not cover the folded text")
    precondition(Array(folded.string.utf8) == folded.utf8, "UTF-8 copy differs from the string")
    var previous = 0..<0
    for index in 0..<folded.count {
      let range = folded.originalRange(of: index..<index + 1)
      precondition(range.lowerBound >= previous.lowerBound && range.upperBound <= originalCount, "map not monotone")
      previous = range
    }
    var last = 0
    for offset in 0...originalCount {
      let position = folded.foldedOffset(ofOriginal: offset)
      precondition(position >= last && position <= folded.count, "inverse map not monotone")
      last = position
    }
    precondition(try! folder.fold(folded.string).string == folded.string, "folding is not idempotent")
  }
  return 0
}

@main
enum Main {
  static func main() { runFuzzer(fuzzFold) }
}
