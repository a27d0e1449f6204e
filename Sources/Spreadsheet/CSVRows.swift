import CSV
import Foundation

/// Reads a CSV file people saved or pasted from anywhere, one record at a time: UTF-8 with or without a BOM,
/// comma, semicolon or tab (found from the first line), RFC 4180 quoting, CRLF or LF line ends.
public enum CSVRows {
    /// Calls `body` with each record's number (the first is 1, as a spreadsheet numbers rows) and its fields.
    public static func forEach(inFile path: String, _ body: (Int, [String]) throws -> Void) throws {
        let name = URL(fileURLWithPath: path).lastPathComponent
        let text = try CSVTable.text(ofFile: path)
        let reader: CSVReader
        do {
            reader = try CSVReader(string: text, hasHeaderRow: false, delimiter: SheetConversion.delimiter(of: text))
        } catch {
            throw SpreadsheetError(file: name, message: "not a readable CSV file (\(error))")
        }
        var number = 0
        while let fields = reader.next() {
            number += 1
            try body(number, fields)
        }
        if let error = reader.error {
            throw SpreadsheetError(file: name, row: number + 1, message: "malformed CSV (\(error))")
        }
    }
}
