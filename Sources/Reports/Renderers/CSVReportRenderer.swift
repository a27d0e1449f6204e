import CSVFiles
import Ledger
import Spreadsheet

/// Renders a report as RFC 4180 CSV: one header line, then one line per row with plain numbers and ISO dates.
/// The title block is left out so the file loads as data; blank separator rows are left out too.
public final class CSVReportRenderer: ReportSink {
    private let writer: CSVFileWriter
    private var layout: ReportLayout?

    public init(path: String) throws {
        writer = try CSVFileWriter(path: path)
    }

    public func begin(_ layout: ReportLayout) throws {
        self.layout = layout
        try writer.write(layout.columns.map { .text($0.title) })
    }

    public func add(_ row: ReportRow) throws {
        guard let layout, row.kind != .blank else { return }
        try writer.write(layout.columns.indices.map { $0 < row.cells.count ? row.cells[$0] : .empty },
                         digits: layout.currency.minorUnitDigits)
    }

    public func finish() throws { try writer.close() }
}
