import Foundation
import SpreadsheetBasics

/// Edits passed from the thread that decides them to a sheet rewrite running on another, top to bottom: each `set`
/// covers rows below all the earlier ones. The rewrite waits for rows not yet decided, so it keeps just behind.
public final class XLSXRowEditFeed: @unchecked Sendable {
    /// A waiting rewrite is woken once this many runs have arrived (or at the end), not for each one: a rewrite that
    /// keeps up would otherwise sleep and wake for every record.
    private static let batch = 256

    /// The runs set and not yet taken; never full, so setting never waits for the rewrite.
    private let arrived = HandOffQueue<XLSXSheetEdits.Run>()
    /// The setter's side: the last row set so far.
    private var lastRow = 0

    init() {}

    /// Sets the same cells, by 0-based column, on each of `rows`, which lie below every row set before.
    public func set(rows: ClosedRange<Int>, _ cells: [Int: XLSXCellEdit]) {
        precondition(rows.lowerBound > lastRow, "rows \(rows) come after row \(lastRow) was set; set rows top to bottom")
        lastRow = rows.upperBound
        let edits = XLSXSheetEdits.columnEdits(rows: rows, cells)
        guard !edits.isEmpty else { return }
        // Refused once the feed has ended: edits set after that are dropped.
        arrived.put(XLSXSheetEdits.Run(rows: rows, cells: edits, order: 0))
    }

    /// No more edits: the rewrite copies the rest of the sheet as it is.
    func finish() { arrived.finish() }

    /// Stops the rewrite where it is waiting.
    func cancel() { arrived.cancel() }

    /// The rewrite has stopped: edits set from now on are dropped (a finished feed drops them already).
    func close() { arrived.cancel() }

    /// The runs set since the last call, waiting for a batch of them; nil once finished and all taken. Throws when
    /// cancelled.
    fileprivate func take() throws(SpreadsheetError) -> [XLSXSheetEdits.Run]? {
        let runs = arrived.takeAll(atLeast: Self.batch)
        if runs == nil, arrived.isCancelled { throw SpreadsheetError(file: "", message: "the rewrite was cancelled") }
        return runs
    }

    /// The rewrite's side: the edited rows, one by one.
    var rows: Rows { Rows(feed: self) }

    struct Rows: XLSXRowEditSource {
        let feed: XLSXRowEditFeed
        private var runs: [XLSXSheetEdits.Run] = []
        private var index = 0
        private var row = 0

        init(feed: XLSXRowEditFeed) {
            self.feed = feed
        }

        mutating func next() throws(SpreadsheetError) -> XLSXRowEdits? {
            while true {
                if index < runs.count {
                    let run = runs[index]
                    row = max(row, run.rows.lowerBound)
                    if row <= run.rows.upperBound {
                        defer { row += 1 }
                        return XLSXRowEdits(number: row, cells: run.cells)
                    }
                    index += 1
                    continue
                }
                guard let more = try feed.take() else { return nil }
                runs = more
                index = 0
            }
        }
    }
}
