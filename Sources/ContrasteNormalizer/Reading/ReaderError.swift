/// Why an input could not be read.
///
/// Each message names the file, says what is wrong and how to fix it.
public enum ReaderError: Error, Sendable, Equatable, CustomStringConvertible {
  case notFound(path: String)
  case unreadable(path: String, reason: String)
  case unsupportedType(path: String, extension: String)
  case empty(path: String)
  case nulByte(path: String, byteOffset: Int)
  case undecodable(path: String, byteOffset: Int)
  case mixedEncoding(path: String, utf8Offset: Int, badOffset: Int)
  case unterminatedFrontMatter(path: String)
  case malformedFrontMatter(path: String, line: Int, problem: String)
  case badDate(path: String, line: Int, key: String, value: String)
  case jsonlLine(path: String, line: Int, problem: String)
  case duplicateID(path: String, line: Int, id: String)
  case icu(path: String, error: ICUError)
  case tooLarge(path: String, bytes: Int, limit: Int)

  public var description: String {
    switch self {
    case .notFound(let path):
      return "\(path): no such file or directory. Check the path and try again."
    case .unreadable(let path, let reason):
      return "\(path): cannot be read (\(reason)). Check that it exists and that you may read it."
    case .unsupportedType(let path, let ext):
      return
        "\(path): unsupported file type '.\(ext)'. Contraste reads .txt, .md and .jsonl articles; export it as one of these."
    case .empty(let path):
      return "\(path): the file is empty. Add the article text or remove the file from the corpus."
    case .nulByte(let path, let offset):
      return
        "\(path): contains a NUL byte at byte \(offset), so it is a binary file, not an article. Remove it from the corpus or export the article as plain text."
    case .undecodable(let path, let offset):
      return
        "\(path): is not valid UTF-8 (first bad byte at byte \(offset)) and no single-byte encoding explains it. Re-save the file as UTF-8."
    case .mixedEncoding(let path, let utf8Offset, let badOffset):
      return
        "\(path): mixes encodings: UTF-8 text at byte \(utf8Offset) but a byte that is not UTF-8 at byte \(badOffset) (often Latin-1 or Windows-1252 pasted into a UTF-8 file). Re-save the whole file as UTF-8."
    case .unterminatedFrontMatter(let path):
      return
        "\(path):1: the front matter opens with '---' but never closes. Add a line with '---' after the last key."
    case .malformedFrontMatter(let path, let line, let problem):
      return "\(path):\(line): malformed front matter: \(problem). Fix the YAML between the '---' lines."
    case .badDate(let path, let line, let key, let value):
      return "\(path):\(line): '\(key)' is '\(value)', which is not a date. Write it as YYYY-MM-DD."
    case .jsonlLine(let path, let line, let problem):
      return
        "\(path):\(line): \(problem). Each line must be one JSON object with \"id\" and \"text\" strings (optional: \"outlet\", \"date\", \"title\", \"url\")."
    case .duplicateID(let path, let line, let id):
      return "\(path):\(line): the id '\(id)' is already used by another article. Give each article its own id."
    case .icu(let path, let error):
      return "\(path): \(error)."
    case .tooLarge(let path, let bytes, let limit):
      let megabytes = (bytes + (1 << 20) - 1) >> 20
      return
        "\(path): is \(megabytes) MB, more than the \(limit >> 20) MB allowed for one article. Split it into articles, or raise the limit with --max-article-mb."
    }
  }

  /// The file (or JSONL record) the error is about.
  public var path: String {
    switch self {
    case .notFound(let path), .unreadable(let path, _), .unsupportedType(let path, _), .empty(let path),
      .nulByte(let path, _), .undecodable(let path, _), .mixedEncoding(let path, _, _),
      .unterminatedFrontMatter(let path),
      .malformedFrontMatter(let path, _, _), .badDate(let path, _, _, _), .jsonlLine(let path, _, _),
      .duplicateID(let path, _, _), .icu(let path, _), .tooLarge(let path, _, _):
      return path
    }
  }
}

/// Something the reader noticed that does not stop it.
public struct ReadWarning: Sendable, Hashable, Codable, CustomStringConvertible {
  public var path: String
  public var message: String

  public init(path: String, message: String) {
    self.path = path
    self.message = message
  }

  public var description: String { "\(path): \(message)" }

  static func converted(path: String, charset: String, confidence: Int) -> ReadWarning {
    ReadWarning(
      path: path,
      message:
        "not UTF-8; read as \(charset) (ICU confidence \(confidence)%). Convert the file to UTF-8 to silence this warning, e.g. iconv -f \(charset) -t UTF-8."
    )
  }
}
