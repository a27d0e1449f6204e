import Foundation
import SpreadsheetBasics
import Testing

/// The queue every hand-off between threads goes through: order kept, a full queue holds the putter back, and
/// finishing or cancelling wakes whoever waits.
@Suite struct HandOffQueueTests {
    @Test func elementsArriveInOrderAndAFullQueueHoldsThePutterBack() {
        let queue = HandOffQueue<Int>(capacity: 2)
        let done = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            for element in 0..<1000 { queue.put(element) }
            queue.finish()
            done.signal()
        }
        var taken: [Int] = []
        while let element = queue.take() { taken.append(element) }
        done.wait()
        #expect(taken == Array(0..<1000))
        #expect(!queue.put(1000), "a finished queue refuses more")
    }

    @Test func cancellingWakesAPutterWaitingOnAFullQueue() {
        let queue = HandOffQueue<Int>(capacity: 1)
        queue.put(1)
        let refused = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            if !queue.put(2) { refused.signal() }
        }
        Thread.sleep(forTimeInterval: 0.05)
        queue.cancel()
        #expect(refused.wait(timeout: .now() + 5) == .success)
        #expect(queue.take() == nil, "a cancelled queue gives nothing, not even what waits in it")
        #expect(queue.isCancelled)
    }

    @Test func takingAllWaitsForABatchOrTheEnd() {
        let queue = HandOffQueue<Int>()
        let batches = Batches()
        let done = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            while let batch = queue.takeAll(atLeast: 10) { batches.sizes.append(batch.count) }
            done.signal()
        }
        for element in 0..<25 { queue.put(element) }
        queue.finish()
        done.wait()
        #expect(batches.sizes.reduce(0, +) == 25)
        #expect(batches.sizes.dropLast().allSatisfy { $0 >= 10 }, "woken for whole batches, the rest at the end")
    }

    @Test func cancellingAFinishedQueueLetsItBeEmptied() {
        let queue = HandOffQueue<Int>()
        queue.put(1)
        queue.put(2)
        queue.finish()
        queue.cancel()
        #expect(!queue.isCancelled)
        #expect(queue.take() == 1)
        #expect(queue.take() == 2)
        #expect(queue.take() == nil)
    }

    /// What the taking thread saw, read once it has stopped.
    final class Batches: @unchecked Sendable {
        var sizes: [Int] = []
    }
}
