import Ledger
import Spreadsheet

/// Renders a report as RFC 4180 CSV: one header line, then one line per row with plain numbers and ISO dates.
/// The title block is left out so the file loads as data; blank separator rows are left out too.
/// Text that a spreadsheet would take for a formula (starting with = + - @) gets a leading apostrophe.
public final class CSVReportRenderer: ReportSink {
    private let writer: CSVFileWriter
    private var layout: ReportLayout?

    public init(path: String) throws {
        writer = try CSVFileWriter(path: path)
    }

    public func begin(_ layout: ReportLayout) throws {
        self.layout = layout
        try writer.write(layout.columns.map(\.title))
    }

    public func add(_ row: ReportRow) throws {
        guard let layout, row.kind != .blank else { return }
        try writer.write(layout.columns.indices.map { column in
            guard column < row.cells.count else { return "" }
            let cell = row.cells[column]
            let text = CellText.plain(cell, currency: layout.currency)
            if case .text = cell.value, let first = text.first, "=+-@".contains(first) { return "'" + text }
            return text
        })
    }

    public func finish() throws { try writer.close() }
}
