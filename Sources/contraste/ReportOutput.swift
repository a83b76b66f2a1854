import ArgumentParser
import ContrasteNormalizer
import Foundation

/// Writes a report to standard output, or atomically to a file that is not one of the inputs.
struct ReportOutput {
  var path: String?
  var inputs: [String]
  /// What each input was when it was read, where the reader knows (see `isInput`).
  var identities: [FileIdentity?] = []

  func write(_ report: String) throws {
    var report = report
    try report.withUTF8 { report in try write(bytes: { sink in try sink(UnsafeRawBufferPointer(report)) }) }
  }

  /// Writes a report produced in pieces of UTF-8 bytes: `produce` hands each piece to the sink,
  /// which writes it at once, so a large report is never held whole.
  func write(bytes produce: (_ sink: (UnsafeRawBufferPointer) throws -> Void) throws -> Void) throws {
    guard let path else {
      try produce { Terminal.write($0) }
      return
    }
    let target = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath()
    if isInput(target.path, spelled: path) {
      Terminal.error(
        "error: \(path): is one of the input articles; refusing to overwrite it. Choose another --output path.")
      throw ExitCode.inputError
    }
    // Write next to the target, then rename: readers never see a half-written report.
    let temporary = target.deletingLastPathComponent()
      .appendingPathComponent(".\(target.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
    do {
      guard let file = ReportFile(path: temporary.path) else { throw CocoaError(.fileWriteNoPermission) }
      var failed = false
      // Copied from the piece straight into the file's block.
      try produce { piece in if !failed, !file.write(piece) { failed = true } }
      guard file.finish(), !failed else { throw CocoaError(.fileWriteOutOfSpace) }
      if rename(temporary.path, target.path) != 0 { throw CocoaError(.fileWriteUnknown) }
    } catch {
      try? FileManager.default.removeItem(at: temporary)
      Terminal.error(
        "error: \(path): cannot write the report (\(error.localizedDescription)). Check the folder exists and is writable."
      )
      throw ExitCode.inputError
    }
  }

  /// True when writing `target` would replace one of the input files.
  ///
  /// A report that does not exist yet cannot be an input, so the usual run costs one `stat`,
  /// not one path resolution per input (100,000 of them). Otherwise only an input on the same
  /// device and inode can be it: when the file has one directory entry, the target names the
  /// input's own entry (another spelling of its path, a symbolic link, a case-insensitive file
  /// system) and replacing it loses the input; a file with several hard links keeps its content
  /// under the input's name, so there the paths themselves must match.
  ///
  /// An input whose identity the reader kept is not asked about again (a path lookup each):
  /// it is the target when it was the same file when read, or when its path is spelled as the
  /// target's (a file replaced since still has the input's name).
  private func isInput(_ target: String, spelled: String) -> Bool {
    var written = stat()
    guard stat(target, &written) == 0 else { return false }
    let identity = FileIdentity(written)
    return inputs.indices.contains { index in
      let input = inputs[index]
      if index < identities.count, let read = identities[index] {
        guard read == identity || input == target || input == spelled else { return false }
      } else {
        var read = stat()
        guard stat(input, &read) == 0, FileIdentity(read) == identity else { return false }
      }
      return written.st_nlink == 1
        || URL(fileURLWithPath: input).standardizedFileURL.resolvingSymlinksInPath().path == target
    }
  }
}
