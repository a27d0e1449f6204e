import Foundation
import Spreadsheet
import XLSXWriting

/// An XLSX workbook of report sheets. It records what built each sheet in the hidden `SheetManifest` sheet
/// (the request as JSON, the build time, the sheet's fingerprint and an anchor that follows renames), so `refresh`
/// can rebuild it. Nothing is written to `path` until `close()` succeeds.
public final class ReportWorkbook {
    public static let metadataSheetName = SheetManifest.sheetName
    private let writer: XLSXWorkbookWriter
    /// The manifest's rows, in order: sheets built here, whose fingerprints are known once they are written, and
    /// rows kept from an earlier manifest.
    private var rows: [ManifestRow] = []

    private enum ManifestRow {
        case built(XLSXWorksheet, ReportRequest, builtAt: Date)
        case kept(SheetManifest.Entry)
    }

    public init(path: String) throws(XLSXWriteError) {
        writer = try XLSXWorkbookWriter(path: path)
    }

    /// A new sheet for the report `request` asks for, built at `builtAt`; feed the report into the returned sink.
    public func sheet(named name: String, request: ReportRequest, builtAt: Date) throws(XLSXWriteError) -> XLSXReportRenderer {
        guard name.lowercased() != Self.metadataSheetName else {
            throw XLSXWriteError(file: writer.fileName, sheet: name, message: "this sheet name is reserved for LedgerSync's records")
        }
        let sheet = try writer.addWorksheet(name: name)
        rows.append(.built(sheet, request, builtAt: builtAt))
        return XLSXReportRenderer(sheet: sheet)
    }

    /// Lists a sheet this workbook does not build, as an earlier manifest described it: a refresh that rebuilds
    /// some sheets keeps the others' rows.
    public func keep(_ entry: SheetManifest.Entry) {
        rows.append(.kept(entry))
    }

    /// Adds the hidden manifest sheet and writes the file.
    public func close() throws(XLSXWriteError) {
        let timestamp = ISO8601DateFormatter()
        let entries = rows.map { row in
            switch row {
            case .built(let sheet, let request, let builtAt):
                SheetManifest.Entry(sheet: sheet.name, request: request.json, built: timestamp.string(from: builtAt),
                                    fingerprint: sheet.fingerprint)
            case .kept(let entry):
                entry
            }
        }
        try SheetManifest(entries: entries).write(into: writer)
        try writer.close()
    }
}
