/// What a refresh did, or would do, to one tool-owned sheet.
public struct SheetRefresh: Sendable, Equatable {
    public enum Change: Sendable, Equatable {
        /// Rebuilt from the ledger; for a records template, its drop-down lists (the rows the user typed are kept).
        case rebuilt
        /// Rebuilt over edits the user made to it (`--force`).
        case rebuiltOverEdits
        /// Left as it is: built by a report or record type this version of LedgerSync does not know.
        case kept
        /// The user deleted the sheet; it is no longer refreshed.
        case gone
    }

    public var sheet: String
    /// What builds it, e.g. "profit-and-loss of Northwind Traders Inc, October 1, 2026 to October 31, 2026".
    public var summary: String
    public var change: Change
    /// Whether it is a records sheet (an export, or a template whose drop-down lists were rebuilt), not a report.
    public var isRecords = false

    /// One line for the terminal.
    public func line(dryRun: Bool) -> String {
        switch change {
        case .rebuilt: "\(dryRun ? "would refresh" : "refreshed") \"\(sheet)\": \(summary)"
        case .rebuiltOverEdits: "\(dryRun ? "would refresh" : "refreshed") \"\(sheet)\", overwriting edits to it: \(summary)"
        case .kept: "left \"\(sheet)\" as it is: \(summary)"
        case .gone: "\"\(sheet)\" was deleted from the workbook; \(dryRun ? "it would no longer be" : "it is no longer") refreshed"
        }
    }
}
