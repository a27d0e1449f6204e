import XLSXReading
import XLSXWriting

/// Writes the typed cells of a table into one sheet of an XLSX workbook: numbers and dates as numbers, text as text,
/// formulas live with their computed values, resolved against the sheet row where the table's body starts. The one
/// place where a `CellValue` becomes an XLSX cell; reports and records sheets both write through it.
public struct XLSXTableWriter {
    private let sheet: XLSXWorksheet
    /// The zero-based sheet row of the table's body row 0, which `Formula`s count from.
    public let firstBodyRow: Int
    /// The decimals of the table's currency.
    public let digits: Int
    /// The accounting format for the table's currency, made once.
    public let moneyFormat: String

    public init(sheet: XLSXWorksheet, firstBodyRow: Int, digits: Int) {
        self.sheet = sheet
        self.firstBodyRow = firstBodyRow
        self.digits = digits
        moneyFormat = XLSXNumberFormat.money(decimals: digits)
    }

    /// Writes `cell` at a zero-based sheet row and column. An empty cell is written (blank, styled) only when its style
    /// draws a rule, so a total's rules run unbroken.
    public func write(_ cell: CellValue, row: Int, column: Int, style: XLSXStyle) throws(XLSXWriteError) {
        switch cell {
        case .empty:
            if style.topBorder != .none || style.bottomBorder != .none {
                try sheet.writeBlank(row: row, column: column, style: style)
            }
        case .text(let text):
            try sheet.write(text, row: row, column: column, style: style)
        case .formula(let formula, let value):
            let text = formula.excelText(firstBodyRow: firstBodyRow)
            if let number = number(value) {
                try sheet.writeFormula(text, cached: number, row: row, column: column, style: style)
            } else if case .text(let cached) = value {
                try sheet.writeFormula(text, cachedText: cached, row: row, column: column, style: style)
            } else {
                try sheet.writeFormula(text, cachedText: "", row: row, column: column, style: style)
            }
        case .money, .integer, .decimal, .date, .percent:
            if let number = number(cell) {
                try sheet.write(number, row: row, column: column, style: style)
            }
        }
    }

    /// The number a cell holds, nil for text, empty cells and formulas.
    private func number(_ cell: CellValue) -> XLSXNumber? {
        switch cell {
        case .money(let units): .minorUnits(units, digits: digits)
        case .integer(let value): .integer(value)
        case .decimal(let value), .percent(let value): .decimal(value)
        case .date(let date): .date(date)
        case .empty, .text, .formula: nil
        }
    }

    /// The number format that shows the kind of value a cell holds (a formula's computed value); nil for text and
    /// empty cells, which take their column's.
    public func numberFormat(_ cell: CellValue) -> String? {
        switch cell.value {
        case .money: moneyFormat
        case .integer: XLSXNumberFormat.integer
        case .decimal: XLSXNumberFormat.decimal
        case .date: XLSXNumberFormat.date
        case .percent: XLSXNumberFormat.percent
        case .empty, .text, .formula: nil
        }
    }
}
