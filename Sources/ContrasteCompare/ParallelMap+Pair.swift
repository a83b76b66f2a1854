import Dispatch

extension ParallelMap {
  /// Both results, `second` worked out on another thread while `first` runs on this one when
  /// `concurrently`, else one after the other.
  ///
  /// For two independent steps that each have a serial part: while one runs on a single
  /// core, the other keeps the second core busy. Each step's result does not depend on how
  /// they were scheduled.
  package static func pair<First, Second>(
    concurrently: Bool, _ first: () -> First, _ second: @escaping @Sendable () -> Second
  ) -> (First, Second) {
    guard concurrently else {
      let result = first()
      return (result, second())
    }
    let slot = Slot<Second>(pointer: .allocate(capacity: 1))
    defer { slot.pointer.deallocate() }
    let done = DispatchSemaphore(value: 0)
    DispatchQueue.global().async {
      slot.pointer.initialize(to: second())
      done.signal()
    }
    let result = first()
    done.wait()
    return (result, slot.pointer.move())
  }

  /// Where the other thread leaves its result; written once, then read after the semaphore.
  private struct Slot<Value>: @unchecked Sendable {
    let pointer: UnsafeMutablePointer<Value>
  }
}
