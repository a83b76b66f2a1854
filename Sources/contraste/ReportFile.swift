import Foundation

/// A report file being written: bytes gather in a block of 4 MiB, and full blocks bypass the
/// page cache (`O_DIRECT`) where the file system allows it and the disk keeps up.
///
/// Copying a large report into the page cache costs more than the disk write on some machines
/// (fresh page-cache pages are slow to get in a virtual machine), and the report's pages push
/// the corpus out of memory. The first direct block is timed: a disk slower than the page cache
/// would be (under 200 MB/s) gets buffered writes for the rest. The last, partial block is always
/// written buffered. Owns its descriptor and block; not thread-safe.
final class ReportFile {
  /// 4 MiB: a multiple of any device's block, and few system calls for a large report.
  static let defaultBlockSize = 4 << 20
  let blockSize: Int
  private var descriptor: Int32
  private let block: UnsafeMutableRawPointer
  private var filled = 0
  /// Whether full blocks bypass the page cache; nil until the first full block.
  private(set) var direct: Bool?

  /// Creates (or truncates) the file at `path`; nil when it cannot be opened for writing.
  ///
  /// `blockSize` is for tests: one no device takes directly makes every block fall back.
  init?(path: String, blockSize: Int = defaultBlockSize) {
    self.blockSize = blockSize
    let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
    guard descriptor >= 0 else { return nil }
    var memory: UnsafeMutableRawPointer?
    // Direct writes need a buffer aligned to the device's blocks: a page is.
    guard posix_memalign(&memory, 4096, blockSize) == 0, let memory else {
      _ = close(descriptor)
      return nil
    }
    self.descriptor = descriptor
    self.block = memory
  }

  deinit {
    if descriptor >= 0 { _ = close(descriptor) }
    free(block)
  }

  /// Appends `bytes`; false when writing failed.
  func write(_ bytes: UnsafeRawBufferPointer) -> Bool {
    var offset = 0
    while offset < bytes.count {
      let count = min(blockSize - filled, bytes.count - offset)
      if let source = bytes.baseAddress { (block + filled).copyMemory(from: source + offset, byteCount: count) }
      filled += count
      offset += count
      if filled == blockSize {
        guard writeBlock() else { return false }
        filled = 0
      }
    }
    return true
  }

  /// Writes what is left and closes the file; false when writing or closing failed.
  func finish() -> Bool {
    if direct == true { setDirect(false) }
    let written = writeAll(filled)
    filled = 0
    let closed = close(descriptor) == 0
    descriptor = -1
    return written && closed
  }

  /// Writes the full block, directly when that is possible and fast.
  private func writeBlock() -> Bool {
    guard direct == nil else { return writeAll(blockSize) }
    guard setDirect(true) else {
      direct = false
      return writeAll(blockSize)
    }
    direct = true
    let clock = ContinuousClock()
    let start = clock.now
    guard writeAll(blockSize) else { return false }
    // 4 MiB in more than 20 ms: the disk is slower than the page cache would be.
    if direct == true, clock.now - start >= .milliseconds(20) {
      direct = false
      setDirect(false)
    }
    return true
  }

  /// `O_DIRECT` from Linux's <fcntl.h> (a GNU extension Swift's Glibc module leaves out); nil
  /// where it is not known, and no block is then written directly.
  private static let directFlag: Int32? = {
    #if os(Linux) && arch(x86_64)
      return 0o40000
    #elseif os(Linux) && arch(arm64)
      return 0o200000
    #else
      return nil
    #endif
  }()

  /// Turns `O_DIRECT` on or off; false when the file system refuses.
  @discardableResult
  private func setDirect(_ on: Bool) -> Bool {
    guard let flag = Self.directFlag else { return false }
    let flags = fcntl(descriptor, F_GETFL)
    guard flags >= 0 else { return false }
    return fcntl(descriptor, F_SETFL, on ? flags | flag : flags & ~flag) == 0
  }

  /// Writes the first `count` bytes of the block, however many calls it takes.
  private func writeAll(_ count: Int) -> Bool {
    var done = 0
    while done < count {
      let result = systemWrite(descriptor, block + done, count - done)
      if result > 0 {
        done += result
      } else if result < 0, errno == EINTR {
        continue
      } else if result < 0, errno == EINVAL, direct == true, setDirect(false) {
        // A file system that takes the flag but refuses a direct write (or the unaligned rest
        // of a short one): the rest of the report is buffered.
        direct = false
      } else {
        return false
      }
    }
    return true
  }
}

/// POSIX `write`, out of reach of `ReportFile.write(_:)`'s name.
private func systemWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
  write(descriptor, buffer, count)
}
