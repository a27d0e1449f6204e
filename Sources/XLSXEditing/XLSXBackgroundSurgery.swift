import Foundation
import SpreadsheetBasics

/// Workbook surgery on a thread of its own, started before its edits are all known: the sheet streams through as far
/// as the edits set so far reach, so the rewrite runs alongside the work that decides them. Set the edits top to
/// bottom on `edits`, then call `finish()` for the prepared workbook, or `cancel()` to leave nothing behind; one of
/// the two must be called.
public final class XLSXBackgroundSurgery: @unchecked Sendable {
    /// Where the edits go, top to bottom.
    public let edits = XLSXRowEditFeed()
    /// Set by the thread before it signals `exited`.
    private var outcome: Result<PreparedWorkbook, SpreadsheetError>?
    private let exited = DispatchSemaphore(value: 0)
    private var isJoined = false

    /// Starts rewriting the sheet called `sheet` of the workbook at `path`, as `XLSXWorkbookSurgery.prepare` does.
    /// The sheet's `<dimension>` is widened to take in `columns` (0-based) on row `row`: the edits must stay within
    /// it and the rows the sheet already has.
    public init(sheet: String, of path: String, widening columns: ClosedRange<Int>, onRow row: Int) {
        let valueRange = CellRange(row: row - 1, column: columns.lowerBound)
            .union(CellRange(row: row - 1, column: columns.upperBound))
        Thread.detachNewThread { [self] in
            do throws(SpreadsheetError) {
                outcome = .success(try XLSXWorkbookSurgery.prepare(edits.rows, valueRange: valueRange, sheet: sheet, of: path))
            } catch {
                outcome = .failure(error)
            }
            edits.close()
            exited.signal()
        }
    }

    /// Waits for the rewrite to copy the rest of the sheet; the workbook it prepared, or what went wrong.
    public func finish() throws(SpreadsheetError) -> PreparedWorkbook {
        edits.finish()
        join()
        return try outcome!.get()
    }

    /// Stops the rewrite and deletes what it wrote; nothing happens once `finish()` or `cancel()` has been called.
    public func cancel() {
        guard !isJoined else { return }
        edits.cancel()
        join()
        outcome = nil
    }

    private func join() {
        guard !isJoined else { return }
        exited.wait()
        isJoined = true
    }
}
