import Foundation

extension ArticleReader {
  /// An input file opened for reading, with the size and kind `fstat` gave.
  struct File {
    let path: String
    let descriptor: Int32
    let size: Int
    let isRegular: Bool
    /// Nil when the file could not be opened.
    var identity: FileIdentity? = nil

    /// Opens `path`, or throws when it is missing or a directory; a file that exists but cannot
    /// be opened has descriptor -1, and `bytes()` says so.
    static func open(_ path: String) throws(ReaderError) -> File {
      // Opened without blocking: a named pipe no program writes to opens at once instead of
      // waiting forever (`bytes` reads it blocking, so one being written to reads normally).
      let descriptor = systemOpen(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
      guard descriptor >= 0 else {
        // Rare: `stat` tells a missing file from one that exists but may not be read, which
        // `bytes()` reports after the other checks, as before.
        let (size, isRegular) = try ArticleReader.status(of: path)
        return File(path: path, descriptor: -1, size: size, isRegular: isRegular)
      }
      var info = stat()
      guard fstat(descriptor, &info) == 0 else {
        systemClose(descriptor)
        throw .notFound(path: path)
      }
      do {
        let (size, isRegular) = try status(info, path: path)
        return File(
          path: path, descriptor: descriptor, size: size, isRegular: isRegular, identity: FileIdentity(info))
      } catch {
        systemClose(descriptor)
        throw error
      }
    }

    /// Size and kind from `stat` information; throws for a directory.
    static func status(_ info: stat, path: String) throws(ReaderError) -> (size: Int, isRegular: Bool) {
      let kind = info.st_mode & S_IFMT
      guard kind != S_IFDIR else { throw .unreadable(path: path, reason: "it is a directory") }
      return (Int(info.st_size), kind == S_IFREG)
    }

    func close() { if descriptor >= 0 { systemClose(descriptor) } }

    /// The file's bytes, read to the end; `sizeHint` (when nil, the size `fstat` gave) sizes
    /// the buffer.
    func bytes(sizeHint: Int? = nil) throws(ReaderError) -> [UInt8] {
      guard descriptor >= 0 else { throw .unreadable(path: path, reason: "permission denied") }
      // A regular file ignores `O_NONBLOCK`; anything else (a pipe) is read blocking.
      if !isRegular {
        let flags = fcntl(descriptor, F_GETFL)
        if flags >= 0 { _ = fcntl(descriptor, F_SETFL, flags & ~O_NONBLOCK) }
      }
      // Room for the size plus one byte, so the read that finds the end needs no more; a file
      // that grew since, or a pipe, gets 64 KiB more at a time.
      var bytes = [UInt8](repeating: 0, count: max((sizeHint ?? size) + 1, 4096))
      var filled = 0
      while true {
        if filled == bytes.count { bytes.append(contentsOf: repeatElement(0, count: 65536)) }
        let count = bytes.withUnsafeMutableBufferPointer { buffer in
          systemRead(descriptor, buffer.baseAddress.map { $0 + filled }, buffer.count - filled)
        }
        if count > 0 {
          filled += count
        } else if count == 0 {
          bytes.removeLast(bytes.count - filled)
          return bytes
        } else if errno != EINTR {
          throw .unreadable(path: path, reason: String(cString: strerror(errno)))
        }
      }
    }
  }
}

/// POSIX `open`, `close` and `read`, out of reach of the reader's own names.
private func systemOpen(_ path: String, _ flags: Int32) -> Int32 { open(path, flags) }
private func systemClose(_ descriptor: Int32) { _ = close(descriptor) }
private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
  read(descriptor, buffer, count)
}
