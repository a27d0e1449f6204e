import Foundation
import Ledger

/// How a refresh runs: the date relative periods count from, whether edits to tool-owned sheets may be overwritten,
/// and whether anything is written.
public struct RefreshOptions: Sendable {
    /// The date relative periods (this month, this fiscal year to date) count from; nil means `today`.
    public var asOf: LocalDate?
    public var today: LocalDate
    /// Rebuild sheets the user edited since they were built, losing those edits.
    public var force = false
    /// Work out everything, write nothing.
    public var dryRun = false
    /// The build time recorded in the rebuilt sheets.
    public var builtAt = Date()

    public init(asOf: LocalDate? = nil, today: LocalDate) {
        self.asOf = asOf
        self.today = today
    }
}
