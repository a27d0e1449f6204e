import Foundation
import Spreadsheet

/// The hidden `_ledgersync` sheet of a records workbook, laid out as report workbooks lay it out (Sheet | Request |
/// Built): the entry sheet's name (the type's title), `{"company":…,"records":…}`, and when it was written.
/// `records post` reads it to know the record type and company of the entry sheet.
enum RecordWorkbookMetadata {
    static let name = "_ledgersync"

    private struct Request: Encodable {
        var records: String
        var company: String
    }

    static func write(_ type: RecordType, company: String, builtAt: Date, into writer: XLSXWorkbookWriter) throws(XLSXWriteError) {
        let sheet = try writer.addWorksheet(name: name)
        try sheet.hide()
        for (column, (title, width)) in [("Sheet", 31), ("Request", 80), ("Built", 22)].enumerated() {
            try sheet.setColumnWidth(column, characters: width)
            try sheet.write(title, row: 0, column: column, style: XLSXStyle(bold: true))
        }
        try sheet.write(type.title, row: 1, column: 0)
        try sheet.write(json(Request(records: type.name, company: company)), row: 1, column: 1)
        try sheet.write(ISO8601DateFormatter().string(from: builtAt), row: 1, column: 2)
    }

    /// Compact JSON with sorted keys, as report requests are stored.
    private static func json(_ request: Request) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Two strings always encode.
        return String(decoding: (try? encoder.encode(request)) ?? Data(), as: UTF8.self)
    }
}
