import Foundation
@testable import SpreadsheetBasics
import Testing

/// Elements made on one thread and used on another: all of them, in order; a failure on the using side stops the
/// making side; cancelling stops the using side.
@Suite struct BatchHandOffTests {
    /// What the using thread saw, read once it has stopped.
    final class Seen: @unchecked Sendable {
        var elements: [Int] = []
        var batches = 0
    }

    struct Full: Error, Equatable {}

    @Test func everyElementArrivesInOrderAcrossBatches() throws {
        let seen = Seen()
        let handOff = BatchHandOff<Int>(batchSize: 7, maxWaiting: 2) { batch in
            seen.elements += batch
            seen.batches += 1
        }
        for element in 0..<10_000 { try handOff.put(element) }
        try handOff.finish()
        #expect(seen.elements == Array(0..<10_000))
        #expect(seen.batches == (10_000 + 6) / 7)
    }

    @Test func aFailureWhileUsingStopsTheMakerAndIsThrownOnce() throws {
        let seen = Seen()
        let handOff = BatchHandOff<Int>(batchSize: 10, maxWaiting: 2) { batch in
            if batch.contains(35) { throw Full() }
            seen.elements += batch
        }
        var thrownAt: Int?
        for element in 0..<100_000 {
            do {
                try handOff.put(element)
            } catch {
                #expect(error as? Full == Full())
                thrownAt = element
                break
            }
        }
        #expect(thrownAt != nil, "the maker is stopped well before the end")
        #expect(throws: Full.self) { try handOff.finish() }
        #expect(seen.elements == Array(0..<30))
    }

    @Test func cancellingStopsTheUsingThread() throws {
        let seen = Seen()
        let handOff = BatchHandOff<Int>(batchSize: 4, maxWaiting: 100) { batch in seen.elements += batch }
        for element in 0..<400 { try handOff.put(element) }
        handOff.cancel()
        handOff.cancel()
        let used = seen.elements.count
        #expect(used <= 400 && used % 4 == 0)
        #expect(seen.elements == Array(0..<used))
    }
}
