import Testing

@testable import ContrasteCompare

/// Putting findings in report order by swaps gives what copying them into a new array gives.
@Suite("Permutation by swaps")
struct PermuteTests {
  /// Every permutation of up to five elements, and larger ones (`k ↦ (k·step + 3) mod n`) with
  /// cycles of many lengths.
  @Test func permuteMatchesMappingTheOrder() {
    var orders: [[Int]] = [[], [0]]
    func permutations(_ items: [Int]) -> [[Int]] {
      guard items.count > 1 else { return [items] }
      return items.indices.flatMap { index in
        var rest = items
        let first = rest.remove(at: index)
        return permutations(rest).map { [first] + $0 }
      }
    }
    for size in 2...5 { orders += permutations(Array(0..<size)) }
    func gcd(_ a: Int, _ b: Int) -> Int { b == 0 ? a : gcd(b, a % b) }
    for size in [50, 1_000] {
      for step in [3, 7, 11, 13, 17, 19, 23, 29, 31, 37] where gcd(step, size) == 1 {
        orders.append((0..<size).map { ($0 * step + 3) % size })
      }
    }
    for order in orders {
      let original = order.indices.map { "finding \($0)" }
      var permuted = original
      permuted.permute(by: order)
      #expect(permuted == order.map { original[$0] }, "order \(order.prefix(12))")
    }
  }
}
