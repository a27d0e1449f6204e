import Ledger
import Spreadsheet
import SpreadsheetBasics
import XLSXWriting

/// Writes one report into one sheet of an XLSX workbook, as rows arrive: a title block, a bold header row,
/// then the body. Statements get indented labels and ruled subtotals and totals; data tables become an Excel
/// table. Formulas are live and carry their computed values. Get one from `ReportWorkbook.sheet(named:request:)`.
public final class XLSXReportRenderer: ReportSink {
    private let sheet: XLSXWorksheet
    /// Set by `begin(_:)`, which comes first.
    private var layout: ReportLayout!
    /// The body's cells, set by `begin(_:)` once the header row is known.
    private var cells: XLSXTableWriter!
    private var headerRow = 0
    private var rowCount = 0
    private var columnNames: [String] = []

    init(sheet: XLSXWorksheet) {
        self.sheet = sheet
    }

    public func begin(_ layout: ReportLayout) throws(XLSXWriteError) {
        self.layout = layout
        var titleLines: [(String, XLSXStyle)] = [
            (layout.entity, XLSXStyle(bold: true, fontSize: 14)),
            (layout.title, XLSXStyle(bold: true, fontSize: 12)),
            (layout.periodText, .plain),
        ]
        titleLines += layout.notes.map { ($0, XLSXStyle(italic: true, grey: true)) }
        for (row, (text, style)) in titleLines.enumerated() {
            try sheet.write(text, row: row, column: 0, style: style)
        }
        headerRow = titleLines.count + 1
        cells = XLSXTableWriter(sheet: sheet, firstBodyRow: headerRow + 1, digits: layout.currency.minorUnitDigits)
        let titles = layout.columns.map(\.title)
        // Table column names must be unique and equal to the header cells.
        columnNames = layout.style == .dataTable ? Self.uniqueNames(titles) : titles
        for (index, column) in layout.columns.enumerated() {
            try sheet.setColumnWidth(index, characters: column.width)
            try sheet.write(columnNames[index], row: headerRow, column: index,
                            style: XLSXStyle(bold: true, alignRight: column.kind.isNumeric, bottomBorder: .thin))
        }
        try sheet.freezePanes(row: headerRow + 1, column: layout.style == .statement ? 1 : 0)
        try sheet.repeatRows(headerRow...headerRow)
        try sheet.fitToOnePageWide()
        if layout.isWide { try sheet.setLandscape() }
        try sheet.setPrintTitle("\(layout.entity) — \(layout.title)")
    }

    public func add(_ row: ReportRow) throws(XLSXWriteError) {
        let sheetRow = headerRow + 1 + rowCount
        rowCount += 1
        guard row.kind != .blank else { return }
        guard row.cells.count <= layout.columns.count else {
            throw XLSXWriteError(file: sheet.fileName, sheet: sheet.name,
                                 message: "row \(sheetRow + 1) has \(row.cells.count) cells but the report has \(layout.columns.count) columns")
        }
        for (index, column) in layout.columns.enumerated() {
            let cell = index < row.cells.count ? row.cells[index] : .empty
            try cells.write(cell, row: sheetRow, column: index, style: style(cell, column, row))
        }
    }

    /// Data tables become an Excel table now that the row count is known (header plus at least one row).
    public func finish() throws(XLSXWriteError) {
        guard layout.style == .dataTable, !layout.columns.isEmpty else { return }
        try sheet.addTable(firstRow: headerRow, lastRow: headerRow + max(rowCount, 1), columnNames: columnNames)
    }

    /// Bold for headings, subtotals and totals; label indent by depth in statements; rules above subtotals and
    /// totals and a double rule below totals on numeric columns; the number format of the value (or column).
    private func style(_ cell: CellValue, _ column: ReportColumn, _ row: ReportRow) -> XLSXStyle {
        var style = XLSXStyle(bold: row.kind != .detail)
        if column.kind == .label, layout.style == .statement { style.indent = row.depth }
        if column.kind.isNumeric, row.kind == .subtotal || row.kind == .total {
            style.topBorder = .thin
            if row.kind == .total { style.bottomBorder = .double }
        }
        style.numberFormat = cells.numberFormat(cell) ?? numberFormat(column.kind)
        return style
    }

    private func numberFormat(_ kind: ReportColumn.Kind) -> String? {
        switch kind {
        case .money: cells.moneyFormat
        case .integer: XLSXNumberFormat.integer
        case .decimal: XLSXNumberFormat.decimal
        case .date: XLSXNumberFormat.date
        case .percent: XLSXNumberFormat.percent
        case .label, .text: nil
        }
    }

    /// Blank titles become "Column n"; repeats (ignoring case, as Excel does) get " 2", " 3".
    static func uniqueNames(_ titles: [String]) -> [String] {
        var names = UniqueNames()
        return titles.enumerated().map { index, title in names.claim(title.isEmpty ? "Column \(index + 1)" : title) }
    }
}

extension ReportColumn.Kind {
    /// Columns of numbers and dates: right-aligned headings, rules on subtotals.
    var isNumeric: Bool {
        switch self {
        case .money, .integer, .decimal, .date, .percent: true
        case .label, .text: false
        }
    }
}
