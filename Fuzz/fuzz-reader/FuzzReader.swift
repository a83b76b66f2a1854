import ContrasteNormalizer
import Foundation
import FuzzSupport

/// One reader per process: ICU handles are costly to open and the fuzzer runs on one thread.
nonisolated(unsafe) let reader = try! ArticleReader()
let directory = FileManager.default.temporaryDirectory.appendingPathComponent("fuzz-reader-\(getpid())").path
let extensions = ["txt", "md", "jsonl"]

/// Reads the input as a file: the first byte picks the format, the rest are the file's bytes.
// libFuzzer looks the callback up by this name too.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzReader(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  guard let data else { return 0 }
  guard size > 0 else { return 0 }
  try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
  let path = "\(directory)/input.\(extensions[Int(data[0]) % extensions.count])"
  let bytes = Data(UnsafeBufferPointer(start: data + 1, count: size - 1))
  guard FileManager.default.createFile(atPath: path, contents: bytes) else { return 0 }
  let result = reader.read(path: path, id: "input")
  for article in result.articles {
    let count = article.text.unicodeScalars.count
    for segment in article.segments { precondition(segment.range.upperBound <= count, "segment past the end") }
    for line in article.lines { precondition(line.range.upperBound <= count, "line past the end") }
    if let range = article.dateline?.range { precondition(range.upperBound <= count, "dateline past the end") }
    if let range = article.published?.evidence { precondition(range.upperBound <= count, "evidence past the end") }
  }
  for error in result.errors { precondition(error.description.contains(path), "error does not name the file") }
  return 0
}

@main
enum Main {
  static func main() { runFuzzer(fuzzReader) }
}
