import ArgumentParser
import ContrasteClaims

/// `--lexicon FILE`, repeatable: user lexicons merged on top of the default one.
struct LexiconOptions: ParsableArguments {
  @Option(name: .customLong("lexicon"), help: "A user lexicon (YAML) merged on top of the default; repeatable.")
  var files: [String] = []

  init() {}

  init(files: [String]) { self.files = files }

  func load() throws -> Lexicon {
    do {
      var lexicon = try Lexicon.bundled()
      for file in files { lexicon = try lexicon.merging(file: file) }
      return lexicon
    } catch {
      Terminal.error("error: \(error)")
      throw ExitCode.inputError
    }
  }
}
