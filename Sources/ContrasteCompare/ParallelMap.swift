import Dispatch

/// Maps indices on several threads and keeps the results in index order.
///
/// Each worker builds its own state first (ICU objects are not thread-safe, so every worker
/// opens its own); a worker that cannot leaves its indices nil for the caller to redo on its own
/// thread. Output does not depend on the number of workers.
package enum ParallelMap {
  package static func map<State, Output>(
    count: Int, workers: Int, state makeState: @Sendable () -> State?, _ body: @Sendable (State, Int) -> Output
  ) -> [Output?] {
    let workers = max(1, min(workers, count))
    let slots = Slots<Output>(buffer: .allocate(capacity: count))
    slots.buffer.initialize(repeating: nil)
    defer {
      _ = slots.buffer.deinitialize()
      slots.buffer.deallocate()
    }
    DispatchQueue.concurrentPerform(iterations: workers) { worker in
      guard let state = makeState() else { return }
      // Each index is written by exactly one worker.
      for index in stride(from: worker, to: count, by: workers) { slots.buffer[index] = body(state, index) }
    }
    return Array(slots.buffer)
  }

  /// One result slot per index; each is written by exactly one worker, then read after all
  /// workers are done, which is why sharing the buffer is safe.
  private struct Slots<Output>: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<Output?>
  }
}
