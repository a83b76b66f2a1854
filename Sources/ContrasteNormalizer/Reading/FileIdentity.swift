import Foundation

/// Which file a path led to when it was read: its device and inode.
///
/// A report must never replace an input; comparing the report's target with the identities
/// the reader saw costs nothing, where asking the system about every input again cost a path
/// lookup per input (100,000 of them in a large corpus).
public struct FileIdentity: Hashable, Sendable {
  public var device: UInt64
  public var inode: UInt64

  public init(device: UInt64, inode: UInt64) {
    self.device = device
    self.inode = inode
  }

  /// The identity in `stat` information.
  public init(_ info: stat) {
    self.init(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
  }
}
