/// Why a workbook was not refreshed; each says which file and sheet, and what to do.
public enum RefreshError: Error, CustomStringConvertible {
    /// The workbook has no `_ledgersync` sheet, so nothing in it was built by LedgerSync.
    case nothingToRefresh(file: String)
    /// Tool-owned sheets whose cells were changed since they were built.
    case edited(file: String, sheets: [String])
    /// `report -o FILE --sheet NAME` would replace a sheet of the user's own.
    case notToolOwned(file: String, sheet: String)

    public var description: String {
        switch self {
        case .nothingToRefresh(let file):
            "\(file): has no sheets built by LedgerSync (no _ledgersync sheet); add one with "
                + "`ledgersync report REPORT -o \(file) --sheet NAME`"
        case .edited(let file, let sheets):
            "\(file), \(sheets.count == 1 ? "sheet" : "sheets") \(sheets.map { "\"\($0)\"" }.joined(separator: ", ")): "
                + "edited since LedgerSync built \(sheets.count == 1 ? "it" : "them"); refreshing would overwrite the edits. "
                + "Move your work to a sheet of your own (formulas there can point at the report), or add --force to overwrite; "
                + "nothing was written"
        case .notToolOwned(let file, let sheet):
            "\(file), sheet \"\(sheet)\": is not a sheet LedgerSync built; choose another --sheet name, or add --force to replace it"
        }
    }
}
