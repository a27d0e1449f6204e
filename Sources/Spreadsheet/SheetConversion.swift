import CSVFiles
import Foundation
import Ledger
import SpreadsheetBasics
import XLSXReading
import XLSXWriting

/// Converts one sheet of an XLSX workbook to CSV and a CSV file to a one-sheet workbook, with the same reader
/// that posting sheets uses, so users (and tests) can see exactly what it reads.
public enum SheetConversion {
    /// Writes the sheet named `sheet` (or numbered, from 1; the first when nil) as RFC 4180 CSV: numbers as
    /// written in the file, dates ISO, booleans TRUE/FALSE, errors as their text. Empty rows stay empty lines.
    /// Text a spreadsheet would take for a formula (starting with = + - @, a tab or a carriage return) gets a leading
    /// apostrophe, as every CSV the tool writes, unless `raw` asks for a faithful copy. Returns the sheet's name and
    /// the number of lines written.
    public static func xlsxToCSV(_ input: String, sheet: String?, output: String, raw: Bool = false) throws -> (sheet: String, lines: Int) {
        let reader = try XLSXReader(path: input)
        let name = try sheetName(sheet, in: reader.sheetNames, file: URL(fileURLWithPath: input).lastPathComponent)
        let sink = CSVSheetSink(writer: try CSVFileWriter(path: output), raw: raw)
        // The sheet is parsed on this thread and its CSV made and written on another (and, with reading ahead, the
        // part inflated on a third).
        let handOff = BatchHandOff<XLSXRow> { rows in try sink.write(rows) }
        do {
            try reader.forEachRow(inSheet: name, readingAhead: true) { row in try handOff.put(row) }
            try handOff.finish()
        } catch {
            handOff.cancel()
            throw error
        }
        try sink.writer.close()
        return (name, sink.lines)
    }

    /// The CSV side of `xlsxToCSV`: rows written as lines, with an empty line for each row the sheet skips.
    private final class CSVSheetSink {
        let writer: CSVFileWriter
        let raw: Bool
        private(set) var lines = 0

        init(writer: CSVFileWriter, raw: Bool) {
            self.writer = writer
            self.raw = raw
        }

        func write(_ rows: [XLSXRow]) throws {
            for row in rows {
                while lines < row.number - 1 {
                    try writer.write([CSVField]())
                    lines += 1
                }
                try writer.write(row.cells.map { cell in
                    guard let value = cell?.value else { return .plain("") }
                    if case .text(let text) = value, !raw { return .text(text) }
                    return .plain(value.plainText)
                })
                lines += 1
            }
        }
    }

    /// Writes a CSV file (UTF-8 with or without BOM; comma, semicolon or tab, found from the first line) as the
    /// single sheet `sheetName`. Plain numbers become numbers (not those with leading zeros, which are codes),
    /// ISO dates become dates, everything else text. Returns the number of rows written.
    public static func csvToXLSX(_ input: String, output: String, sheetName: String) throws -> Int {
        let workbook = try XLSXWorkbookWriter(path: output)
        let sheet = try workbook.addWorksheet(name: sheetName)
        var rows = 0
        try CSVRows.forEach(inFile: input) { number, fields in
            for (column, field) in fields.enumerated() where !field.isEmpty {
                if let date = LocalDate(iso: field) {
                    try sheet.write(.date(date), row: number - 1, column: column, style: XLSXStyle(numberFormat: XLSXNumberFormat.date))
                } else if let value = plainNumber(field) {
                    try sheet.write(value, row: number - 1, column: column)
                } else {
                    try sheet.write(field, row: number - 1, column: column)
                }
            }
            rows = number
        }
        try workbook.close()
        return rows
    }

    /// `selector` as a sheet name (any case) or a 1-based number; the first sheet when nil.
    public static func sheetName(_ selector: String?, in names: [String], file: String) throws(SpreadsheetError) -> String {
        guard let selector else {
            guard let first = names.first else { throw SpreadsheetError(file: file, message: "has no worksheets") }
            return first
        }
        if let match = names.first(where: { $0.caseInsensitiveCompare(selector) == .orderedSame }) { return match }
        if let number = Int(selector), names.indices.contains(number - 1) { return names[number - 1] }
        let choices = names.map { "\"\($0)\"" }.joined(separator: ", ")
        throw SpreadsheetError(file: file, message: "has no sheet \"\(selector)\"; its sheets are \(choices) (or give a number from 1 to \(names.count))")
    }

    /// The number a plain field spells (see `isPlainNumber`), nil for any other field. Up to 15 digits, with at most
    /// 4 after the point, it is made from the digits as an integer or minor units, exactly and without a `Decimal`.
    static func plainNumber(_ text: String) -> XLSXNumber? {
        guard isPlainNumber(text) else { return nil }
        var units: Int64 = 0, digits = 0, decimals = 0, afterPoint = false
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "-"): continue
            case UInt8(ascii: "."): afterPoint = true
            default:
                units = units * 10 + Int64(byte - UInt8(ascii: "0"))
                digits += 1
                if afterPoint { decimals += 1 }
            }
            guard digits <= 15, decimals <= 4 else { return DecimalText.parse(text).map { .decimal($0) } }
        }
        if text.utf8.first == UInt8(ascii: "-") { units = -units }
        return decimals == 0 ? .integer(units) : .minorUnits(units, digits: decimals)
    }

    /// "12", "-3.50", "0.25": digits with at most one point, and no leading zero that would make it a code. Read
    /// byte by byte: it runs for every field of a CSV file (a `Regex` literal is compiled anew at each call).
    static func isPlainNumber(_ text: String) -> Bool {
        var bytes = text.utf8[...]
        if bytes.first == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
        let isDigit = { (byte: UInt8) in (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }
        let whole = bytes.prefix(while: isDigit)
        guard let first = whole.first, first != UInt8(ascii: "0") || whole.count == 1 else { return false }
        let rest = bytes.dropFirst(whole.count)
        guard let point = rest.first else { return true }
        let decimals = rest.dropFirst()
        return point == UInt8(ascii: ".") && !decimals.isEmpty && decimals.allSatisfy(isDigit)
    }
}
