import Foundation
import Spreadsheet

/// An XLSX workbook of report sheets. It records what built each sheet in a hidden sheet, `_ledgersync`
/// (Sheet | Request | Built: the sheet name, the request as JSON, the build time in ISO 8601), so `refresh`
/// can rebuild it. Nothing is written to `path` until `close()` succeeds.
public final class ReportWorkbook {
    public static let metadataSheetName = "_ledgersync"
    private let writer: XLSXWorkbookWriter
    private var reports: [(sheet: String, request: ReportRequest, builtAt: Date)] = []

    public init(path: String) throws(XLSXWriteError) {
        writer = try XLSXWorkbookWriter(path: path)
    }

    /// A new sheet for the report `request` asks for, built at `builtAt`; feed the report into the returned sink.
    public func sheet(named name: String, request: ReportRequest, builtAt: Date) throws(XLSXWriteError) -> XLSXReportRenderer {
        guard name.lowercased() != Self.metadataSheetName else {
            throw XLSXWriteError(file: writer.fileName, sheet: name, message: "this sheet name is reserved for LedgerSync's records")
        }
        let renderer = XLSXReportRenderer(sheet: try writer.addWorksheet(name: name))
        reports.append((name, request, builtAt))
        return renderer
    }

    /// Adds the hidden `_ledgersync` sheet and writes the file.
    public func close() throws(XLSXWriteError) {
        let sheet = try writer.addWorksheet(name: Self.metadataSheetName)
        try sheet.hide()
        for (column, (title, width)) in [("Sheet", 31), ("Request", 80), ("Built", 22)].enumerated() {
            try sheet.setColumnWidth(column, characters: width)
            try sheet.write(title, row: 0, column: column, style: XLSXStyle(bold: true))
        }
        let timestamp = ISO8601DateFormatter()
        for (index, report) in reports.enumerated() {
            try sheet.write(report.sheet, row: index + 1, column: 0)
            try sheet.write(report.request.json, row: index + 1, column: 1)
            try sheet.write(timestamp.string(from: report.builtAt), row: index + 1, column: 2)
        }
        try writer.close()
    }
}
