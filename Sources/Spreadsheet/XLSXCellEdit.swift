import Foundation

/// A value to write into a cell by workbook surgery.
public enum XLSXCellEdit: Equatable, Sendable {
    /// Text, always stored as text: one starting with `=` stays text, never a formula.
    case text(String)
    case number(Decimal)
    /// No value: the cell keeps its style, or goes away when it has none.
    case blank
}

/// New cell values for one sheet: row number as the spreadsheet shows it (1-based) and 0-based column index.
public struct XLSXSheetEdits: Sendable {
    /// The edits by row number, then by 0-based column.
    private(set) var rows: [Int: [Int: XLSXCellEdit]] = [:]

    public init() {}

    /// Sets the value for one cell; a later call for the same cell replaces an earlier one.
    public mutating func set(row: Int, column: Int, _ value: XLSXCellEdit) {
        precondition((1...XLSXSheetRows.maxRow).contains(row), "row \(row) is outside 1...\(XLSXSheetRows.maxRow)")
        precondition((0..<XLSXSheetRows.maxColumns).contains(column), "column \(column) is outside the sheet")
        rows[row, default: [:]][column] = value
    }

    public var isEmpty: Bool { rows.isEmpty }

    /// The range of the cells given a value (blanks left out), nil when there are none.
    var valueRange: CellRange? {
        var range: CellRange?
        for (row, cells) in rows {
            for (column, value) in cells where value != .blank {
                let cell = CellRange(row: row - 1, column: column)
                range = range?.union(cell) ?? cell
            }
        }
        return range
    }
}
