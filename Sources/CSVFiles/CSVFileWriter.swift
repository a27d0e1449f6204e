import Foundation
import SpreadsheetBasics

/// Writes an RFC 4180 CSV file (UTF-8, CRLF line ends, fields quoted only when they must be): the one place where a
/// cell becomes CSV text, in plain notation, with text that looks like a formula guarded. Like the XLSX writer it
/// writes a temporary file beside the target and renames it into place at `close()`, so a failure leaves any existing
/// file as it was.
///
/// CSV.swift's `CSVWriter` hands its stream one byte per call, which is why this type exists.
public final class CSVFileWriter {
    private let file: AtomicFileWriter
    /// The record being written, kept to be reused.
    private var record: [UInt8] = []

    public var path: String { file.path }

    private let delimiter: UInt8

    /// A new file at `path` in `layout`: comma-separated without a byte-order mark unless told otherwise.
    public init(path: String, layout: CSVLayout = CSVLayout()) throws(SpreadsheetError) {
        file = try AtomicFileWriter(path: path)
        delimiter = layout.delimiter
        if layout.hasByteOrderMark { try file.write([0xEF, 0xBB, 0xBF]) }
    }

    /// Appends one record.
    public func write(_ fields: [CSVField]) throws(SpreadsheetError) {
        record.removeAll(keepingCapacity: true)
        for (index, field) in fields.enumerated() {
            if index > 0 { record.append(delimiter) }
            var text = field.written
            text.withUTF8 { append($0) }
        }
        record.append(contentsOf: [13, 10])
        try file.write(record)
    }

    /// Adds one field's bytes to `record`, quoted when it must be. Bytes, not characters: a delimiter, quote or line
    /// break is one ASCII byte, never part of another character.
    private func append(_ field: UnsafeBufferPointer<UInt8>) {
        guard field.contains(where: { $0 == delimiter || $0 == 34 || $0 == 10 || $0 == 13 }) else {
            record.append(contentsOf: field)
            return
        }
        record.append(UInt8(ascii: "\""))
        for byte in field {
            record.append(byte)
            if byte == UInt8(ascii: "\"") { record.append(byte) }
        }
        record.append(UInt8(ascii: "\""))
    }

    /// Finishes the file and moves it into place.
    public func close() throws(SpreadsheetError) {
        try file.close()
    }
}
