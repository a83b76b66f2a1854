import ContrasteNormalizer
import ContrasteTemporal
import FuzzSupport

nonisolated(unsafe) let tagger = try! TemporalTagger(folder: Folder())

/// Tags the input with and without a publication date and checks every mention's evidence.
// libFuzzer looks the callback up by this name too.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTemporal(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  guard let data else { return 0 }
  let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
  let scalars = Array(text.unicodeScalars)
  for dct in [DayDate(year: 2026, month: 1, day: 11), nil] {
    for mention in tagger.tag(text, dct: dct) {
      precondition(mention.range.lowerBound >= 0 && mention.range.upperBound <= scalars.count, "range out of text")
      let quoted = String(String.UnicodeScalarView(scalars[mention.range]))
      precondition(quoted == mention.text, "mention text is not the quoted range")
      if let interval = mention.interval { precondition(interval.lowerBound <= interval.upperBound) }
    }
  }
  return 0
}

@main
enum Main {
  static func main() { runFuzzer(fuzzTemporal) }
}
