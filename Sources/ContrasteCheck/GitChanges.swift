import Foundation

/// Article files changed since a git ref: `contraste check --changed-from origin/main`.
public enum GitChanges {
  /// Paths (relative to the working directory) of added or modified `.txt`, `.md` and `.jsonl`
  /// files between `ref` and the working tree.
  public static func files(since ref: String, directory: String) throws(CheckError) -> [String] {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["git", "diff", "--name-only", "--diff-filter=AMR", "--relative", ref, "--"]
    process.currentDirectoryURL = URL(fileURLWithPath: directory)
    let output = Pipe()
    let errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    do {
      try process.run()
    } catch {
      throw .git(problem: "cannot run git (\(error.localizedDescription))")
    }
    let data = output.fileHandleForReading.readDataToEndOfFile()
    let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
      throw .git(problem: message.split(separator: "\n").first.map(String.init) ?? "git diff failed")
    }
    let untracked = try untrackedFiles(directory: directory)
    let all = String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init) + untracked
    return Array(Set(all.filter { ["txt", "md", "markdown", "jsonl"].contains(($0 as NSString).pathExtension) }))
      .sorted()
  }

  /// New files git does not track yet (an article written but not committed is still checked).
  private static func untrackedFiles(directory: String) throws(CheckError) -> [String] {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["git", "ls-files", "--others", "--exclude-standard"]
    process.currentDirectoryURL = URL(fileURLWithPath: directory)
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    do {
      try process.run()
    } catch {
      throw .git(problem: "cannot run git (\(error.localizedDescription))")
    }
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
  }
}
