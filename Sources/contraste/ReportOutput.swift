import ArgumentParser
import Foundation

/// Writes a report to standard output, or atomically to a file that is not one of the inputs.
struct ReportOutput {
  var path: String?
  var inputs: [String]

  func write(_ report: String) throws {
    guard let path else {
      Terminal.write(report)
      return
    }
    let target = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath()
    let inputURLs = Set(inputs.map { URL(fileURLWithPath: $0).standardizedFileURL.resolvingSymlinksInPath().path })
    if inputURLs.contains(target.path) {
      Terminal.error(
        "error: \(path): is one of the input articles; refusing to overwrite it. Choose another --output path.")
      throw ExitCode.inputError
    }
    // Write next to the target, then rename: readers never see a half-written report.
    let temporary = target.deletingLastPathComponent()
      .appendingPathComponent(".\(target.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
    do {
      // Written from the string's own bytes: a 500 MB report is not copied once more.
      var report = report
      try report.withUTF8 { bytes in
        guard let file = fopen(temporary.path, "w") else { throw CocoaError(.fileWriteNoPermission) }
        let written = bytes.isEmpty ? 0 : fwrite(bytes.baseAddress, 1, bytes.count, file)
        guard fclose(file) == 0, written == bytes.count else { throw CocoaError(.fileWriteOutOfSpace) }
      }
      if rename(temporary.path, target.path) != 0 { throw CocoaError(.fileWriteUnknown) }
    } catch {
      try? FileManager.default.removeItem(at: temporary)
      Terminal.error(
        "error: \(path): cannot write the report (\(error.localizedDescription)). Check the folder exists and is writable."
      )
      throw ExitCode.inputError
    }
  }
}
