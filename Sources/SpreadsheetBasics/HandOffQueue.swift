import Foundation

/// A first-in, first-out queue between two threads, each waiting when it must: the one that puts waits while
/// `capacity` elements wait to be taken, the one that takes waits for elements to arrive. `finish()` says nothing
/// more will come (takes empty the queue, then get nil); `cancel()` stops both sides (puts are refused, takes get
/// nil), unless the queue was finished first. One thread puts and one takes. The one piece of locking of every
/// hand-off between threads:
/// batches to a thread of their own (`BatchHandOff`), zip chunks read ahead, edits fed to a sheet rewrite.
package final class HandOffQueue<Element>: @unchecked Sendable {
    private let capacity: Int
    private let condition = NSCondition()
    /// Guarded by `condition`, as is everything below.
    private var elements: [Element] = []
    private var isFinished = false
    private var cancelled = false
    /// How many elements the waiting taker wants before it is woken; 0 when none waits.
    private var wanted = 0

    package init(capacity: Int = .max) {
        self.capacity = capacity
    }

    /// Adds `element` at the end, waiting while the queue is full; false, and nothing added, once it is finished
    /// or cancelled.
    @discardableResult
    package func put(_ element: Element) -> Bool {
        condition.withLock {
            while elements.count >= capacity, !cancelled { condition.wait() }
            guard !cancelled, !isFinished else { return false }
            elements.append(element)
            if wanted > 0, elements.count >= wanted { condition.broadcast() }
            return true
        }
    }

    /// The first element, waiting for one; nil once finished and empty, or cancelled.
    package func take() -> Element? {
        condition.withLock {
            guard waitFor(1) else { return nil }
            condition.broadcast()
            return elements.removeFirst()
        }
    }

    /// Every waiting element, once `count` of them wait (or fewer are left at the end): a taker that keeps up is woken
    /// once a batch, not for each element. Nil once finished and empty, or cancelled.
    package func takeAll(atLeast count: Int) -> [Element]? {
        precondition(count <= capacity, "a batch of \(count) never fits a queue of \(capacity)")
        return condition.withLock {
            guard waitFor(count) else { return nil }
            condition.broadcast()
            defer { elements.removeAll(keepingCapacity: true) }
            return elements
        }
    }

    /// Nothing more will be put: takes get what is left, then nil.
    package func finish() {
        condition.withLock {
            isFinished = true
            condition.broadcast()
        }
    }

    /// Stops both sides where they wait; nothing happens once the queue is finished.
    package func cancel() {
        condition.withLock {
            if !isFinished { cancelled = true }
            condition.broadcast()
        }
    }

    /// Whether `cancel()` stopped the queue.
    package var isCancelled: Bool {
        condition.withLock { cancelled }
    }

    /// Waits, holding the lock, until `count` elements wait or no more will come; whether there are any to take.
    private func waitFor(_ count: Int) -> Bool {
        while elements.count < count, !isFinished, !cancelled {
            wanted = count
            condition.wait()
        }
        wanted = 0
        return !cancelled && !elements.isEmpty
    }
}
