import Foundation
import Ledger

/// One row of a report: what kind of line it is, how deep it is indented, and its cells (one per column).
public struct ReportRow: Sendable {
    public enum Kind: Sendable {
        /// A heading that opens a section ("Income", "6100 Payroll Expenses").
        case heading
        /// An ordinary line: an account, a posting, a record.
        case detail
        /// The total of a section, bold with a rule above.
        case subtotal
        /// A report total (net income, total assets), bold with a rule above and a double rule below.
        case total
        /// An empty separator line.
        case blank
    }

    public var kind: Kind
    public var depth: Int
    public var cells: [ReportCell]

    public init(_ kind: Kind, depth: Int = 0, cells: [ReportCell]) {
        self.kind = kind
        self.depth = depth
        self.cells = cells
    }

    public static let blank = ReportRow(.blank, cells: [])
}

/// A typed cell value; formulas carry the value they compute so every output shows it without recalculating.
public enum ReportCell: Sendable, Equatable {
    case empty
    case text(String)
    /// Minor units of the report's currency.
    case money(Int64)
    case integer(Int64)
    case decimal(Decimal)
    case date(LocalDate)
    /// A ratio: 0.125 is 12.5 %.
    case percent(Decimal)
    /// A live formula with its computed value (`.money`, `.percent`, or `.empty` when undefined).
    indirect case formula(Formula, value: ReportCell)

    /// The value shown: a formula's computed value, otherwise the cell itself.
    public var value: ReportCell {
        if case .formula(_, let value) = self { return value }
        return self
    }
}

/// A formula over other cells of the same report, by body row index (0 = first row after the header) and column index.
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
    /// (current − previous) / |previous|, blank when previous is zero.
    case change(current: Formula, previous: Formula)
}
