import CSV
import Foundation
import SpreadsheetBasics

/// Reads a CSV file people saved or pasted from anywhere, one record at a time: UTF-8 with or without a BOM,
/// comma, semicolon or tab (found from the first line), RFC 4180 quoting, CRLF or LF line ends.
public enum CSVRows {
    /// Calls `body` with each record's number (the first is 1, as a spreadsheet numbers rows) and its fields.
    public static func forEach(inFile path: String, _ body: (Int, [String]) throws -> Void) throws {
        let name = URL(fileURLWithPath: path).lastPathComponent
        let text = try CSVTable.text(ofFile: path)
        let reader: CSVReader
        do {
            reader = try CSVReader(string: text, hasHeaderRow: false, delimiter: CSVLayout.delimiter(of: text))
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

/// How a CSV file is written: its delimiter, and whether it starts with a byte-order mark (as Excel's "CSV UTF-8"
/// does), so a file written beside it can match what its user's program expects.
public struct CSVLayout: Sendable, Equatable {
    public var delimiter: UInt8
    public var hasByteOrderMark: Bool

    public init(delimiter: UInt8 = UInt8(ascii: ","), hasByteOrderMark: Bool = false) {
        self.delimiter = delimiter
        self.hasByteOrderMark = hasByteOrderMark
    }

    /// The layout of the file at `path`, from its first bytes (the header line is enough to tell the delimiter).
    public init(ofFile path: String) throws(SpreadsheetError) {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw SpreadsheetError(file: (path as NSString).lastPathComponent, message: "cannot read \(path)")
        }
        defer { try? handle.close() }
        let start = (try? handle.read(upToCount: 65_536)) ?? Data()
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        hasByteOrderMark = start.starts(with: bom)
        let text = String(decoding: hasByteOrderMark ? start.dropFirst(3) : start[...], as: UTF8.self)
        delimiter = UInt8(CSVLayout.delimiter(of: text).value)
    }
}

extension CSVLayout {
    /// The delimiter the first line uses most outside quotes: comma, semicolon or tab (comma on a tie).
    package static func delimiter(of text: String) -> UnicodeScalar {
        var counts: [UnicodeScalar: Int] = [",": 0, ";": 0, "\t": 0]
        var quoted = false
        for scalar in text.unicodeScalars {
            if scalar == "\"" { quoted.toggle() }
            if !quoted, scalar == "\n" || scalar == "\r" { break }
            if !quoted, counts[scalar] != nil { counts[scalar]! += 1 }
        }
        var best: UnicodeScalar = ","
        for candidate: UnicodeScalar in [";", "\t"] where counts[candidate]! > counts[best]! { best = candidate }
        return best
    }
}
