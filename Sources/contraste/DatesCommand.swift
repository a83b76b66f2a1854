import ArgumentParser
import ContrasteNormalizer
import ContrasteTemporal

/// `contraste dates`: the temporal expressions of an article, resolved to TIMEX3 values.
struct DatesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "dates",
    abstract: "List temporal expressions with their TIMEX3 values."
  )

  func run() throws {}
}
