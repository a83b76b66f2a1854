/// Shell-style path patterns: `*` (within a folder), `**` (any folders), `?`.
struct Glob: Sendable {
  let pattern: [Character]

  init(_ pattern: String) { self.pattern = Array(pattern) }

  func matches(_ path: String) -> Bool { Self.match(pattern[...], Array(path)[...]) }

  private static func match(_ pattern: ArraySlice<Character>, _ text: ArraySlice<Character>) -> Bool {
    // Iterative matching with backtracking points for `*` and `**`, linear in practice.
    var p = pattern.startIndex
    var t = text.startIndex
    var star: (pattern: Int, text: Int, deep: Bool)?
    while t < text.endIndex {
      if p < pattern.endIndex, pattern[p] == "*" {
        let deep = p + 1 < pattern.endIndex && pattern[p + 1] == "*"
        p += deep ? 2 : 1
        if deep, p < pattern.endIndex, pattern[p] == "/" { p += 1 }
        star = (p, t, deep)
        continue
      }
      if p < pattern.endIndex, pattern[p] == "?" || pattern[p] == text[t], !(pattern[p] == "?" && text[t] == "/") {
        p += 1
        t += 1
        continue
      }
      if let saved = star, saved.deep || text[saved.text] != "/" {
        star = (saved.pattern, saved.text + 1, saved.deep)
        p = saved.pattern
        t = saved.text + 1
        continue
      }
      return false
    }
    while p < pattern.endIndex, pattern[p] == "*" { p += 1 }
    return p == pattern.endIndex
  }
}
