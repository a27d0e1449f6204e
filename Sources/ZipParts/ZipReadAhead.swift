import Foundation
import SpreadsheetBasics

/// Decompresses a zip part on a thread of its own, a few chunks ahead of the reader, so that inflating a large sheet
/// and parsing it run on two cores. The chunks are a fixed set of buffers passed back and forth, so nothing is
/// allocated per chunk. Only the thread reads the part until it stops: at the part's end, at a failure, or when
/// `stop()` (which waits for it) asks.
final class ZipReadAhead: @unchecked Sendable {
    private static let chunkSize = 1 << 18
    private static let chunkCount = 4

    private let buffers: [UnsafeMutableRawBufferPointer]
    /// Buffers ready to fill, and filled buffers with their byte counts (0 at the end, -1 for a failure), in order.
    private let empty = HandOffQueue<Int>()
    private let filled = HandOffQueue<(buffer: Int, count: Int)>()
    private let exited = DispatchSemaphore(value: 0)
    /// The reader's side: the filled buffer it is taking bytes from, and how far it has got.
    private var current: (buffer: Int, count: Int)?
    private var offset = 0
    private var endCount: Int?

    /// Starts the thread, which fills buffers with `fill(buffer, capacity)` until it returns 0 or less.
    init(fill: @escaping @Sendable (UnsafeMutableRawPointer, Int) -> Int) {
        buffers = (0..<Self.chunkCount).map { _ in .allocate(byteCount: Self.chunkSize, alignment: 16) }
        for buffer in buffers.indices { empty.put(buffer) }
        Thread.detachNewThread { [self] in
            while let buffer = empty.take() {
                let count = fill(buffers[buffer].baseAddress!, Self.chunkSize)
                filled.put((buffer, count))
                if count <= 0 { break }
            }
            exited.signal()
        }
    }

    deinit {
        for buffer in buffers { buffer.deallocate() }
    }

    /// Copies up to `count` bytes into `destination`; returns how many, 0 at the end, or -1 where `fill` failed.
    func read(into destination: UnsafeMutableRawPointer, count: Int) -> Int {
        if let endCount { return endCount }
        if current == nil {
            // `filled` is never finished or cancelled while the reader reads: take waits for the next chunk.
            current = filled.take()
            offset = 0
        }
        let (buffer, filledCount) = current!
        guard filledCount > 0 else {
            endCount = filledCount
            return filledCount
        }
        let taken = min(count, filledCount - offset)
        destination.copyMemory(from: buffers[buffer].baseAddress! + offset, byteCount: taken)
        offset += taken
        if offset == filledCount {
            current = nil
            empty.put(buffer)
        }
        return taken
    }

    /// Asks the thread to stop and waits until it has: the part is the caller's again.
    func stop() {
        empty.cancel()
        exited.wait()
    }
}
