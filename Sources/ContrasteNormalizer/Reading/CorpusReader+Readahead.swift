import Foundation

extension CorpusReader {
  /// Files per read-ahead block: one residency probe decides for the whole block.
  static let readAheadBlock = 16
  /// How far ahead of the file being read a block is asked for, in files.
  static let readAheadDistance = 128
  /// Bytes asked for per file: all of an article; the start of a large JSONL corpus, whose
  /// rest the kernel reads ahead as it is read (asking for all of 16 large files could push
  /// out of memory what is about to be read).
  static let readAheadBytes = 1 << 20

  /// Asks the kernel to start reading the files a little ahead of `index`, so that an audit of
  /// a corpus that is not in the page cache reads the disk while it extracts instead of
  /// waiting on every file.
  ///
  /// Call it for every index as it is read, in any order and on any thread: at each block start
  /// (`index` a multiple of ``readAheadBlock``) the block ``readAheadDistance`` files further is
  /// asked for, and index 0 also asks for the blocks before that. Each block's first file is
  /// probed first; a block whose first page is already in memory is left alone, so a corpus in
  /// the page cache costs one probe per block. Nothing here reads a file or reports an error:
  /// reading does that.
  package static func readAhead(_ entries: [Entry], reading index: Int) {
    guard index % readAheadBlock == 0 else { return }
    let first = index == 0 ? 0 : index + readAheadDistance
    let last = index + readAheadDistance
    for start in stride(from: first, through: last, by: readAheadBlock) where start < entries.count {
      let block = start..<min(start + readAheadBlock, entries.count)
      guard !isResident(entries[block.lowerBound].path) else { continue }
      for entry in entries[block] { adviseWillNeed(entry.path) }
    }
  }

  /// Whether the first page of the file at `path` is in memory; true also when that cannot be
  /// asked (no such file, a directory, a pipe), as there is then nothing to read ahead.
  static func isResident(_ path: String) -> Bool {
    // Non-blocking: opening a named pipe must not wait for a writer.
    let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
    guard descriptor >= 0 else { return true }
    defer { close(descriptor) }
    let page = sysconf(Int32(_SC_PAGESIZE))
    guard page > 0, let mapped = mmap(nil, page, PROT_READ, MAP_SHARED, descriptor, 0),
      mapped != UnsafeMutableRawPointer(bitPattern: -1)
    else { return true }
    defer { munmap(mapped, page) }
    var resident: UInt8 = 0
    guard mincore(mapped, page, &resident) == 0 else { return true }
    return resident & 1 != 0
  }

  /// Starts reading the file at `path` into the page cache without waiting for it.
  private static func adviseWillNeed(_ path: String) {
    let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
    guard descriptor >= 0 else { return }
    _ = posix_fadvise(descriptor, 0, off_t(readAheadBytes), Int32(POSIX_FADV_WILLNEED))
    close(descriptor)
  }
}
