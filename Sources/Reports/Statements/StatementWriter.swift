import Foundation
import Ledger
import Spreadsheet

/// A row already sent to the sink whose money cells later rows can total: its body index and its values.
struct RowRef {
    let index: Int
    let values: [Int64]
}

/// Writes a statement's rows to a sink, numbering them so subtotals and totals can be live formulas over
/// the rows they add up, each with its computed value.
final class StatementWriter {
    private let sink: ReportSink
    private let columns: StatementColumns
    private(set) var rowCount = 0
    /// Which way a budget variance is favourable on the rows written next: a section of costs sets it while it writes,
    /// rows outside sections (gross profit, net income) are better above budget.
    var varianceSense = VarianceSense.aboveBudgetIsFavourable

    init(sink: ReportSink, columns: StatementColumns) {
        self.sink = sink
        self.columns = columns
    }

    func heading(_ label: String, depth: Int) throws {
        try emit(ReportRow(.heading, depth: depth, cells: [.text(label)]))
    }

    func blank() throws { try emit(.blank) }

    /// A line of plain amounts, one per money column.
    @discardableResult
    func detail(_ label: String, depth: Int, values: [Int64]) throws -> RowRef {
        try emit(label, kind: .detail, depth: depth, values: values) { column in (.money(values[column]), nil) }
    }

    /// The sum of `parts`, a live formula per column.
    @discardableResult
    func subtotal(_ label: String, depth: Int, of parts: [RowRef], kind: ReportRow.Kind = .subtotal) throws -> RowRef {
        try combination(label, depth: depth, adding: parts, subtracting: [], kind: kind)
    }

    /// The sum of `parts` in the money columns `kept` (from 0) alone, the others left blank: for a total that only
    /// some columns have a meaning for.
    @discardableResult
    func subtotal(_ label: String, depth: Int, of parts: [RowRef], inColumns kept: Set<Int>, kind: ReportRow.Kind) throws -> RowRef {
        let values = (0..<columns.valueCount).map { column in parts.reduce(Int64(0)) { $0 + $1.values[column] } }
        var cells: [CellValue] = [.text(label)]
        for column in values.indices {
            cells.append(kept.contains(column)
                ? .formula(Formula.total(ofRows: parts.map(\.index), column: columns.sheetColumn(ofValue: column)),
                           value: .money(values[column])) : .empty)
        }
        let row = rowCount
        try emit(ReportRow(kind, depth: depth, cells: cells))
        return RowRef(index: row, values: values)
    }

    /// `added` less `subtracted` (gross profit = income − cost of sales), a live formula per column.
    @discardableResult
    func combination(_ label: String, depth: Int, adding added: [RowRef], subtracting subtracted: [RowRef],
                     kind: ReportRow.Kind = .total) throws -> RowRef {
        let values = (0..<columns.valueCount).map { column in
            added.reduce(Int64(0)) { $0 + $1.values[column] } - subtracted.reduce(Int64(0)) { $0 + $1.values[column] }
        }
        return try emit(label, kind: kind, depth: depth, values: values) { column in
            let sheetColumn = columns.sheetColumn(ofValue: column)
            let plus = Formula.total(ofRows: added.map(\.index), column: sheetColumn)
            let formula = subtracted.isEmpty ? plus
                : .subtract(plus, Formula.total(ofRows: subtracted.map(\.index), column: sheetColumn))
            return (.money(values[column]), formula)
        }
    }

    func finish() throws { try sink.finish() }

    private func emit(_ label: String, kind: ReportRow.Kind, depth: Int, values: [Int64],
                      cell: (Int) -> (value: CellValue, formula: Formula?)) throws -> RowRef {
        let row = rowCount
        let valueCells: [CellValue] = values.indices.map { column in
            let (value, formula) = cell(column)
            return formula.map { .formula($0, value: value) } ?? value
        }
        try emit(ReportRow(kind, depth: depth, cells: [.text(label)]
            + columns.cells(row: row, values: values, valueCells: valueCells, sense: varianceSense)))
        return RowRef(index: row, values: values)
    }

    private func emit(_ row: ReportRow) throws {
        try sink.add(row)
        rowCount += 1
    }
}

extension Formula {
    /// The sum of one column over the given rows, as runs of adjacent rows: SUM(B5:B8)+B12.
    /// No rows gives a formula worth zero.
    static func total(ofRows rows: [Int], column: Int) -> Formula {
        var runs: [ClosedRange<Int>] = []
        for row in rows.sorted() {
            if let last = runs.last, last.upperBound + 1 == row {
                runs[runs.count - 1] = last.lowerBound...row
            } else {
                runs.append(row...row)
            }
        }
        let terms: [Formula] = runs.map { $0.count == 1 ? .cell(row: $0.lowerBound, column: column) : .sum(rows: $0, column: column) }
        return terms.count == 1 ? terms[0] : .add(terms)
    }
}
