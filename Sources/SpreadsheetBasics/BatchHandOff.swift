import Foundation

/// Hands elements from the thread that makes them to a thread of its own that uses them, in batches, so that making
/// and using run on two cores. At most `maxWaiting` batches wait at a time (the maker waits when they do). Call
/// `finish()` after the last `put`, or `cancel()`.
package final class BatchHandOff<Element: Sendable>: @unchecked Sendable {
    private let batchSize: Int
    private let batches: HandOffQueue<[Element]>
    private let consume: ([Element]) throws -> Void
    /// Set by the using thread before it cancels `batches`, read by the maker after the queue refuses it or after
    /// the thread has exited: the queue's lock orders the two.
    private var failure: (any Error)?
    /// The maker's side: the batch being filled.
    private var filling: [Element] = []
    private let exited = DispatchSemaphore(value: 0)
    private var isJoined = false

    /// Starts the thread that passes each batch, in order, to `consume`; the first error it throws stops it.
    package init(batchSize: Int = 512, maxWaiting: Int = 4, consume: @escaping ([Element]) throws -> Void) {
        self.batchSize = batchSize
        batches = HandOffQueue(capacity: maxWaiting)
        self.consume = consume
        filling.reserveCapacity(batchSize)
        Thread.detachNewThread { [self] in
            while let batch = batches.take() {
                do {
                    try self.consume(batch)
                } catch {
                    failure = error
                    batches.cancel()
                    break
                }
            }
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
        batches.finish()
        join()
        if let failure { throw failure }
    }

    /// Stops the using thread without handing over more, and waits for it; nothing happens after `finish()`.
    package func cancel() {
        batches.cancel()
        join()
    }

    private func send() throws {
        let batch = filling
        filling = []
        filling.reserveCapacity(batchSize)
        if !batches.put(batch), let failure { throw failure }
    }

    private func join() {
        guard !isJoined else { return }
        exited.wait()
        isJoined = true
    }
}
