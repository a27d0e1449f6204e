import Foundation
import Ledger
import LedgerStore
import Records
import Reports
import Spreadsheet
import SpreadsheetBasics
import XLSXEditing

/// Rebuilds the tool-owned sheets of saved workbooks from the current ledger, keeping everything else in them.
///
/// The hidden `_ledgersync` sheet says what built each sheet. Each report is built again into a scratch workbook,
/// with relative periods counted from the refresh's as-of date; each records export is written again with the filter
/// it was written with, and each records template gets new drop-down lists (`RecordSheetRefresh`), each into a
/// scratch workbook of its own. `XLSXWorkbookTransplant` moves their sheets into the user's workbook and leaves every
/// other part as it was. The new workbook is written beside the old one and renamed over it, so a failure, or a
/// kill, leaves the original as it was.
public enum WorkbookRefresh {
    /// Refreshes every report sheet and records sheet of the workbook at `path`; records sheets take their types from
    /// `recordTypes`, asked for only when the workbook has one. Refuses
    /// (`RefreshError.edited`) when the user changed cells of a report sheet or of an export's entry sheet since it was
    /// built, unless `options.force`; writes nothing when `options.dryRun`.
    @discardableResult
    public static func refresh(_ path: String, from store: LedgerStore, recordTypes: () throws -> RecordTypeCatalog,
                               options: RefreshOptions) throws -> [SheetRefresh] {
        let workbook = try ToolOwnedSheets(path: path)
        guard let manifest = workbook.manifest else { throw RefreshError.nothingToRefresh(file: workbook.file) }
        // Loaded only for a workbook with records sheets.
        var loaded: RecordTypeCatalog?
        func types() throws -> RecordTypeCatalog {
            if let loaded { return loaded }
            let catalog = try recordTypes()
            loaded = catalog
            return catalog
        }
        let plan = try manifest.entries.map { entry in
            if entry.sheetIsGone { return PlannedSheet.gone(entry.sheet) }
            if let request = ReportRequestJSON.report(entry.request) { return .report(entry.sheet, request) }
            if ReportRequestJSON.isRecords(entry.request), let records = RecordSheetRefresh(entry, recordTypes: try types()) {
                return .records(records)
            }
            return .keep(entry)
        }
        let edited = try workbook.checkEdits(reports: plan.compactMap(\.reportSheet), exports: plan.compactMap(\.exportSheet),
                                             force: options.force)
        return try rebuild(path, plan: plan, edited: edited, store: store, options: options)
    }

    /// Builds the report sheets `sheets` into the workbook at `path`: each added after the last sheet, or replacing the
    /// sheet of its name when LedgerSync built it (a sheet of the user's own is replaced only with `options.force`).
    /// The workbook can then be refreshed with its other report sheets.
    @discardableResult
    public static func addReport(_ sheets: [ReportSheet], to path: String, from store: LedgerStore,
                                 options: RefreshOptions) throws -> [SheetRefresh] {
        let file = URL(fileURLWithPath: path).lastPathComponent
        if let reserved = sheets.first(where: { $0.name.lowercased() == SheetManifest.sheetName }) {
            throw RefreshError.notToolOwned(file: file, sheet: reserved.name)
        }
        let workbook = try ToolOwnedSheets(path: path)
        let entries = workbook.manifest?.entries ?? []
        let names = Set(sheets.map { $0.name.lowercased() })
        let owned = sheets.filter { sheet in entries.contains { !$0.sheetIsGone && $0.sheet.lowercased() == sheet.name.lowercased() } }
        if let users = sheets.first(where: { sheet in
            !owned.contains(sheet) && workbook.sheetNames.contains { $0.lowercased() == sheet.name.lowercased() }
        }), !options.force {
            throw RefreshError.notToolOwned(file: workbook.file, sheet: users.name)
        }
        let edited = owned.isEmpty ? [] : try workbook.checkEdits(reports: owned.map(\.name), force: options.force)
        let plan = entries.filter { !names.contains($0.sheet.lowercased()) }
            .map { $0.sheetIsGone ? PlannedSheet.gone($0.sheet) : PlannedSheet.keep($0) }
        let done = try rebuild(path, plan: plan + sheets.map { .report($0.name, $0.request) }, edited: edited, store: store,
                               options: options)
        // The added reports are the plan's last sheets, and every planned sheet has its result.
        return Array(done.suffix(sheets.count))
    }

