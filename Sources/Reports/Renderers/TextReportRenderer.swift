import Ledger
import Spreadsheet

/// Renders a report as an aligned text table for the terminal: the title block, a header, and rows with
/// labels indented by depth and amounts right-aligned. It holds the rows until `finish` to size the columns.
public final class TextReportRenderer: ReportSink {
    private let output: (String) -> Void
    private var layout: ReportLayout?
    private var table = TextTable([])

    /// `output` receives the whole text at `finish`.
    public init(output: @escaping (String) -> Void) {
        self.output = output
    }

    public func begin(_ layout: ReportLayout) throws {
        self.layout = layout
        let numeric: Set<ReportColumn.Kind> = [.money, .integer, .decimal, .percent]
        table = TextTable(layout.columns.map(\.title),
                          rightAligned: Set(layout.columns.indices.filter { numeric.contains(layout.columns[$0].kind) }))
    }

    public func add(_ row: ReportRow) throws {
        guard let layout else { return }
        let cells = layout.columns.indices.map { column -> String in
            guard column < row.cells.count else { return "" }
            let text = row.cells[column].displayText(digits: layout.currency.minorUnitDigits)
            return column == layout.indentedColumn ? String(repeating: "  ", count: row.depth) + text : text
        }
        if row.kind == .total { table.addBlankLine() }
        table.add(cells)
    }

    public func finish() throws {
        guard let layout else { return }
        let title = [layout.entity, layout.title, layout.periodText] + layout.notes + [""]
        output((title + [table.rendered]).joined(separator: "\n") + "\n")
    }
}
