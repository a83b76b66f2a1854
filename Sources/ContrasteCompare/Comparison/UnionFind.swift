/// Disjoint sets over `0..<count`, for clustering.
struct UnionFind {
  private var parent: [Int]

  init(count: Int) { parent = Array(0..<count) }

  mutating func find(_ element: Int) -> Int {
    var root = element
    while parent[root] != root { root = parent[root] }
    var node = element
    while parent[node] != root {
      let next = parent[node]
      parent[node] = root
      node = next
    }
    return root
  }

  mutating func union(_ first: Int, _ second: Int) {
    let (a, b) = (find(first), find(second))
    if a != b { parent[max(a, b)] = min(a, b) }
  }

  /// The sets, each sorted, ordered by their smallest element.
  ///
  /// Elements are visited in order, so each set is met first at its smallest element and
  /// filled in order: no dictionary, no sort.
  mutating func groups() -> [[Int]] {
    var slot = [Int](repeating: -1, count: parent.count)
    var groups: [[Int]] = []
    for element in parent.indices {
      let root = find(element)
      if slot[root] < 0 {
        slot[root] = groups.count
        groups.append([])
      }
      groups[slot[root]].append(element)
    }
    return groups
  }
}
