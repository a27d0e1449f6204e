/// What a refresh did, or would do, to one tool-owned sheet.
public struct SheetRefresh: Sendable, Equatable {
    public enum Change: Sendable, Equatable {
        /// Rebuilt from the ledger.
        case rebuilt
        /// Rebuilt over edits the user made to it (`--force`).
        case rebuiltOverEdits
        /// Left as it is: a records sheet, whose rows the user enters.
        case kept
        /// The user deleted the sheet; it is no longer refreshed.
        case gone
    }

    public var sheet: String
    /// What builds it, e.g. "profit-and-loss of Northwind Traders Inc, October 1, 2026 to October 31, 2026".
    public var summary: String
    public var change: Change

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
