import FuzzSupport
import Yams

@testable import ContrasteNormalizer

/// Parses the input as the head of a Markdown article, adding the opening `---` when missing so
/// the fuzzer spends its time inside the YAML. Lines the quick path reads must mean the same to
/// the YAML parser, and read by bytes the same as by characters.
// libFuzzer looks the callback up by this name too.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFrontMatter(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  guard let data else { return 0 }
  var text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
  if !text.hasPrefix("---") { text = "---\n" + text }
  let lineCount = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }.count
  let lines = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }.map(String.init)
  // The byte reading of a line agrees with the character reading wherever it is used.
  for line in lines where FrontMatter.isOwnCharacters(line) {
    let (bytes, characters) = (FrontMatter.byteEntry(line), FrontMatter.characterEntry(line))
    precondition(bytes?.key == characters?.key && bytes?.value == characters?.value, "byte reading of \(line)")
  }
  if let close = lines.indices.dropFirst().first(where: { lines[$0] == "---" }),
    let entries = FrontMatter.simpleEntries(lines[1..<close])
  {
    let mapping = (try? Yams.compose(yaml: lines[1..<close].joined(separator: "\n")))??.mapping
    precondition(mapping != nil || entries.isEmpty, "quick path read what YAML rejects")
    for (key, value, _) in entries {
      precondition(mapping?[key]?.scalar?.string == value, "quick path: \(key) is \(value)")
    }
  }
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
