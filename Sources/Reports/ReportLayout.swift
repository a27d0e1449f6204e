import Ledger

/// What a report looks like before any rows arrive: its title block and columns.
public struct ReportLayout: Sendable {
    /// Statements have indented labels and live subtotals; data tables are flat typed rows (Excel tables).
    public enum Style: Sendable { case statement, dataTable }

    public var style: Style
    /// "Profit and Loss"
    public var title: String
    /// The company (or group) the report is about.
    public var entity: String
    /// "January 1, 2026 to October 31, 2026", or "As of October 31, 2026".
    public var periodText: String
    /// Further title lines: basis, filters, when it was built.
    public var notes: [String]
    public var columns: [ReportColumn]
    /// The currency the money columns are in, which fixes their decimals.
    public var currency: Currency
    /// The column whose text the terminal indents by each row's depth: a statement's labels, the chart's account names.
    public var indentedColumn: Int?

    public init(style: Style, title: String, entity: String, periodText: String, notes: [String],
                columns: [ReportColumn], currency: Currency) {
        self.style = style
        self.title = title
        self.entity = entity
        self.periodText = periodText
        self.notes = notes
        self.columns = columns
        self.currency = currency
        indentedColumn = style == .statement ? 0 : nil
    }

    /// Wide reports print landscape.
    public var isWide: Bool { columns.count > 5 }
}

/// One column: its heading, what its cells hold, and a width hint in characters.
public struct ReportColumn: Sendable {
    public enum Kind: Sendable { case label, text, money, integer, decimal, date, percent }

    public var title: String
    public var kind: Kind
    public var width: Int

    public init(_ title: String, _ kind: Kind, width: Int? = nil) {
        self.title = title
        self.kind = kind
        self.width = width ?? Self.defaultWidth(kind, title: title)
    }

    private static func defaultWidth(_ kind: Kind, title: String) -> Int {
        let base = switch kind {
        case .label: 40
        case .text: 20
        case .money: 15
        case .integer, .percent: 10
        case .decimal: 12
        case .date: 11
        }
        return max(base, title.count + 2)
    }
}
