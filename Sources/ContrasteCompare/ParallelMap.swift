import Dispatch
import Synchronization

/// Maps indices on several threads and keeps the results in index order.
///
/// Each worker builds its own state first (ICU objects are not thread-safe, so every worker
/// opens its own); a worker that cannot takes no indices, and any index left nil is for the
/// caller to redo on its own thread. Workers take small runs of indices from a shared counter
/// as they finish, so a slow core (or a long article) does not leave the others idle. Output
/// does not depend on the number of workers or on which worker took which index.
package enum ParallelMap {
  package static func map<State, Output>(
    count: Int, workers: Int, state makeState: @Sendable () -> State?, _ body: @Sendable (State, Int) -> Output
  ) -> [Output?] {
    let workers = max(1, min(workers, count))
    let slots = Slots<Output>(buffer: .allocate(capacity: count))
    slots.buffer.initialize(repeating: nil)
    defer { slots.buffer.deallocate() }
    let next = Atomic<Int>(0)
    // Runs of a few indices: few atomic operations, and little left over at the end.
    let run = max(1, min(16, count / (workers * 64)))
    DispatchQueue.concurrentPerform(iterations: workers) { _ in
      guard let state = makeState() else { return }
      // Each index is written by exactly one worker: the one whose run contains it.
      while true {
        let start = next.add(run, ordering: .relaxed).oldValue
        guard start < count else { break }
        for index in start..<min(start + run, count) { slots.buffer[index] = body(state, index) }
      }
    }
    // Moved into the array, not copied: a copy retains every reference an output holds, then
    // freeing the slots releases them all again, on this thread alone.
    return [Output?](unsafeUninitializedCapacity: count) { results, initialized in
      results.baseAddress?.moveInitialize(from: slots.buffer.baseAddress!, count: count)
      initialized = count
    }
  }

  /// The arrays `body` gives for `0..<count`, made on `workers` threads and joined in index
  /// order; their elements are moved into the result, not copied (see `append(moving:)`).
  package static func joined<Element>(count: Int, workers: Int, _ body: @Sendable (Int) -> [Element]) -> [Element] {
    var parts = map(count: count, workers: workers, state: { () }, { body($1) })
    var all: [Element] = []
    all.reserveCapacity(parts.reduce(0) { $0 + ($1?.count ?? 0) })
    for index in parts.indices {
      var part = parts[index].take() ?? body(index)
      all.append(moving: &part)
    }
    return all
  }

  /// One result slot per index; each is written by exactly one worker, then read after all
  /// workers are done, which is why sharing the buffer is safe.
  private struct Slots<Output>: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<Output?>
  }
}
