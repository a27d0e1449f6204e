import Foundation
import Ledger
import LedgerStore
import Reports
import Spreadsheet

/// Rebuilds the tool-owned sheets of saved workbooks from the current ledger, keeping everything else in them.
///
/// The hidden `_ledgersync` sheet says what built each sheet. Each report is built again into a scratch workbook,
/// with relative periods counted from the refresh's as-of date, and its sheet is moved into the user's workbook by
/// `XLSXWorkbookTransplant`, which leaves every other part as it was. The new workbook is written beside the old one
/// and renamed over it, so a failure, or a kill, leaves the original as it was.
public enum WorkbookRefresh {
    /// Refreshes every report sheet of the workbook at `path`. Refuses (`RefreshError.edited`) when the user changed
    /// cells of one since it was built, unless `options.force`; writes nothing when `options.dryRun`.
    @discardableResult
    public static func refresh(_ path: String, from store: LedgerStore, options: RefreshOptions) throws -> [SheetRefresh] {
        let workbook = try ToolOwnedSheets(path: path)
        guard let manifest = workbook.manifest else { throw RefreshError.nothingToRefresh(file: workbook.file) }
        let plan = manifest.entries.map { entry in
            entry.sheetIsGone ? PlannedSheet.gone(entry.sheet)
                : ReportRequestJSON.report(entry.request).map { .report(entry.sheet, $0) } ?? .keep(entry)
        }
        let edited = try workbook.checkEdits(of: plan.compactMap(\.reportSheet), force: options.force)
        return try rebuild(path, plan: plan, edited: edited, store: store, options: options)
    }

    /// Builds the report `request` asks for into the workbook at `path` as the sheet `sheet`: added after the last
    /// sheet, or replacing the sheet of that name when LedgerSync built it (a sheet of the user's own is replaced
    /// only with `options.force`). The workbook can then be refreshed with its other report sheets.
    @discardableResult
    public static func addReport(_ request: ReportRequest, asSheet sheet: String, to path: String, from store: LedgerStore,
                                 options: RefreshOptions) throws -> SheetRefresh {
        guard sheet.lowercased() != SheetManifest.sheetName else {
            throw RefreshError.notToolOwned(file: URL(fileURLWithPath: path).lastPathComponent, sheet: sheet)
        }
        let workbook = try ToolOwnedSheets(path: path)
        let entries = workbook.manifest?.entries ?? []
        let owned = entries.contains { !$0.sheetIsGone && $0.sheet.lowercased() == sheet.lowercased() }
        if !owned, workbook.sheetNames.contains(where: { $0.lowercased() == sheet.lowercased() }), !options.force {
            throw RefreshError.notToolOwned(file: workbook.file, sheet: sheet)
        }
        let edited = owned ? try workbook.checkEdits(of: [sheet], force: options.force) : []
        var plan = entries.filter { $0.sheet.lowercased() != sheet.lowercased() }
            .map { $0.sheetIsGone ? PlannedSheet.gone($0.sheet) : PlannedSheet.keep($0) }
        plan.append(.report(sheet, request))
        let done = try rebuild(path, plan: plan, edited: edited, store: store, options: options)
        return done.last!
    }

    /// What becomes of each sheet named in `_ledgersync`.
    enum PlannedSheet {
        case report(String, ReportRequest)
        case keep(SheetManifest.Entry)
        case gone(String)

        /// The sheet's name when it is a report to rebuild.
        var reportSheet: String? {
            if case .report(let sheet, _) = self { return sheet }
            return nil
        }
    }

    /// Builds the planned reports into a scratch workbook with a new `_ledgersync` sheet, and moves them into `path`.
    private static func rebuild(_ path: String, plan: [PlannedSheet], edited: Set<String>, store: LedgerStore,
                                options: RefreshOptions) throws -> [SheetRefresh] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ledgersync-refresh-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let donorPath = folder.appendingPathComponent("sheets.xlsx").path
        let donor = try ReportWorkbook(path: donorPath)
        var results: [SheetRefresh] = []
        var rebuilt: [String] = []
        for planned in plan {
            switch planned {
            case .report(let sheet, var request):
                if try ReportCatalog.definition(named: request.report).options.contains(.asOf) { request.asOf = options.asOf }
                let capture = PeriodCapture(try donor.sheet(named: sheet, request: request, builtAt: options.builtAt))
                try ReportBuilder.run(request, in: store, today: options.today, builtAt: options.builtAt, into: capture)
                rebuilt.append(sheet)
                results.append(SheetRefresh(sheet: sheet, summary: "\(request.report) of \(request.company), \(capture.periodText)",
                                            change: edited.contains(sheet) ? .rebuiltOverEdits : .rebuilt))
            case .keep(let entry):
                donor.keep(entry)
                results.append(SheetRefresh(sheet: entry.sheet, summary: ReportRequestJSON.summary(entry.request), change: .kept))
            case .gone(let sheet):
                results.append(SheetRefresh(sheet: sheet, summary: "", change: .gone))
            }
        }
        try donor.close()
        let prepared = try XLSXWorkbookTransplant.prepare([.init(path: donorPath, sheets: rebuilt + [SheetManifest.sheetName])],
                                                          into: path)
        if options.dryRun {
            prepared.discard()
        } else {
            try prepared.install()
        }
        return results
    }
}
