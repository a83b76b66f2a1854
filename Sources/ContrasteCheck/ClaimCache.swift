import ContrasteCompare
import Foundation
import GRDB

/// Extracted claims per article file, in SQLite (`.contraste-cache/claims.sqlite`), so a check
/// against a large corpus re-reads only the files that changed, and decodes only the articles
/// related to the ones checked (an index of event families, people and LSH bands).
///
/// An entry is used only when the file's content (its hash; size and modification time serve as a
/// shortcut), the Contraste version and the lexicon are all unchanged. A cache that cannot be opened, is corrupt or was written by
/// another schema is deleted and rebuilt, with a warning: it is never trusted.
public final class ClaimCache {
  private let database: DatabaseQueue
  /// Contraste version and lexicon fingerprint: entries under another key are stale.
  private let key: String
  /// Why the cache was rebuilt, when it was.
  public private(set) var warning: String?

  static let schema = "5"

  public init(directory: String, key: String) throws {
    self.key = key
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    let path = directory + "/claims.sqlite"
    do {
      database = try Self.open(path)
    } catch {
      // A damaged, old or foreign file: start again rather than trust it.
      warning = "\(path): the claim cache could not be used (\(error)); it was rebuilt."
      try? FileManager.default.removeItem(atPath: path)
      database = try Self.open(path)
    }
  }

  private static func open(_ path: String) throws -> DatabaseQueue {
    var configuration = Configuration()
    // A cache, not a record: losing the last writes on a crash only costs a re-extraction.
    configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA synchronous = OFF") }
    let database = try DatabaseQueue(path: path, configuration: configuration)
    try database.write { db in
      try db.execute(sql: "CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL)")
      let version = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE name = 'schema'")
      if let version, version != schema { throw CacheSchemaError(found: version) }
      try db.execute(
        sql: """
          CREATE TABLE IF NOT EXISTS articles (
            path TEXT PRIMARY KEY, size INTEGER NOT NULL, modified REAL NOT NULL, hash TEXT NOT NULL,
            key TEXT NOT NULL, payload BLOB NOT NULL);
          CREATE TABLE IF NOT EXISTS terms (path TEXT NOT NULL, term TEXT NOT NULL);
          CREATE INDEX IF NOT EXISTS terms_by_term ON terms (term);
          CREATE INDEX IF NOT EXISTS terms_by_path ON terms (path);
          """)
      try db.execute(sql: "INSERT OR REPLACE INTO meta (name, value) VALUES ('schema', ?)", arguments: [schema])
      // Counting every row catches a corrupt file now, not in the middle of a check.
      _ = try Int.fetchOne(db, sql: "SELECT count(*) FROM articles")
      _ = try Int.fetchOne(db, sql: "SELECT count(*) FROM terms")
    }
    return database
  }

  private struct CacheSchemaError: Error, CustomStringConvertible {
    var found: String
    var description: String { "schema \(found), expected \(ClaimCache.schema)" }
  }

  /// The size and modification time of a file, or nil when it cannot be read.
  public static func stamp(_ path: String) -> (size: Int64, modified: Double)? {
    guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
      let size = attributes[.size] as? NSNumber, let modified = attributes[.modificationDate] as? Date
    else { return nil }
    return (size.int64Value, modified.timeIntervalSince1970)
  }

  /// The content hash of a file (FNV-1a over its bytes, with its length).
  static func hash(_ path: String) -> String? {
    guard let data = FileManager.default.contents(atPath: path) else { return nil }
    var value: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in data {
      value ^= UInt64(byte)
      value &*= 0x100_0000_01b3
    }
    return "\(data.count)-\(String(value, radix: 16))"
  }

  /// The files whose cached entry is still valid.
  ///
  /// Valid means the same Contraste version, lexicon and content. Size and modification time are a shortcut; when they differ (a fresh clone
  /// touches every file) the content hash decides, and a match refreshes the stamp.
  public func fresh(_ paths: [String]) -> Set<String> {
    let rows =
      (try? database.read { db in try Row.fetchAll(db, sql: "SELECT path, size, modified, hash, key FROM articles") })
      ?? []
    var stored: [String: (size: Int64, modified: Double, hash: String, key: String)] = [:]
    for row in rows {
      if let path: String = row["path"], let size: Int64 = row["size"], let modified: Double = row["modified"],
        let hash: String = row["hash"], let key: String = row["key"]
      {
        stored[path] = (size, modified, hash, key)
      }
    }
    var fresh = Set<String>()
    var restamped: [(String, Int64, Double)] = []
    for path in paths {
      guard let entry = stored[path], entry.key == key, let stamp = Self.stamp(path) else { continue }
      if entry.size == stamp.size && entry.modified == stamp.modified {
        fresh.insert(path)
      } else if entry.size == stamp.size, Self.hash(path) == entry.hash {
        fresh.insert(path)
        restamped.append((path, stamp.size, stamp.modified))
      }
    }
    if !restamped.isEmpty {
      try? database.write { db in
        for (path, size, modified) in restamped {
          try db.execute(
            sql: "UPDATE articles SET size = ?, modified = ? WHERE path = ?", arguments: [size, modified, path])
        }
      }
    }
    return fresh
  }

  /// The cached files that share a term with `terms` (see `Comparer.terms(of:)`).
  public func paths(sharing terms: Set<String>) -> Set<String> {
    guard !terms.isEmpty else { return [] }
    let list = Array(terms)
    let found = try? database.read { db -> [String] in
      var result: [String] = []
      // SQLite limits bound parameters per statement: query in slices.
      for start in stride(from: 0, to: list.count, by: 500) {
        let slice = Array(list[start..<min(list.count, start + 500)])
        let marks = Array(repeating: "?", count: slice.count).joined(separator: ",")
        result += try String.fetchAll(
          db, sql: "SELECT DISTINCT path FROM terms WHERE term IN (\(marks))", arguments: StatementArguments(slice))
      }
      return result
    }
    return Set(found ?? [])
  }

  /// The cached inputs of a file (call only for files `fresh(_:)` returned).
  public func inputs(for path: String) -> [ComparisonInput]? {
    let payload = try? database.read { db in
      try Data.fetchOne(db, sql: "SELECT payload FROM articles WHERE path = ?", arguments: [path])
    }
    guard let payload else { return nil }
    return try? JSONDecoder().decode([ComparisonInput].self, from: payload)
  }

  /// Stores the inputs extracted from a file, with the terms that relate it to others.
  public func store(_ inputs: [ComparisonInput], for path: String) {
    guard let stamp = Self.stamp(path), let hash = Self.hash(path), let payload = try? JSONEncoder().encode(inputs)
    else { return }
    let key = self.key
    let terms = Set(inputs.flatMap { Comparer.terms(of: $0) })
    try? database.write { db in
      try db.execute(
        sql: "INSERT OR REPLACE INTO articles (path, size, modified, hash, key, payload) VALUES (?, ?, ?, ?, ?, ?)",
        arguments: [path, stamp.size, stamp.modified, hash, key, payload])
      try db.execute(sql: "DELETE FROM terms WHERE path = ?", arguments: [path])
      for term in terms.sorted() {
        try db.execute(sql: "INSERT INTO terms (path, term) VALUES (?, ?)", arguments: [path, term])
      }
    }
  }
}
