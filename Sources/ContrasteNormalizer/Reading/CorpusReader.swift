import Foundation

/// Reads a corpus from files and folders: every article it can, and a clear error for each file
/// it cannot, so one bad file never drops the rest.
public struct CorpusReader {
  /// The articles read, and the files skipped with the reason.
  public struct Corpus: Sendable {
    public var articles: [Article] = []
    public var skipped: [ReaderError] = []
    public var warnings: [ReadWarning] = []
    /// Every file opened (or tried), read or not: outputs must never overwrite one.
    public var files: [String] = []

    public init(articles: [Article] = [], skipped: [ReaderError] = [], warnings: [ReadWarning] = []) {
      self.articles = articles
      self.skipped = skipped
      self.warnings = warnings
    }
  }

  private let reader: ArticleReader

  public init(reader: ArticleReader) { self.reader = reader }

  /// Reads `paths`: files, or folders searched recursively.
  ///
  /// Article ids are paths relative to the folder given, or the path as given for a file.
  ///
  /// With several folders, ids are prefixed with the folder's name so that `a/nota.txt` and
  /// `b/nota.txt` stay two articles.
  public func read(_ paths: [String]) -> Corpus {
    var corpus = Corpus()
    let entries = Self.listing(paths)
    for (index, file) in entries.enumerated() {
      Self.readAhead(entries, reading: index)
      corpus.files.append(file.path)
      add(reader.read(path: file.path, id: file.id), to: &corpus)
    }
    let ids = Self.uniqueIDs(corpus.articles.map(\.id))
    for index in corpus.articles.indices { corpus.articles[index].id = ids[index] }
    return corpus
  }

  /// A file to read and the id its article gets.
  public struct Entry: Sendable, Equatable {
    public var path: String
    public var id: String
  }

  /// The files `paths` name, in reading order: files as given, folders searched recursively.
  ///
  /// Article ids are paths relative to the folder given, or the path as given for a file. With
  /// several folders, ids are prefixed with the folder's name so that `a/nota.txt` and
  /// `b/nota.txt` stay two articles. A path that does not exist is listed, so reading it
  /// reports it.
  public static func listing(_ paths: [String]) -> [Entry] {
    var entries: [Entry] = []
    for path in paths {
      var isDirectory: ObjCBool = false
      if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
        var visited = Set<String>()
        let trimmed = path.hasSuffix("/") ? String(path.dropLast()) : path
        let prefix = paths.count > 1 ? (trimmed as NSString).lastPathComponent + "/" : ""
        for file in files(in: path, visited: &visited) {
          entries.append(Entry(path: file, id: prefix + String(file.dropFirst(trimmed.count + 1))))
        }
      } else {
        entries.append(Entry(path: path, id: path))
      }
    }
    return entries
  }

  /// Ids made unique in order: JSONL records from two files may repeat one, so later ones get
  /// a suffix (`nota#2`).
  public static func uniqueIDs(_ ids: [String]) -> [String] {
    // Ids of a listed folder come in ascending order, so usually no two are the same: that
    // takes one comparison per id, not a dictionary of every id.
    if ids.indices.dropFirst().allSatisfy({ ids[$0 - 1] < ids[$0] }) { return ids }
    var seen: [String: Int] = [:]
    return ids.map { id in
      let count = seen[id, default: 0]
      seen[id] = count + 1
      return count > 0 ? "\(id)#\(count + 1)" : id
    }
  }

  private func add(_ result: ArticleReader.FileResult, to corpus: inout Corpus) {
    corpus.articles += result.articles
    corpus.skipped += result.errors
    corpus.warnings += result.warnings
  }

  /// Article files under `directory`, sorted; hidden files, READMEs and other types are ignored.
  public static func files(in directory: String) -> [String] {
    var visited = Set<String>()
    return files(in: directory, visited: &visited)
  }

  static func files(in directory: String, visited: inout Set<String>) -> [String] {
    let real = URL(fileURLWithPath: directory).resolvingSymlinksInPath().path
    guard visited.insert(real).inserted else { return [] }  // a symlink loop
    guard let entries = directoryEntries(directory) else { return [] }
    var result: [String] = []
    for (name, kind) in entries.sorted(by: { $0.name < $1.name }) where !name.hasPrefix(".") {
      let path = directory.hasSuffix("/") ? directory + name : directory + "/" + name
      // The kind the directory gives; `stat` only for links and file systems that do not say
      // (listing 100,000 files through Foundation cost a second before any was read).
      var isDirectory = kind == UInt8(DT_DIR)
      if kind != UInt8(DT_DIR), kind != UInt8(DT_REG) {
        var info = stat()
        guard stat(path, &info) == 0 else { continue }
        isDirectory = info.st_mode & S_IFMT == S_IFDIR
      }
      if isDirectory {
        result += files(in: path, visited: &visited)
      } else if ArticleReader.Format(path: path) != nil, !name.uppercased().hasPrefix("README") {
        result.append(path)
      }
    }
    return result
  }

  /// The names in `directory` with the kind of file each is (`DT_REG`, `DT_DIR`, `DT_LNK`, or
  /// `DT_UNKNOWN` where the file system does not say), or nil when it cannot be opened.
  private static func directoryEntries(_ directory: String) -> [(name: String, kind: UInt8)]? {
    guard let stream = opendir(directory) else { return nil }
    defer { closedir(stream) }
    var entries: [(name: String, kind: UInt8)] = []
    while let entry = readdir(stream) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
      }
      if name == "." || name == ".." { continue }
      entries.append((name, entry.pointee.d_type))
    }
    return entries
  }
}
