import Foundation

/// Writes an RFC 4180 CSV file (UTF-8, CRLF line ends, fields quoted only when they must be). Like the XLSX writer
/// it writes a temporary file beside the target and renames it into place at `close()`, so a failure leaves any
/// existing file as it was.
///
/// CSV.swift's `CSVWriter` hands its stream one byte per call, which is why this type exists.
public final class CSVFileWriter {
    private let file: AtomicFileWriter

    public var path: String { file.path }

    public init(path: String) throws(SpreadsheetError) {
        file = try AtomicFileWriter(path: path)
    }

    /// Appends one record.
    public func write(_ fields: [String]) throws(SpreadsheetError) {
        for (index, field) in fields.enumerated() {
            if index > 0 { try file.write(UInt8(ascii: ",")) }
            // Bytes, not characters: a comma, quote or line break is one ASCII byte, never part of another character.
            if field.utf8.contains(where: { $0 == 44 || $0 == 34 || $0 == 10 || $0 == 13 }) {
                try file.write(UInt8(ascii: "\""))
                try file.write(field.replacingOccurrences(of: "\"", with: "\"\"").utf8)
                try file.write(UInt8(ascii: "\""))
            } else {
                try file.write(field.utf8)
            }
        }
        try file.write([13, 10])
    }

    /// Finishes the file and moves it into place.
    public func close() throws(SpreadsheetError) {
        try file.close()
    }
}
