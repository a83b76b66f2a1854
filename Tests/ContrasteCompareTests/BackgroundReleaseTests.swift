import Foundation
import Synchronization
import Testing

@testable import ContrasteCompare

/// What the audit no longer needs is freed on another thread, at idle priority.
@Suite("Freeing in the background")
struct BackgroundReleaseTests {
  /// Records, when freed, which thread freed it and that thread's scheduling policy.
  final class Witness: @unchecked Sendable {
    let freed: (_ thread: pthread_t, _ policy: Int32) -> Void
    init(_ freed: @escaping (pthread_t, Int32) -> Void) { self.freed = freed }
    deinit { freed(pthread_self(), sched_getscheduler(0)) }
  }

  @Test func theLastReferenceIsDroppedOnAnIdleThread() throws {
    let done = DispatchSemaphore(value: 0)
    let seen = Mutex<(pthread_t, Int32)?>(nil)
    Auditor.release(
      [
        Witness { thread, policy in
          seen.withLock { $0 = (thread, policy) }
          done.signal()
        }
      ])
    #expect(done.wait(timeout: .now() + 30) == .success)
    let (thread, policy) = try #require(seen.withLock { $0 })
    #expect(pthread_equal(thread, pthread_self()) == 0)
    // `SCHED_IDLE`.
    #expect(policy == 5)
  }
}
