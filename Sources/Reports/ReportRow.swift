import Spreadsheet

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
    public var cells: [CellValue]

    public init(_ kind: Kind, depth: Int = 0, cells: [CellValue]) {
        self.kind = kind
        self.depth = depth
        self.cells = cells
    }

    public static let blank = ReportRow(.blank, cells: [])
}
