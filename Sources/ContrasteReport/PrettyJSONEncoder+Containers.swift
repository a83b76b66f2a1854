import ContrasteClaims
import Foundation

extension PrettyJSONEncoder {
  /// The `Encoder` handed to values: it fills one slot of the tree.
  ///
  /// The tree lives on the stack of `PrettyJSONEncoder.encode`, which outlives every encoder
  /// and container made from it; they reach it through a pointer, so none of them is a class.
  struct NodeEncoder: Encoder {
    let tree: UnsafeMutablePointer<Tree>
    let slot: Int
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
      KeyedEncodingContainer(KeyedContainer<Key>(tree: tree, slot: slot))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
      _ = tree.pointee.array(at: slot)
      return UnkeyedContainer(tree: tree, slot: slot)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { SingleValueContainer(tree: tree, slot: slot) }

    /// Encodes `value` into `slot`: primitives as JSON scalars, anything else by its own `encode(to:)`.
    static func encode<T: Encodable>(_ value: T, tree: UnsafeMutablePointer<Tree>, slot: Int) throws {
      // Exact type checks first: a failed `as?` cast on every struct costs more than the rest.
      if T.self == String.self {
        tree.pointee.setScalar(slot, string: unsafeBitCast(value, to: String.self))
      } else if T.self == Int.self {
        tree.pointee.setScalar(slot, number: String(unsafeBitCast(value, to: Int.self)))
      } else if T.self == Evidence.self, case .pending = tree.pointee.nodes[slot] {
        tree.pointee.evidence.append(unsafeBitCast(value, to: Evidence.self))
        tree.pointee.nodes[slot] = .evidence(tree.pointee.evidence.count - 1)
      } else if T.self == Bool.self {
        tree.pointee.setScalar(slot, unsafeBitCast(value, to: Bool.self) ? "true" : "false")
      } else if T.self == Double.self || T.self == Float.self || T.self == Date.self || T.self == Data.self
        || T.self == URL.self || T.self == Decimal.self
      {
        // `JSONEncoder` gives these its own representations (dates, base64, URL strings,
        // decimals) and formats floating point its own way: leave them to it.
        throw Unsupported()
      } else if T.self is any BinaryInteger.Type, let integer = value as? any BinaryInteger {
        tree.pointee.setScalar(slot, number: "\(integer)")
      } else {
        try value.encode(to: NodeEncoder(tree: tree, slot: slot))
      }
    }
  }

  /// An object's container: each key gets a new slot of the tree.
  struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let tree: UnsafeMutablePointer<Tree>
    let slot: Int
    var codingPath: [any CodingKey] { [] }

    /// A new slot under `key`.
    private func child(_ key: Key) throws -> Int {
      let object = try tree.pointee.object(at: slot)
      let child = tree.pointee.newSlot()
      tree.pointee.objects[object].append((key.stringValue, child))
      return child
    }

    mutating func encodeNil(forKey key: Key) throws {
      tree.pointee.setScalar(try child(key), "null")
    }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
      try NodeEncoder.encode(value, tree: tree, slot: try child(key))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
      keyedBy keyType: NestedKey.Type, forKey key: Key
    ) -> KeyedEncodingContainer<NestedKey> {
      KeyedEncodingContainer(KeyedContainer<NestedKey>(tree: tree, slot: slotOrInvalid(key)))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
      let slot = slotOrInvalid(key)
      _ = tree.pointee.array(at: slot)
      return UnkeyedContainer(tree: tree, slot: slot)
    }

    mutating func superEncoder() -> any Encoder { NodeEncoder(tree: tree, slot: tree.pointee.invalidSlot()) }
    mutating func superEncoder(forKey key: Key) -> any Encoder {
      NodeEncoder(tree: tree, slot: tree.pointee.invalidSlot())
    }

    /// A child slot, or (when this slot is not an object) a slot that fails the encoding.
    private func slotOrInvalid(_ key: Key) -> Int { (try? child(key)) ?? tree.pointee.invalidSlot() }
  }

  /// An array's container: each element gets a new slot at the end.
  struct UnkeyedContainer: UnkeyedEncodingContainer {
    let tree: UnsafeMutablePointer<Tree>
    let slot: Int
    var codingPath: [any CodingKey] { [] }
    var count: Int { tree.pointee.arrays[tree.pointee.array(at: slot)].count }

    /// A new slot at the end of the array.
    private func child() -> Int {
      let array = tree.pointee.array(at: slot)
      let child = tree.pointee.newSlot()
      tree.pointee.arrays[array].append(child)
      return child
    }

    mutating func encodeNil() throws { tree.pointee.setScalar(child(), "null") }

    mutating func encode<T: Encodable>(_ value: T) throws {
      try NodeEncoder.encode(value, tree: tree, slot: child())
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
      keyedBy keyType: NestedKey.Type
    ) -> KeyedEncodingContainer<NestedKey> {
      KeyedEncodingContainer(KeyedContainer<NestedKey>(tree: tree, slot: child()))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
      let slot = child()
      _ = tree.pointee.array(at: slot)
      return UnkeyedContainer(tree: tree, slot: slot)
    }

    mutating func superEncoder() -> any Encoder { NodeEncoder(tree: tree, slot: tree.pointee.invalidSlot()) }
  }

  /// A single value's container: it fills the encoder's own slot.
  struct SingleValueContainer: SingleValueEncodingContainer {
    let tree: UnsafeMutablePointer<Tree>
    let slot: Int
    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil() throws { tree.pointee.setScalar(slot, "null") }

    mutating func encode<T: Encodable>(_ value: T) throws {
      try NodeEncoder.encode(value, tree: tree, slot: slot)
    }
  }
}
