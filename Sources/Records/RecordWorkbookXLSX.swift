import Foundation
import Ledger
import Spreadsheet
import XLSXWriting

/// A records template or export as an XLSX workbook: Instructions; the entry sheet (named for the type, or as the
/// user renamed it when a refresh rebuilds it) with a bold frozen header ("Name *" for required columns), column
/// widths and number formats, and drop-downs on every row a sheet has; the hidden Lists sheet the drop-downs draw
/// names from; the hidden `SheetManifest` sheet, written at `close()` with the entry sheet's fingerprint.
final class RecordWorkbookXLSX: RecordWorkbookSink {
    /// Excel's last row, 0-based: drop-downs cover the header's column down to here.
    private static let lastRow = 1_048_575
    private let writer: XLSXWorkbookWriter
    private let sheet: XLSXWorksheet
    private let cells: XLSXTableWriter
    private let columns: [RecordColumn]
    private let styles: [XLSXStyle]
    /// On invoice and bill lines, where Amount is a live `ROUND(Quantity * Rate)` so an edited quantity or rate
    /// recalculates it (and a program that drops the value leaves it blank, to be computed on posting).
    private let amountFormula: (amount: Int, quantity: Int, rate: Int)?
    /// On budget lines, where Total is a live sum of the twelve month columns, so it follows an edited month.
    private let totalFormula: (total: Int, months: ClosedRange<Int>)?
    private var nextRow = 1
    /// The entry sheet's manifest row; its fingerprint is filled in at `close()`, when the rows are all written.
    private var entry: SheetManifest.Entry
    var manifestEntry: SheetManifest.Entry? { entry }

    init(path: String, type: RecordType, directory: CompanyDirectory, builtAt: Date, entrySheet: String,
         export: RecordExportFilter?) throws(XLSXWriteError) {
        writer = try XLSXWorkbookWriter(path: path)
        let company = directory.company
        try RecordWorkbookInstructions.write(type, company: company, into: writer)
        sheet = try writer.addWorksheet(name: entrySheet)
        try sheet.activate()
        columns = type.columns
        cells = XLSXTableWriter(sheet: sheet, firstBodyRow: 1, digits: company.baseCurrency.minorUnitDigits)
        let index = { (field: RecordField) in type.columns.firstIndex { $0.field == field } }
        if type.shape == .pricedDocuments, let amount = index(.amount), let quantity = index(.quantity), let rate = index(.rate) {
            amountFormula = (amount, quantity, rate)
        } else {
            amountFormula = nil
        }
        let months = RecordField.months.compactMap(index)
        if type.shape == .budgets, let total = index(.total), let first = months.first, months == Array(first..<first + 12) {
            totalFormula = (total, first...first + 11)
        } else {
            totalFormula = nil
        }
        entry = RecordWorkbookMetadata.entry(type, company: company.name, export: export, sheet: entrySheet, builtAt: builtAt)
        styles = type.columns.map { XLSXStyle(numberFormat: Self.numberFormat($0.format, digits: company.baseCurrency.minorUnitDigits)) }
        for (index, column) in columns.enumerated() {
            try sheet.setColumn(index, characters: column.width, style: styles[index])
            try sheet.write(column.header, row: 0, column: index, style: XLSXStyle(bold: true))
        }
        try sheet.freezePanes(row: 1, column: 0)
        try Self.setUpForPrintAndReview(sheet, columns: columns)
        let lists = try ListsSheet.write(for: type, directory: directory, into: writer)
        for (index, column) in columns.enumerated() {
            try addDropDown(column, index: index, lists: lists)
        }
    }

    /// The entry sheet prints landscape, one page wide, the header on every page; the header has a filter, and a
    /// row whose Status says Error is shaded (as `records post` writes it, or as a user types it).
    private static func setUpForPrintAndReview(_ sheet: XLSXWorksheet, columns: [RecordColumn]) throws(XLSXWriteError) {
        try sheet.setLandscape()
        try sheet.fitToOnePageWide()
        try sheet.repeatRows(0...0)
        let all = 0...(columns.count - 1)
        try sheet.autoFilter(headerRow: 0, lastRow: lastRow, columns: all)
        if let status = columns.firstIndex(where: { $0.field == .status }) {
            try sheet.highlightRows(1...lastRow, columns: all, where: status, is: RowStatus.error.rawValue,
                                    style: XLSXStyle(fillColor: 0xFFC7CE))
        }
    }

    func add(_ row: RecordRow) throws {
        guard nextRow <= Self.lastRow else {
            throw RecordError.tooManyRows(file: writer.fileName, limit: Self.lastRow)
        }
        for (index, column) in columns.enumerated() {
            guard var cell = row[column.field] else { continue }
            if let formula = amountFormula, formula.amount == index, row[.quantity] != nil, row[.rate] != nil {
                let bodyRow = nextRow - 1
                let product = Formula.multiply(.cell(row: bodyRow, column: formula.quantity), .cell(row: bodyRow, column: formula.rate))
                cell = .formula(.round(product, digits: cells.digits), value: cell)
            }
            if let formula = totalFormula, formula.total == index {
                cell = .formula(.sumAcross(row: nextRow - 1, columns: formula.months), value: cell)
            }
            try cells.write(cell, row: nextRow, column: index, style: styles[index])
        }
        nextRow += 1
    }

    func close() throws {
        entry.fingerprint = sheet.fingerprint
        try SheetManifest(entries: [entry]).write(into: writer)
        try writer.close()
    }

    /// Allowed values refuse anything else, except Post, whose help invites shorthands (y, x, true, 1) the importer
    /// reads; names from a ledger list only warn, since the ledger may have gained a name since the file was written.
    private func addDropDown(_ column: RecordColumn, index: Int, lists: [RecordList: String]) throws(XLSXWriteError) {
        let source: XLSXListSource
        let onInvalid: XLSXInvalidEntry
        if let allowed = column.allowed {
            source = .values(allowed)
            onInvalid = column.field == .post ? .warning : .stop
        } else if let list = column.list, let formula = lists[list] {
            source = .formula(formula)
            onInvalid = .warning
        } else {
            return
        }
        try sheet.addDropDown(rows: 1...Self.lastRow, column: index, source: source, onInvalid: onInvalid,
                              noteTitle: column.name, note: column.help)
    }

    /// Cell formats: ISO dates; money with the currency's decimals and thousands separators; quantities as typed;
    /// rates with 2 to 6 decimals; whole numbers; text as text (so "0042" keeps its zeros).
    static func numberFormat(_ format: ColumnFormat, digits: Int) -> String {
        switch format {
        case .text: "@"
        case .date: XLSXNumberFormat.date
        case .money: XLSXNumberFormat.money(decimals: digits)
        case .quantity: "General"
        case .rate: "#,##0.00####"
        case .integer: XLSXNumberFormat.integer
        }
    }
}
