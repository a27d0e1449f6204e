import Foundation
import Ledger
import LedgerStore

/// Posts the rows of a record sheet marked `Post = yes` into the ledger.
///
/// The whole run is one write transaction, so a run killed midway leaves nothing behind and concurrent runs queue.
/// Inside it each record is saved whole or not at all (edits and voids in a savepoint; a new document is checked
/// completely before its first write): a bad document is left out while the good ones post (or, with
/// `allOrNothing`, one bad row keeps everything out). Rows stream from the file; only each row's result
/// is kept, to be written back once the ledger has committed.
public struct RecordPoster {
    let store: LedgerStore
    let catalog: RecordTypeCatalog

    public init(store: LedgerStore, catalog: RecordTypeCatalog) {
        self.store = store
        self.catalog = catalog
    }

    /// Posts `path`; `progress` is called now and then with the number of rows read.
    public func post(_ path: String, options: RecordPostOptions, progress: (Int) -> Void = { _ in }) throws -> PostReport {
        let source = try SheetSource(path: path, sheet: options.sheet, catalog: catalog)
        let digest = try FileDigest.sha256(ofFile: path)
        var prepared: ResultWriteBack.Prepared?
        let report: PostReport
        do {
            report = try store.write(rehearse: options.dryRun) { writer in
                var run = try PostRunState(source: source, options: options, catalog: catalog, writer: writer, digest: digest)
                // A workbook's results are written as the rows are posted, on a second core.
                var workbook: ResultWriteBack.Workbook?
                defer { workbook?.cancel() }
                try source.forEachRow { number, cells in
                    try run.add(row: number, cells: cells)
                    if workbook == nil, source.format == .xlsx, !options.dryRun, let header = run.header {
                        workbook = try ResultWriteBack.Workbook(source: source, header: header, type: run.type!)
                    }
                    let settled = run.takeSettledResults()
                    workbook?.write(settled)
                    if number % 1000 == 0 { progress(number) }
                }
                let report = try run.finish()
                workbook?.write(run.takeSettledResults())
                if !options.dryRun, let header = run.header, !report.results.isEmpty {
                    if let workbook {
                        prepared = try workbook.finish()
                    } else {
                        prepared = try ResultWriteBack.prepareCSV(source: source, header: header, type: run.type!, results: report.results)
                    }
                }
                if report.rolledBack { throw RolledBack(report: report) }
                return report
            }
        } catch let rollback as RolledBack {
            report = rollback.report
        }
        do {
            try prepared?.install { backup in isLeftByFinishedRun(backup, fileName: source.fileName) }
        } catch where !report.rolledBack {
            let counts = report.counts
            guard counts.posted + counts.updated + counts.voided > 0 else {
                // Every row was in the ledger already: the file and the ledger agree, only the Status cells are old.
                if counts.errors == 0 { return report.withResultsUnwritten(because: "\(error)") }
                throw RecordError.resultsNotWritten(reason: "\(error)", ledgerChanged: false)
            }
            throw RecordError.resultsNotWritten(reason: "\(error)", ledgerChanged: true)
        }
        return report
    }

    /// Whether `backup` is the file exactly as a post run the ledger recorded read it: the `.bak` of a run killed after
    /// it committed and put its results in place, whose copy of the original is no longer needed.
    private func isLeftByFinishedRun(_ backup: String, fileName: String) -> Bool {
        guard let digest = try? FileDigest.sha256(ofFile: backup) else { return false }
        return (try? store.read { try $0.hasPostRun(fileName: fileName, sha256: digest) }) ?? false
    }

    /// Thrown out of the transaction to undo an all-or-nothing run that had errors.
    private struct RolledBack: Error {
        let report: PostReport
    }
}
