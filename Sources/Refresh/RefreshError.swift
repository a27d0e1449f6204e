/// Why a workbook was not refreshed; each says which file and sheet, and what to do.
public enum RefreshError: Error, CustomStringConvertible {
    /// The workbook has no `_ledgersync` sheet, so nothing in it was built by LedgerSync.
    case nothingToRefresh(file: String)
    /// Tool-owned sheets whose cells were changed since they were built: report sheets, and the entry sheets of
    /// records exports (whose rows the user may have edited, or `records post` written results into).
    case edited(file: String, reports: [String], exports: [String])
    /// `report -o FILE --sheet NAME` would replace a sheet of the user's own.
    case notToolOwned(file: String, sheet: String)
    /// A sheet could not be built again: its company or customer is no longer in the ledger, say.
    case sheetFailed(file: String, sheet: String, problem: String)

    public var description: String {
        switch self {
        case .nothingToRefresh(let file):
            "\(file): has no sheets built by LedgerSync (no _ledgersync sheet); add one with "
                + "`ledgersync report REPORT -o \(file) --sheet NAME`"
        case .edited(let file, let reports, let exports):
            "\(file), " + (Self.edited(reports: reports) + Self.edited(exports: exports)).joined(separator: "; ") + "; nothing was written"
        case .notToolOwned(let file, let sheet):
            "\(file), sheet \"\(sheet)\": is not a sheet LedgerSync built; choose another --sheet name, or add --force to replace it"
        case .sheetFailed(let file, let sheet, let problem):
            "\(file), sheet \"\(sheet)\": \(problem); nothing was written"
        }
    }

    private static func edited(reports: [String]) -> [String] {
        guard !reports.isEmpty else { return [] }
        return ["\(names(reports)): edited since LedgerSync built \(reports.count == 1 ? "it" : "them"); refreshing would overwrite "
                + "the edits. Move your work to a sheet of your own (formulas there can point at the report), or add --force to overwrite"]
    }

    private static func edited(exports: [String]) -> [String] {
        guard !exports.isEmpty else { return [] }
        let one = exports.count == 1
        return ["\(names(exports)): changed since LedgerSync exported \(one ? "it" : "them") (rows edited, or results written back by "
                + "`ledgersync records post`); refreshing would replace \(one ? "its" : "their") rows with the ledger's. "
                + "Post the rows you changed first; once they are posted, add --force to refresh"]
    }

    /// `sheet "A"` or `sheets "A", "B"`.
    private static func names(_ sheets: [String]) -> String {
        "\(sheets.count == 1 ? "sheet" : "sheets") \(sheets.map { "\"\($0)\"" }.joined(separator: ", "))"
    }
}
