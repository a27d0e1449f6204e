import Ledger

/// Renders a report as an aligned text table for the terminal: the title block, a header, and rows with
/// labels indented by depth and amounts right-aligned. It holds the rows until `finish` to size the columns.
public final class TextReportRenderer: ReportSink {
    private let output: (String) -> Void
    private var layout: ReportLayout?
    private var lines: [(kind: ReportRow.Kind, cells: [String])] = []

    /// `output` receives the whole text at `finish`.
    public init(output: @escaping (String) -> Void) {
        self.output = output
    }

    public func begin(_ layout: ReportLayout) throws { self.layout = layout }

    public func add(_ row: ReportRow) throws {
        guard let layout else { return }
        let cells = layout.columns.indices.map { column -> String in
            guard column < row.cells.count else { return "" }
            let text = row.cells[column].displayText(digits: layout.currency.minorUnitDigits)
            return column == 0 && layout.style == .statement ? String(repeating: "  ", count: row.depth) + text : text
        }
        lines.append((row.kind, cells))
    }

    public func finish() throws {
        guard let layout else { return }
        let headers = layout.columns.map(\.title)
        let widths = layout.columns.indices.map { column in
            ([headers] + lines.map(\.cells)).map { $0[column].count }.max() ?? 0
        }
        let rightAligned = layout.columns.map { [.money, .integer, .decimal, .percent].contains($0.kind) }
        func render(_ cells: [String]) -> String {
            var line = cells.enumerated().map { column, cell in
                let padding = String(repeating: " ", count: widths[column] - cell.count)
                return rightAligned[column] ? padding + cell : cell + padding
            }.joined(separator: "  ")
            while line.last == " " { line.removeLast() }
            return line
        }
        var text = [layout.entity, layout.title, layout.periodText] + layout.notes + ["", render(headers)]
        text.append(widths.map { String(repeating: "-", count: $0) }.joined(separator: "  "))
        for line in lines {
            if line.kind == .total { text.append("") }
            text.append(render(line.cells))
        }
        output(text.joined(separator: "\n") + "\n")
    }
}
