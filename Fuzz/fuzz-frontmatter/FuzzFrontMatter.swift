import FuzzSupport

@testable import ContrasteNormalizer

/// Parses the input as the head of a Markdown article, adding the opening `---` when missing so
/// the fuzzer spends its time inside the YAML.
// libFuzzer looks the callback up by this name too.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFrontMatter(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  guard let data else { return 0 }
  var text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
  if !text.hasPrefix("---") { text = "---\n" + text }
  let lineCount = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }.count
  do {
    guard let frontMatter = try FrontMatter.parse(text, path: "fuzz.md") else { return 0 }
    precondition(
      frontMatter.lineCount >= 2 && frontMatter.lineCount <= lineCount, "line count \(frontMatter.lineCount)")
  } catch {
    precondition(error.description.contains("fuzz.md"), "error does not name the file")
  }
  return 0
}

@main
enum Main {
  static func main() { runFuzzer(fuzzFrontMatter) }
}
