import Foundation
import LedgerStore

/// Writes a company's existing records of one type into a records sheet, laid out as the template is, so they can
/// be edited and posted back: Record ID and Version filled, Post, Status and Message blank. Documents are posted ones
/// only (void ones cannot be edited), one row per line or per settlement, streamed from the ledger into the file.
public enum RecordExport {
    /// Writes the records `filter` picks to `path` and returns how many rows it wrote.
    @discardableResult
    public static func write(_ type: RecordType, company name: String, filter: RecordExportFilter, store: LedgerStore,
                             to path: String, builtAt: Date) throws -> Int {
        try write(type, company: name, filter: filter, store: store, to: path, entrySheet: nil, builtAt: builtAt).rowCount
    }

    /// Writes the records `filter` picks to `path`, the entry sheet called `entrySheet` (the type's title when nil),
    /// and returns the closed workbook.
    static func write(_ type: RecordType, company name: String, filter: RecordExportFilter, store: LedgerStore,
                      to path: String, entrySheet: String?, builtAt: Date) throws -> RecordWorkbook {
        let dates = try filter.check(for: type)
        return try store.read { reader in
            let company = try reader.company(named: name)
            let directory = try CompanyDirectory(company: company, reader: reader)
            let selection = try filter.selection(for: type, dates: dates, directory: directory)
            let rows = RecordExportRows(type: type, directory: directory)
            let workbook = try RecordWorkbook(path: path, type: type, directory: directory, builtAt: builtAt,
                                              entrySheet: entrySheet, export: filter)
            switch type.shape {
            case .pricedDocuments, .journalEntries:
                try reader.forEachExportedLine(companyID: company.id, selection: selection) { try workbook.add(rows.row($0)) }
            case .payments:
                try reader.forEachExportedApplication(companyID: company.id, selection: selection) { try workbook.add(rows.row($0)) }
            case .deposits:
                try reader.forEachExportedMoneyMovement(companyID: company.id, selection: selection) { try workbook.add(rows.row($0)) }
            case .customers:
                for party in directory.customers { try workbook.add(rows.row(party)) }
            case .vendors:
                for party in directory.vendors { try workbook.add(rows.row(party)) }
            case .items:
                for item in directory.items { try workbook.add(rows.row(item)) }
            case .accounts:
                for account in directory.accounts { try workbook.add(rows.row(account)) }
            case .taxCodes:
                // Components before the combined codes made of them, so the sheet posts back top to bottom.
                for code in directory.taxCodes.filter({ !$0.isCombined }) + directory.taxCodes.filter(\.isCombined) {
                    try workbook.add(rows.row(code))
                }
            case .classes:
                for dimension in RecordExportRows.parentsFirst(directory.classes) { try workbook.add(rows.row(dimension)) }
            case .locations:
                for dimension in RecordExportRows.parentsFirst(directory.locations) { try workbook.add(rows.row(dimension)) }
            case .terms:
                for terms in directory.terms { try workbook.add(rows.row(terms)) }
            case .budgets:
                // Oldest year first, so the sheet reads as the budgets were made; a budget without lines has no row.
                for budget in try reader.budgets(companyID: company.id).reversed() {
                    for line in try reader.budgetLines(budgetID: budget.id) { try workbook.add(rows.row(line, of: budget)) }
                }
            }
            if let number = filter.number, workbook.rowCount == 0 {
                throw RecordError.noSuchDocument(company: company.name, type: type.title.lowercased(), number: number, dated: dates)
            }
            try workbook.close()
            return workbook
        }
    }
}
