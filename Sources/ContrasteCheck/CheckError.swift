/// Why `contraste check` could not run.
///
/// Each message names the file or key and says the fix.
public enum CheckError: Error, Sendable, Equatable, CustomStringConvertible {
  case configNotFound(path: String)
  case configUnreadable(path: String)
  case configUnknownKey(path: String, key: String)
  case configInvalid(path: String, key: String, problem: String)
  case baselineInvalid(path: String)
  case git(problem: String)
  case noCorpus

  public var description: String {
    switch self {
    case .configNotFound(let path):
      return "\(path): configuration file not found. Check the --config path or CONTRASTE_CONFIG."
    case .configUnreadable(let path):
      return "\(path): the configuration file cannot be read. Check that it exists and is UTF-8 text."
    case .configUnknownKey(let path, let key):
      return
        "\(path): unknown key '\(key)'. Valid keys: corpus, lexicons, failLevel, format, ignore, severities."
    case .configInvalid(let path, let key, let problem):
      return key.isEmpty
        ? "\(path): \(problem). Fix the file (see the README, \"contraste check\")."
        : "\(path): '\(key)' \(problem). Fix the value in the file."
    case .baselineInvalid(let path):
      return "\(path): not a Contraste baseline. Write one with --write-baseline, or remove --baseline."
    case .git(let problem):
      return "git: \(problem). Run contraste check inside a git work tree, with a reachable --changed-from ref."
    case .noCorpus:
      return "no corpus: give --corpus DIR or set 'corpus' in .contraste.yml."
    }
  }
}