    /// What becomes of each sheet named in `_ledgersync`.
    enum PlannedSheet {
        case report(String, ReportRequest)
        case records(RecordSheetRefresh)
        case keep(SheetManifest.Entry)
        case gone(String)

        /// The sheet's name when it is a report to rebuild.
        var reportSheet: String? {
            if case .report(let sheet, _) = self { return sheet }
            return nil
        }

        /// The entry sheet's name when it is a records export's, which is rebuilt over any edits.
        var exportSheet: String? {
            if case .records(let records) = self, records.rebuildsEntrySheet { return records.sheet }
            return nil
        }
    }

    /// Builds the planned reports into a scratch workbook with a new `_ledgersync` sheet and each records sheet into
    /// one of its own, and moves their sheets into `path`: the records sheets first, then the reports with
    /// `_ledgersync`, which lists every sheet as now built.
    private static func rebuild(_ path: String, plan: [PlannedSheet], edited: Set<String>, store: LedgerStore,
                                options: RefreshOptions) throws -> [SheetRefresh] {
        let folder = WorkingFiles.temporaryURL("refresh")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let donorPath = folder.appendingPathComponent("sheets.xlsx").path
        let donor = try ReportWorkbook(path: donorPath)
        var sources: [XLSXWorkbookTransplant.Source] = []
        var results: [SheetRefresh] = []
        var rebuilt: [String] = []
        // Consecutive report sheets (a group report's statement, companies and rates) are built in one run.
        var pending: [ReportSheet] = []
        func buildPending() throws {
            guard let first = pending.first else { return }
            var captures: [PeriodCapture] = []
            var current = first.name
            do {
                try ReportBuilder.run(pending.map(\.request), in: store, today: options.today, builtAt: options.builtAt) { index in
                    current = pending[index].name
                    captures.append(PeriodCapture(try donor.sheet(named: current, request: pending[index].request,
                                                                  builtAt: options.builtAt)))
                    return captures[index]
                }
            } catch {
                throw RefreshError.sheetFailed(file: URL(fileURLWithPath: path).lastPathComponent, sheet: current, problem: "\(error)")
            }
            for (sheet, capture) in zip(pending, captures) {
                rebuilt.append(sheet.name)
                results.append(SheetRefresh(sheet: sheet.name, summary: "\(sheet.request.subject), \(capture.periodText)",
                                            change: edited.contains(sheet.name) ? .rebuiltOverEdits : .rebuilt))
            }
            pending = []
        }
        for planned in plan {
            if case .report(let sheet, var request) = planned {
                if (try? ReportCatalog.definition(named: request.report))?.options.contains(.asOf) == true { request.asOf = options.asOf }
                pending.append(ReportSheet(name: sheet, request: request))
                continue
            }
            try buildPending()
            switch planned {
            case .report:
                break
            case .records(let records):
                let recordsPath = folder.appendingPathComponent("records-\(sources.count + 1).xlsx").path
                let written: RecordSheetRefresh.Rebuilt
                do {
                    written = try records.write(from: store, donor: recordsPath, builtAt: options.builtAt)
                } catch {
                    throw RefreshError.sheetFailed(file: URL(fileURLWithPath: path).lastPathComponent, sheet: records.sheet,
                                                     problem: "\(error)")
                }
                sources.append(.init(path: recordsPath, sheets: written.sheets))
                donor.keep(written.entry)
                results.append(SheetRefresh(sheet: records.sheet, summary: written.summary,
                                            change: edited.contains(records.sheet) ? .rebuiltOverEdits : .rebuilt, isRecords: true))
            case .keep(let entry):
                donor.keep(entry)
                results.append(SheetRefresh(sheet: entry.sheet, summary: ReportRequestJSON.summary(entry.request), change: .kept))
            case .gone(let sheet):
                results.append(SheetRefresh(sheet: sheet, summary: "", change: .gone))
            }
        }
        try buildPending()
        try donor.close()
        sources.append(.init(path: donorPath, sheets: rebuilt + [SheetManifest.sheetName]))
        let prepared = try XLSXWorkbookTransplant.prepare(sources, into: path)
        if options.dryRun {
            prepared.discard()
        } else {
            try prepared.install()
        }
        return results
    }
}
