import Testing

@testable import ContrasteClaims

/// Arrays kept to the end of an audit give back the room growing left in them.
@Suite("Compacted arrays")
struct CompactedTests {
  @Test(arguments: [0, 1, 7, 33])
  func slackIsDroppedAndElementsKept(_ count: Int) {
    var strings: [String] = []
    strings.reserveCapacity(4 * count + 8)
    for index in 0..<count { strings.append("claim \(index) of a long enough string to live on the heap") }
    let compacted = strings.compacted()
    #expect(compacted == strings)
    #expect(compacted.capacity < strings.capacity)
    #expect(compacted.capacity - compacted.count < max(1, compacted.count / 4) + 4)
  }

  @Test func anArrayWithLittleRoomIsKept() {
    var numbers = Array(0..<100)
    numbers.reserveCapacity(110)
    let compacted = numbers.compacted()
    #expect(compacted == numbers)
    #expect(compacted.capacity == numbers.capacity)
  }
}
