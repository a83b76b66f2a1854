import ContrasteNormalizer
import Foundation
import Testing

/// Every reader error, as the user sees it.
@Suite("Reader errors")
struct ReaderErrorTests {
  /// The reader tells formats by extension as Foundation's `pathExtension` reads it.
  @Test(arguments: [
    "a/b.TXT", "nota.md/", "dir.md/nota", ".txt", "x.tar.gz", "a/.oculto.md", "sin-extension", "a.b/c.jsonl",
    "punto.", "doble..md", "/abs/ruta/nota.markdown", "nota.ndjson//",
  ])
  func formatFollowsFoundationsPathExtension(path: String) {
    let expected: ArticleReader.Format? =
      switch (path as NSString).pathExtension.lowercased() {
      case "txt", "text": .text
      case "md", "markdown": .markdown
      case "jsonl", "ndjson": .jsonl
      default: nil
      }
    #expect(ArticleReader.Format(path: path) == expected)
  }

  let reader: ArticleReader

  init() throws { reader = try ArticleReader() }

  /// The error messages for a fixture, with the fixture folder's path shortened to `reader/`.
  func messages(_ name: String) -> [String] {
    let folder = TestSupport.fixture("")
    return reader.read(path: folder + name, id: name).errors.map {
      $0.description.replacingOccurrences(of: folder, with: "reader/")
    }
  }

  @Test(arguments: [
    (
      "empty.txt",
      "reader/empty.txt: the file is empty. Add the article text or remove the file from the corpus."
    ),
    (
      "nul.txt",
      "reader/nul.txt: contains a NUL byte at byte 22, so it is a binary file, not an article. Remove it from the corpus or export the article as plain text."
    ),
    (
      "garbage.txt",
      "reader/garbage.txt: is not valid UTF-8 (first bad byte at byte 2) and no single-byte encoding explains it. Re-save the file as UTF-8."
    ),
    (
      "unterminated.md",
      "reader/unterminated.md:1: the front matter opens with '---' but never closes. Add a line with '---' after the last key."
    ),
    (
      "malformed.md",
      "reader/malformed.md:3: malformed front matter: found unexpected end of stream. Fix the YAML between the '---' lines."
    ),
    (
      "bad-date.md",
      "reader/bad-date.md:3: 'date' is '2025-02-30', which is not a date. Write it as YYYY-MM-DD."
    ),
    (
      "missing.txt",
      "reader/missing.txt: no such file or directory. Check the path and try again."
    ),
    (
      "notes.pdf",
      "reader/notes.pdf: unsupported file type '.pdf'. Contraste reads .txt, .md and .jsonl articles; export it as one of these."
    ),
  ])
  func fileErrors(name: String, message: String) {
    #expect(messages(name) == [message])
  }

  @Test func jsonlErrorsNameTheLine() {
    #expect(
      messages("corpus.jsonl") == [
        "reader/corpus.jsonl:3: the line is not valid JSON. Each line must be one JSON object with \"id\" and \"text\" strings (optional: \"outlet\", \"date\", \"title\", \"url\").",
        "reader/corpus.jsonl:5: 'date' is '2 de junio', which is not a date. Write it as YYYY-MM-DD.",
      ])
  }

  @Test func directoryIsNotAnArticle() {
    let folder = TestSupport.path("Fixtures")
    #expect(
      reader.read(path: folder, id: "Fixtures").errors.map(\.description) == [
        "\(folder): cannot be read (it is a directory). Check that it exists and that you may read it."
      ])
  }
}
