import ContrasteCompare
import Foundation
import GRDB

/// Extracted claims per article file, in SQLite (`.contraste-cache/claims.sqlite`), so a check
/// against a large corpus re-reads only the files that changed.
///
/// An entry is used only when the file's size and modification time, the Contraste version and
/// the lexicon are all unchanged. A cache that cannot be opened, is corrupt or was written by
/// another schema is deleted and rebuilt, with a warning: it is never trusted.
public final class ClaimCache {
  private let database: DatabaseQueue
  /// Contraste version and lexicon fingerprint: entries under another key are stale.
  private let key: String
  /// Why the cache was rebuilt, when it was.
  public private(set) var warning: String?

  static let schema = "1"

  public init(directory: String, key: String) throws {
    self.key = key
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    let path = directory + "/claims.sqlite"
    do {
      database = try Self.open(path)
    } catch {
      // A damaged or foreign file: start again rather than trust it.
      warning = "\(path): the claim cache could not be used (\(error)); it was rebuilt."
      try? FileManager.default.removeItem(atPath: path)
      database = try Self.open(path)
    }
  }

  private static func open(_ path: String) throws -> DatabaseQueue {
    let database = try DatabaseQueue(path: path)
    try database.write { db in
      try db.execute(sql: "CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL)")
      let version = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE name = 'schema'")
      if let version, version != schema { throw CacheSchemaError(found: version) }
      try db.execute(
        sql: """
          CREATE TABLE IF NOT EXISTS articles (
            path TEXT PRIMARY KEY, size INTEGER NOT NULL, modified REAL NOT NULL, key TEXT NOT NULL,
            payload BLOB NOT NULL)
          """)
      try db.execute(sql: "INSERT OR REPLACE INTO meta (name, value) VALUES ('schema', ?)", arguments: [schema])
      // Reading every row once catches a corrupt file now, not in the middle of a check.
      _ = try Int.fetchOne(db, sql: "SELECT count(*) FROM articles")
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

  /// The cached inputs of a file, when the file and Contraste are unchanged since they were stored.
  public func inputs(for path: String) -> [ComparisonInput]? {
    guard let stamp = Self.stamp(path) else { return nil }
    let row = try? database.read { db in
      try Row.fetchOne(
        db, sql: "SELECT size, modified, key, payload FROM articles WHERE path = ?", arguments: [path])
    }
    guard let row, let size: Int64 = row["size"], let modified: Double = row["modified"],
      let key: String = row["key"], let payload: Data = row["payload"],
      size == stamp.size, modified == stamp.modified, key == self.key
    else { return nil }
    return try? JSONDecoder().decode([ComparisonInput].self, from: payload)
  }

  /// Stores the inputs extracted from a file.
  public func store(_ inputs: [ComparisonInput], for path: String) {
    guard let stamp = Self.stamp(path), let payload = try? JSONEncoder().encode(inputs) else { return }
    let key = self.key
    try? database.write { db in
      try db.execute(
        sql: "INSERT OR REPLACE INTO articles (path, size, modified, key, payload) VALUES (?, ?, ?, ?, ?)",
        arguments: [path, stamp.size, stamp.modified, key, payload])
    }
  }
}
