import Foundation
import LedgerStore
import Spreadsheet

/// A records sheet of a saved workbook, as `refresh` rebuilds it from the ledger into a scratch ("donor") workbook
/// whose sheets then replace the saved workbook's.
///
/// An export is written again with the filter its `_ledgersync` row recorded (fixed dates stay fixed), its entry
/// sheet named as the user has named it since; its entry sheet and Lists move. A template's entry sheet holds what
/// the user typed and is never replaced: only its Lists sheet moves, with the workbook-wide names the drop-downs use,
/// so they offer the company's customers, items and accounts as they are now.
public struct RecordSheetRefresh: Sendable {
    /// What the donor workbook holds for the saved workbook.
    public struct Rebuilt: Sendable {
        /// The donor's sheets to move, named as in the saved workbook: the entry sheet (an export's) and Lists.
        public var sheets: [String]
        /// The entry sheet's `_ledgersync` row now: an export's with its new fingerprint; a template's as it was,
        /// since its entry sheet was not rebuilt.
        public var entry: SheetManifest.Entry
        /// What was rebuilt, in a few words: "invoices-and-bills export of Northwind Traders Inc, 2026-10-01 to
        /// 2026-10-31 (412 rows)", "drop-down lists of the invoices-and-bills template of Northwind Traders Inc".
        public var summary: String
    }

    /// The entry sheet's name in the saved workbook, which the rebuilt sheet keeps.
    public let sheet: String
    private let entry: SheetManifest.Entry
    private let type: RecordType
    private let company: String
    /// The export's filter; nil for a template.
    private let export: RecordExportFilter?

    /// What rebuilding the sheet `entry` describes takes; nil when the row is not a records sheet's, names no
    /// company, or names a record type `recordTypes` does not have.
    public init?(_ entry: SheetManifest.Entry, recordTypes: RecordTypeCatalog) {
        guard let request = RecordSheetRequest(json: entry.request), let company = request.company,
              let type = try? recordTypes.type(named: request.records) else { return nil }
        sheet = entry.sheet
        self.entry = entry
        self.type = type
        self.company = company
        export = request.export
    }

    /// Whether the entry sheet is rebuilt, losing any edits made to it: an export's is, a template's never.
    public var rebuildsEntrySheet: Bool { export != nil }

    /// Writes the donor workbook at `path` (an .xlsx file) from the ledger as it is now.
    public func write(from store: LedgerStore, donor path: String, builtAt: Date) throws -> Rebuilt {
        guard let export else {
            try RecordTemplate.write(type, company: company, store: store, to: path, builtAt: builtAt)
            return Rebuilt(sheets: [ListsSheet.name], entry: entry, summary: "drop-down lists of the \(type.name) template of \(company)")
        }
        let workbook = try RecordExport.write(type, company: company, filter: export, store: store, to: path,
                                              entrySheet: sheet, builtAt: builtAt)
        guard let rebuilt = workbook.manifestEntry else {
            throw RecordError.rebuildNeedsWorkbook(file: URL(fileURLWithPath: path).lastPathComponent)
        }
        let rows = workbook.rowCount
        let filter = export.summary.isEmpty ? "" : ", " + export.summary
        return Rebuilt(sheets: [sheet, ListsSheet.name], entry: rebuilt,
                       summary: "\(type.name) export of \(company)\(filter) (\(rows) \(rows == 1 ? "row" : "rows"))")
    }
}
