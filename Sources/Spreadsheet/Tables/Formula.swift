import SpreadsheetBasics

/// A formula over other cells of the same table, by body row index (0 = first row after the header) and column index.
public indirect enum Formula: Sendable, Equatable {
    /// One cell.
    case cell(row: Int, column: Int)
    /// The sum of a column over a run of rows.
    case sum(rows: ClosedRange<Int>, column: Int)
    /// The sum of a row over a run of columns.
    case sumAcross(row: Int, columns: ClosedRange<Int>)
    /// A group total that a wider `.groupTotal` over it skips (Excel's SUBTOTAL(9, …)), so a grand total can span
    /// every group in one short formula however many groups there are.
    case groupTotal(rows: ClosedRange<Int>, column: Int)
    case add([Formula])
    case subtract(Formula, Formula)
    case multiply(Formula, Formula)
    /// Rounded half away from zero to `digits` decimals (Excel's ROUND).
    case round(Formula, digits: Int)
    /// (current − previous) / |previous|, blank when previous is zero.
    case change(current: Formula, previous: Formula)
    /// part / whole, blank when whole is zero: actual as a share of budget.
    case ratio(Formula, of: Formula)
}

extension Formula {
    /// The formula in Excel A1 syntax, without the leading `=`, for a sheet whose body row 0 is the zero-based
    /// sheet row `firstBodyRow`: `.sum(rows: 0...4, column: 1)` with `firstBodyRow: 4` is `SUM(B5:B9)`.
    public func excelText(firstBodyRow: Int) -> String {
        func cell(_ row: Int, _ column: Int) -> String {
            CellReference.cell(row: firstBodyRow + row, column: column)
        }
        /// The formula as an operand that a leading `-`, `*` or `/` applies to whole.
        func operand(_ formula: Formula) -> String {
            let text = formula.excelText(firstBodyRow: firstBodyRow)
            switch formula {
            case .subtract: return "(\(text))"
            case .add(let terms) where terms.count > 1: return "(\(text))"
            default: return text
            }
        }
        switch self {
        case .cell(let row, let column):
            return cell(row, column)
        case .sum(let rows, let column):
            return "SUM(\(cell(rows.lowerBound, column)):\(cell(rows.upperBound, column)))"
        case .groupTotal(let rows, let column):
            return "SUBTOTAL(9,\(cell(rows.lowerBound, column)):\(cell(rows.upperBound, column)))"
        case .sumAcross(let row, let columns):
            return "SUM(\(cell(row, columns.lowerBound)):\(cell(row, columns.upperBound)))"
        case .add(let terms):
            // + and - associate left at the same precedence, so terms need no parentheses.
            return terms.isEmpty ? "0" : terms.map { $0.excelText(firstBodyRow: firstBodyRow) }.joined(separator: "+")
        case .subtract(let minuend, let subtrahend):
            return "\(minuend.excelText(firstBodyRow: firstBodyRow))-\(operand(subtrahend))"
        case .multiply(let left, let right):
            return "\(operand(left))*\(operand(right))"
        case .round(let formula, let digits):
            return "ROUND(\(formula.excelText(firstBodyRow: firstBodyRow)),\(digits))"
        case .change(let current, let previous):
            let previousText = previous.excelText(firstBodyRow: firstBodyRow)
            let currentText = current.excelText(firstBodyRow: firstBodyRow)
            // `=` binds looser than arithmetic, so `B5-B6=0` compares the difference.
            return "IF(\(previousText)=0,\"\",(\(currentText)-\(operand(previous)))/ABS(\(previousText)))"
        case .ratio(let part, let whole):
            let wholeText = whole.excelText(firstBodyRow: firstBodyRow)
            // A divisor other than one cell is bracketed whole: a/(b*c), not a/b*c.
            let divisor: String = if case .cell = whole { wholeText } else { "(\(wholeText))" }
            return "IF(\(wholeText)=0,\"\",\(operand(part))/\(divisor))"
        }
    }
}
