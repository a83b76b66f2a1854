import ArgumentParser
import ContrasteNormalizer
import Foundation

/// The `contraste` command: a thin layer over the pipeline libraries.
@main
struct Contraste: ParsableCommand {
  static let version = "0.1.0"

  static let configuration = CommandConfiguration(
    commandName: "contraste",
    abstract: "Cross-source fact reconciliation for Spanish-language news.",
    discussion: """
      Exit codes:
        0  success, nothing to report
        1  findings at or above the fail level (commands that compare articles)
        2  usage error, or an input that could not be read (named on standard error)
      """,
    version: version,
    subcommands: [ReadCommand.self, DatesCommand.self, ClaimsCommand.self, AuditCommand.self, CheckCommand.self]
  )

  /// Runs the command; usage errors exit with 2 (ArgumentParser's default is 64).
  static func main() {
    do {
      var command = try parseAsRoot()
      try command.run()
    } catch {
      let code = exitCode(for: error)
      if code == .validationFailure {
        FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
        Foundation.exit(ExitCode.inputError.rawValue)
      }
      exit(withError: error)
    }
  }
}

extension ExitCode {
  /// Findings at or above the fail level.
  static let findings = ExitCode(1)
  /// Usage error or unreadable input.
  static let inputError = ExitCode(2)
}
