import CSV
import Foundation
import SpreadsheetBasics

/// A CSV file with a header row, read whole into records keyed by column name.
/// For small data files of a fixed layout (reference data, rates): read whole; a UTF-8 BOM is allowed, and the
/// delimiter (comma, semicolon or tab) is found from the header line. Blank rows are skipped but still counted; a row
/// with more values than the header has columns is an error, not cut short.
public struct CSVTable: Sendable {
    public let file: String
    public let header: [String]
    public let records: [CSVRecord]

    /// Reads the file and checks that every column in `requiredColumns` is in its header.
    public init(path: String, requiredColumns: [String] = []) throws(SpreadsheetError) {
        let name = (path as NSString).lastPathComponent
        file = name
        let text = try Self.text(ofFile: path)
        let reader: CSVReader
        do {
            reader = try CSVReader(string: text, hasHeaderRow: true, delimiter: CSVLayout.delimiter(of: text))
        } catch {
            throw SpreadsheetError(file: name, message: "not a readable CSV file (\(error))")
        }
        header = (reader.headerRow ?? []).map { $0.trimmingCharacters(in: .whitespaces) }
        for column in requiredColumns where !header.contains(column) {
            throw SpreadsheetError(file: name, row: 1, message: "the header has no column \"\(column)\" (it has: \(header.joined(separator: ", ")))")
        }
        var records: [CSVRecord] = []
        var row = 1
        while let fields = reader.next() {
            row += 1
            if fields.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { continue }
            if fields.count > header.count, fields[header.count...].contains(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty }) {
                throw SpreadsheetError(file: name, row: row, message: "has \(fields.count) fields but the header has \(header.count) columns; "
                                       + "quote a value that holds the delimiter, such as \"1,5\"")
            }
            records.append(CSVRecord(file: name, row: row, header: header, fields: fields))
        }
        if let error = reader.error {
            throw SpreadsheetError(file: name, row: row + 1, message: "malformed CSV (\(error))")
        }
        self.records = records
    }
}

extension CSVTable {
    /// The whole text of a UTF-8 CSV file without its BOM. CSV.swift's stream source reports end of file as a
    /// read error on Linux, so files are read whole and parsed from a string.
    static func text(ofFile path: String) throws(SpreadsheetError) -> String {
        let name = (path as NSString).lastPathComponent
        guard let data = FileManager.default.contents(atPath: path) else {
            throw SpreadsheetError(file: name, message: "cannot read \(path)")
        }
        guard var text = String(data: data, encoding: .utf8) else {
            throw SpreadsheetError(file: name, message: "is not UTF-8 text; save it as CSV UTF-8")
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        return text
    }
}

/// One data row of a `CSVTable`; its errors name the file, row and column.
public struct CSVRecord: Sendable {
    public let file: String
    /// Row number as a spreadsheet shows it: the header is row 1.
    public let row: Int
    private let values: [String: String]

    init(file: String, row: Int, header: [String], fields: [String]) {
        self.file = file
        self.row = row
        var values: [String: String] = [:]
        for (index, column) in header.enumerated() where index < fields.count {
            values[column] = fields[index].trimmingCharacters(in: .whitespaces)
        }
        self.values = values
    }

    /// The trimmed value, or nil when blank.
    public func optional(_ column: String) -> String? {
        guard let value = values[column], !value.isEmpty else { return nil }
        return value
    }

    /// The trimmed value; blank is an error naming the cell.
    public func required(_ column: String) throws(SpreadsheetError) -> String {
        guard let value = optional(column) else { throw error(column, "a value is required here") }
        return value
    }

    /// An error about one cell of this row.
    public func error(_ column: String, _ message: String) -> SpreadsheetError {
        SpreadsheetError(file: file, row: row, column: column, message: message)
    }
}
