import Foundation
import Ledger
import LedgerStore
import XLSXReading

/// One post run in progress inside its write transaction: takes each record the sheet's rows make
/// (`PostRunRows`), drafts and saves it when its rows say Post = yes, and keeps what came of it (`PostRunResults`).
struct PostRunState {
    private let source: SheetSource
    private let options: RecordPostOptions
    private let writer: LedgerWriter
    private let digest: String
    private let company: Company
    private var rows: PostRunRows
    private var results: PostRunResults
    var header: SheetHeader? { rows.header }
    var type: RecordType? { rows.type }

    init(source: SheetSource, options: RecordPostOptions, catalog: RecordTypeCatalog, writer: LedgerWriter, digest: String) throws {
        self.source = source
        self.options = options
        self.writer = writer
        self.digest = digest
        let company = try writer.reader.company(namedOrOnly: options.company ?? source.companyName)
        self.company = company
        // The directory reads the transaction's own load of the company, which saving a record refreshes.
        rows = PostRunRows(source: source, options: options, catalog: catalog, company: company) {
            try CompanyDirectory(books: writer.books(companyID: company.id), companies: writer.reader.companies())
        }
        results = PostRunResults(place: rows.place, writer: writer)
    }

    mutating func add(row number: Int, cells: [XLSXValue?]) throws {
        let hadHeader = header != nil
        let group = try rows.add(row: number, cells: cells)
        if !hadHeader, let type {
            let run = PostRun(companyID: company.id, recordType: type.name, fileName: source.fileName, fileSHA256: digest,
                              sheet: source.sheet, startedAt: ISO8601DateFormatter().string(from: Date()), osUser: options.user)
            try results.begin(type: type, run: options.dryRun ? nil : run)
        }
        if let group { try process(group) }
    }

    /// The results settled since the last call, top to bottom.
    mutating func takeSettledResults() -> [(row: Int, result: RowResult)] {
        results.takeSettled()
    }

    private mutating func process(_ group: RowGroup) throws {
        try handle(group)
        if !options.allOrNothing { results.settle(group) }
    }

    private mutating func handle(_ group: RowGroup) throws {
        let earlier = rows.earlierDocument(numbered: group)
        do {
            guard try PostRunRows.isFlagged(group) else { return }
        } catch {
            results.fail(group, error)
            return
        }
        if let earlier {
            var problems = RowProblems()
            if type?.shape == .budgets {
                problems.add(row: group.first.number, .budget, "row \(earlier) already starts the budget \"\(group.first.text(.budget) ?? "")\"; move these rows up under it, so the budget's rows follow each other")
            } else {
                let number = group.first.text(.number) ?? ""
                problems.add(row: group.first.number, .number, "row \(earlier) already starts a document numbered \"\(number)\"; give this one its own number, or move its rows up under row \(earlier) if they belong to it")
            }
            results.fail(group, problems)
            return
        }
        let draft: RecordDraft
        do {
            draft = try drafting(group)
        } catch {
            results.fail(group, error)
            return
        }
        let saving = RecordSaving(writer: writer, company: company)
        do {
            let outcome = try saving.save(draft)
            if type?.shape.isDocument == false, outcome.change != nil {
                // Later rows may name this record (as their parent, say).
                rows.reading.namesChanged()
            }
            try results.record(group, outcome)
        } catch let refusal as SaveRefusal {
            results.fail(group, message: refusal.description)
        } catch let error as StoreError {
            results.fail(group, message: error.description)
        } catch let error as LedgerError {
            results.fail(group, message: error.description)
        }
    }

    private func drafting(_ group: RowGroup) throws(RowProblems) -> RecordDraft {
        if type!.shape.isDocument {
            let writer = writer, companyID = company.id
            return try DocumentDrafting(reading: rows.reading) { kinds, number in
                try kinds.compactMap { kind in try writer.reader.documentID(companyID: companyID, kind: kind, number: number).map { (kind, $0) } }
            }.draft(group)
        }
        if type!.shape == .budgets { return try BudgetDrafting(reading: rows.reading).draft(group) }
        return try ReferenceDrafting(reading: rows.reading).draft(group)
    }

    mutating func finish() throws -> PostReport {
        if let group = try rows.finish() { try process(group) }
        let rolledBack = try results.finish(allOrNothing: options.allOrNothing)
        return PostReport(fileName: source.fileName, sheet: source.sheet, recordType: type!.name, company: company.name,
                          counts: results.counts, problems: results.problems, warnings: rows.warnings, dryRun: options.dryRun,
                          rolledBack: rolledBack,
                          resultsFile: options.dryRun ? nil : (source.format == .csv ? ResultWriteBack.resultsPath(forCSV: source.path) : source.path),
                          results: results.results)
    }
}
