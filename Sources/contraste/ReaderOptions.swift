import ArgumentParser
import ContrasteNormalizer

/// Options of the article reader shared by the commands that read files.
struct ReaderOptions: ParsableArguments {
  @Option(help: "Largest article file read, in MB (larger files are refused with an error).")
  var maxArticleMb: Int = 64

  /// A reader with these options.
  func reader() throws -> ArticleReader {
    var reader = try ArticleReader()
    reader.maxBytes = max(1, maxArticleMb) << 20
    return reader
  }
}
