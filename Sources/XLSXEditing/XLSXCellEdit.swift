import Foundation
import SpreadsheetBasics
import XLSXReading

/// A value to write into a cell by workbook surgery.
public enum XLSXCellEdit: Equatable, Sendable {
    /// Text, always stored as text: one starting with `=` stays text, never a formula.
    case text(String)
    case number(Decimal)
    /// No value: the cell keeps its style, or goes away when it has none.
    case blank
}

/// A new value for the cell in a 0-based column of some row.
struct XLSXColumnEdit: Sendable {
    let column: Int
    let value: XLSXCellEdit
    /// A number as the cell stores it, made once for all the rows the value is set on; nil for anything else.
    /// `Decimal`'s description is plain digits with a `.`, whatever the locale, never an exponent.
    let numberText: String?

    init(column: Int, value: XLSXCellEdit) {
        self.column = column
        self.value = value
        if case .number(let number) = value { numberText = number.description } else { numberText = nil }
    }
}

/// The new values for one row: its number as the spreadsheet shows it, and its cells left to right.
struct XLSXRowEdits {
    let number: Int
    let cells: [XLSXColumnEdit]
}

/// New cell values for one sheet: row number as the spreadsheet shows it (1-based) and 0-based column index.
///
/// Each `set` is kept once however many rows it covers, so the same results written on every row of a long record
/// cost about one row's memory; rows are put together only as the sheet is rewritten.
public struct XLSXSheetEdits: Sendable {
    /// One `set`: the same cells on each of a run of rows.
    struct Run: Sendable {
        let rows: ClosedRange<Int>
        /// Left to right.
        let cells: [XLSXColumnEdit]
        /// Where runs overlap, the later one's cells win.
        let order: Int
    }

    private var runs: [Run] = []

    public init() {}

    /// Sets the value for one cell; a later call for the same cell replaces an earlier one.
    public mutating func set(row: Int, column: Int, _ value: XLSXCellEdit) {
        set(rows: row...row, [column: value])
    }

    /// Sets the same cells, by 0-based column, on each of `rows`: as `set(row:column:_:)` for each row and cell.
    public mutating func set(rows: ClosedRange<Int>, _ cells: [Int: XLSXCellEdit]) {
        let sorted = Self.columnEdits(rows: rows, cells)
        guard !sorted.isEmpty else { return }
        runs.append(Run(rows: rows, cells: sorted, order: runs.count))
    }

    /// The cells of a `set`, left to right, after checking they lie inside the sheet.
    static func columnEdits(rows: ClosedRange<Int>, _ cells: [Int: XLSXCellEdit]) -> [XLSXColumnEdit] {
        precondition(rows.clamped(to: 1...XLSXSheetRows.maxRow) == rows,
                     "rows \(rows) are outside 1...\(XLSXSheetRows.maxRow)")
        for column in cells.keys {
            precondition((0..<XLSXSheetRows.maxColumns).contains(column), "column \(column) is outside the sheet")
        }
        return cells.sorted { $0.key < $1.key }.map { XLSXColumnEdit(column: $0.key, value: $0.value) }
    }

    public var isEmpty: Bool { runs.isEmpty }

    /// The range of the cells given a value (blanks left out), nil when there are none.
    var valueRange: CellRange? {
        var range: CellRange?
        for run in runs {
            let columns = run.cells.filter { $0.value != .blank }.map(\.column)
            guard let left = columns.first, let right = columns.last else { continue }
            var cells = CellRange(row: run.rows.lowerBound - 1, column: left)
            cells = cells.union(CellRange(row: run.rows.upperBound - 1, column: right))
            range = range?.union(cells) ?? cells
        }
        return range
    }

    /// The edited rows, top to bottom.
    var editedRows: XLSXEditedRows { XLSXEditedRows(runs) }
}

/// Where a sheet rewrite takes its edited rows from: top to bottom, each with its cells left to right.
protocol XLSXRowEditSource {
    /// The next edited row, nil after the last.
    mutating func next() throws(SpreadsheetError) -> XLSXRowEdits?
}

/// The rows a sheet's edits touch, top to bottom, each with its cells left to right: the runs covering a row merged,
/// the later set winning for a cell set twice.
struct XLSXEditedRows: XLSXRowEditSource {
    /// By first row, and in the order they were set among those starting on the same row.
    private let runs: [XLSXSheetEdits.Run]
    /// How many of `runs` have started.
    private var started = 0
    /// The runs covering `row`, in the order they were set.
    private var active: [XLSXSheetEdits.Run] = []
    private var row = 0

    init(_ runs: [XLSXSheetEdits.Run]) {
        self.runs = runs.sorted { ($0.rows.lowerBound, $0.order) < ($1.rows.lowerBound, $1.order) }
    }

    mutating func next() -> XLSXRowEdits? {
        row += 1
        active.removeAll { $0.rows.upperBound < row }
        if active.isEmpty {
            guard started < runs.count else { return nil }
            row = runs[started].rows.lowerBound
        }
        var joined = false
        while started < runs.count, runs[started].rows.lowerBound <= row {
            active.append(runs[started])
            started += 1
            joined = true
        }
        if joined { active.sort { $0.order < $1.order } }
        guard active.count > 1 else { return XLSXRowEdits(number: row, cells: active[0].cells) }
        var merged: [Int: XLSXCellEdit] = [:]
        for run in active {
            for cell in run.cells { merged[cell.column] = cell.value }
        }
        let cells = merged.sorted { $0.key < $1.key }.map { XLSXColumnEdit(column: $0.key, value: $0.value) }
        return XLSXRowEdits(number: row, cells: cells)
    }
}
