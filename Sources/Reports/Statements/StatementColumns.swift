import Foundation
import Spreadsheet

/// The money columns of a statement after its label column, and what is derived from them:
/// nothing, a total across them (a group's consolidated column is one), the change and % change between a
/// current and a previous column, or a budget's comparison with the actuals.
struct StatementColumns {
    enum Derived {
        case none, total, consolidated, comparison
        /// Columns in pairs (a span, then the same span a year earlier): a total of the first of each pair, then of
        /// the second.
        case pairedTotals
        /// Each title is a span with two values, actual then budget; the sheet shows per span Actual, Budget,
        /// Variance and % of Budget, and for more than one span the same four for the total.
        case budgetComparison
        /// Three values, the annual budget, month to date and year to date; then the budget remaining and the % used.
        case budgetLedger
    }

    let titles: [String]
    let derived: Derived

    /// The amounts each row carries: one per title, or two (actual and budget) in a budget comparison.
    var valueCount: Int { derived == .budgetComparison ? titles.count * 2 : titles.count }

    /// The sheet column (the label is 0) showing value `index`: a budget comparison leaves two derived columns after
    /// each actual and budget.
    func sheetColumn(ofValue index: Int) -> Int {
        derived == .budgetComparison ? 1 + index / 2 * 4 + index % 2 : index + 1
    }

    var reportColumns: [ReportColumn] {
        if derived == .budgetComparison {
            let groups = titles.count == 1 ? [""] : titles.map { "\($0) " } + ["Total "]
            return groups.flatMap { prefix in
                [ReportColumn("\(prefix)Actual", .money), ReportColumn("\(prefix)Budget", .money),
                 ReportColumn("\(prefix)Variance", .money), ReportColumn("\(prefix)% of Budget", .percent)]
            }
        }
        var columns = titles.map { ReportColumn($0, .money) }
        switch derived {
        case .none, .budgetComparison: break
        case .total: columns.append(ReportColumn("Total", .money))
        case .consolidated: columns.append(ReportColumn("Consolidated", .money))
        case .comparison: columns += [ReportColumn("Change", .money), ReportColumn("% Change", .percent)]
        case .pairedTotals: columns += [ReportColumn("Total", .money), ReportColumn("Total, Year Earlier", .money)]
        case .budgetLedger: columns += [ReportColumn("Remaining Budget", .money), ReportColumn("% Used", .percent)]
        }
        return columns
    }

    /// The cells of body row `row` after its label: `valueCells` (showing `values`) in their columns, with the derived
    /// cells as live formulas beside them. `sense` says which way a budget variance is favourable on this row.
    func cells(row: Int, values: [Int64], valueCells: [CellValue], sense: VarianceSense) -> [CellValue] {
        func cell(_ value: Int) -> Formula { .cell(row: row, column: sheetColumn(ofValue: value)) }
        switch derived {
        case .none:
            return valueCells
        case .total, .consolidated:
            return valueCells + [.formula(.sumAcross(row: row, columns: 1...values.count), value: .money(values.reduce(0, +)))]
        case .comparison:
            let change = values[0] - values[1]
            let ratio: CellValue = values[1] == 0 ? .empty : .percent(Decimal(change) / Decimal(abs(values[1])))
            return valueCells + [.formula(.subtract(cell(0), cell(1)), value: .money(change)),
                                 .formula(.change(current: cell(0), previous: cell(1)), value: ratio)]
        case .pairedTotals:
            return valueCells + [0, 1].map { first in
                let columns = Array(stride(from: first, to: values.count, by: 2))
                return .formula(.add(columns.map(cell)), value: .money(columns.reduce(Int64(0)) { $0 + values[$1] }))
            }
        case .budgetLedger:
            let remaining = values[0] - values[2]
            return valueCells + [.formula(.subtract(cell(0), cell(2)), value: .money(remaining)),
                                 .formula(.ratio(cell(2), of: cell(0)), value: Self.ratio(values[2], of: values[0]))]
        case .budgetComparison:
            var cells: [CellValue] = []
            for span in titles.indices {
                cells += [valueCells[span * 2], valueCells[span * 2 + 1]]
                cells += varianceCells(actual: cell(span * 2), budget: cell(span * 2 + 1),
                                       values: (values[span * 2], values[span * 2 + 1]), sense: sense)
            }
            guard titles.count > 1 else { return cells }
            let spans = Array(titles.indices)
            let actual = spans.reduce(Int64(0)) { $0 + values[$1 * 2] }, budget = spans.reduce(Int64(0)) { $0 + values[$1 * 2 + 1] }
            let totalColumn = 1 + titles.count * 4
            cells += [.formula(.add(spans.map { cell($0 * 2) }), value: .money(actual)),
                      .formula(.add(spans.map { cell($0 * 2 + 1) }), value: .money(budget))]
            cells += varianceCells(actual: .cell(row: row, column: totalColumn), budget: .cell(row: row, column: totalColumn + 1),
                                   values: (actual, budget), sense: sense)
            return cells
        }
    }

    /// Variance (favourable positive) and actual as a share of budget, as live formulas over two cells.
    private func varianceCells(actual: Formula, budget: Formula, values: (actual: Int64, budget: Int64),
                               sense: VarianceSense) -> [CellValue] {
        let variance = sense == .aboveBudgetIsFavourable ? values.actual - values.budget : values.budget - values.actual
        let formula: Formula = sense == .aboveBudgetIsFavourable ? .subtract(actual, budget) : .subtract(budget, actual)
        return [.formula(formula, value: .money(variance)),
                .formula(.ratio(actual, of: budget), value: Self.ratio(values.actual, of: values.budget))]
    }

    /// `part` as a share of `whole`, blank when `whole` is zero.
    private static func ratio(_ part: Int64, of whole: Int64) -> CellValue {
        whole == 0 ? .empty : .percent(Decimal(part) / Decimal(whole))
    }
}

/// Which way a difference from budget is good news on a row: more income or profit than budgeted is favourable, more
/// cost or expense than budgeted is not.
enum VarianceSense {
    case aboveBudgetIsFavourable, belowBudgetIsFavourable
}
