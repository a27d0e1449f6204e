import Foundation

/// Hands elements from the thread that makes them to a thread of its own that uses them, in batches, so that making
/// and using run on two cores. At most `maxWaiting` batches wait at a time (the maker waits when they do), and
/// emptied batches go back to the maker to be filled again. Call `finish()` after the last `put`, or `cancel()`.
package final class BatchHandOff<Element: Sendable>: @unchecked Sendable {
    private let batchSize: Int
    private let maxWaiting: Int
    private let consume: ([Element]) throws -> Void
    private let condition = NSCondition()
    /// Guarded by `condition`.
    private var waiting: [[Element]] = []
    private var spare: [[Element]] = []
    private var isFinished = false
    private var isCancelled = false
    private var failure: (any Error)?
    /// The maker's side: the batch being filled.
    private var filling: [Element] = []
    private let exited = DispatchSemaphore(value: 0)
    private var isJoined = false

    /// Starts the thread that passes each batch, in order, to `consume`; the first error it throws stops it.
    package init(batchSize: Int = 512, maxWaiting: Int = 4, consume: @escaping ([Element]) throws -> Void) {
        self.batchSize = batchSize
        self.maxWaiting = maxWaiting
        self.consume = consume
        filling.reserveCapacity(batchSize)
        Thread.detachNewThread { [self] in
            consumeAll()
            exited.signal()
        }
    }

    /// Adds one element; throws what stopped the using thread, if it has stopped.
    package func put(_ element: Element) throws {
        filling.append(element)
        if filling.count >= batchSize { try send() }
    }

    /// Hands over what is left, waits until all of it is used, and throws what stopped the using thread, if anything.
    package func finish() throws {
        if !filling.isEmpty { try send() }
        condition.withLock {
            isFinished = true
            condition.broadcast()
        }
        join()
        if let failure { throw failure }
    }

    /// Stops the using thread without handing over more, and waits for it; nothing happens after `finish()`.
    package func cancel() {
        condition.withLock {
            isCancelled = true
            condition.broadcast()
        }
        join()
    }

    private func send() throws {
        let batch = filling
        filling = try condition.withLock {
            while waiting.count >= maxWaiting, failure == nil { condition.wait() }
            if let failure { throw failure }
            waiting.append(batch)
            condition.broadcast()
            return spare.popLast() ?? []
        }
        if filling.capacity < batchSize { filling.reserveCapacity(batchSize) }
    }

    private func consumeAll() {
        while var batch = nextBatch() {
            do {
                try consume(batch)
            } catch {
                condition.withLock {
                    failure = error
                    condition.broadcast()
                }
                return
            }
            batch.removeAll(keepingCapacity: true)
            condition.withLock { spare.append(batch) }
        }
    }

    private func nextBatch() -> [Element]? {
        condition.withLock {
            while waiting.isEmpty, !isFinished, !isCancelled { condition.wait() }
            guard !isCancelled, !waiting.isEmpty else { return nil }
            condition.broadcast()
            return waiting.removeFirst()
        }
    }

    private func join() {
        guard !isJoined else { return }
        exited.wait()
        isJoined = true
    }
}
