import Foundation
import Ledger

/// What a cell of a read XLSX sheet holds, typed as the file stores it.
public enum XLSXValue: Equatable, Sendable {
    case text(String)
    /// The number exactly as written in the file, parsed as `Decimal` (never through `Double`).
    case number(Decimal)
    /// A number cell with a date format, or a `t="d"` cell; any time of day is dropped.
    case date(LocalDate)
    case bool(Bool)
    /// An error value such as `#DIV/0!` or `#N/A`.
    case error(String)
}

/// One cell: its value and, for a formula cell, the formula (without `=`) whose cached result `value` is.
/// A formula with no cached result has the value `.text("")`.
public struct XLSXCell: Equatable, Sendable {
    public var value: XLSXValue
    /// The formula without `=`; nil for a cell without one. It is "" for the later cells of a shared formula, which
    /// carry only a reference to the formula the first cell wrote (Excel and LibreOffice write these).
    public var formula: String?

    public init(value: XLSXValue, formula: String? = nil) {
        self.value = value
        self.formula = formula
    }
}

/// One row of a sheet that has at least one cell with a value.
public struct XLSXRow: Equatable, Sendable {
    /// The row number as the spreadsheet shows it (1-based).
    public var number: Int
    /// Cells by 0-based column index (`A` is 0); nil where the row has no value.
    public var cells: [XLSXCell?]

    public init(number: Int, cells: [XLSXCell?]) {
        self.number = number
        self.cells = cells
    }

    /// The cell at a 0-based column index, nil when absent or beyond the last cell.
    public subscript(column: Int) -> XLSXCell? {
        cells.indices.contains(column) ? cells[column] : nil
    }
}
