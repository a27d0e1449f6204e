import Foundation

/// Writes an RFC 4180 CSV file (UTF-8, CRLF line ends, fields quoted only when they must be), buffered so a
/// million rows cost a few hundred writes. Like the XLSX writer it writes a temporary file beside the target and
/// renames it into place at `close()`, so a failure leaves any existing file as it was.
///
/// CSV.swift's `CSVWriter` hands its stream one byte per call, which is why this type exists.
public final class CSVFileWriter {
    public let path: String
    private let temporaryPath: String
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private var closed = false

    public init(path: String) throws(SpreadsheetError) {
        let url = URL(fileURLWithPath: path)
        self.path = url.path
        temporaryPath = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp").path
        guard FileManager.default.createFile(atPath: temporaryPath, contents: nil),
              let handle = FileHandle(forWritingAtPath: temporaryPath) else {
            throw SpreadsheetError(file: url.lastPathComponent,
                                   message: "cannot write in \(url.deletingLastPathComponent().path): check the folder exists and is writable")
        }
        self.handle = handle
        buffer.reserveCapacity(1 << 16)
    }

    deinit {
        if !closed {
            try? handle.close()
            try? FileManager.default.removeItem(atPath: temporaryPath)
        }
    }

    /// Appends one record.
    public func write(_ fields: [String]) throws(SpreadsheetError) {
        for (index, field) in fields.enumerated() {
            if index > 0 { buffer.append(UInt8(ascii: ",")) }
            if field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) {
                buffer.append(UInt8(ascii: "\""))
                buffer.append(contentsOf: field.replacingOccurrences(of: "\"", with: "\"\"").utf8)
                buffer.append(UInt8(ascii: "\""))
            } else {
                buffer.append(contentsOf: field.utf8)
            }
        }
        buffer.append(contentsOf: [13, 10])
        if buffer.count >= 1 << 16 { try flush() }
    }

    /// Finishes the file and moves it into place.
    public func close() throws(SpreadsheetError) {
        try flush()
        closed = true
        try? handle.close()
        guard rename(temporaryPath, path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(atPath: temporaryPath)
            throw SpreadsheetError(file: URL(fileURLWithPath: path).lastPathComponent, message: "cannot replace \(path): \(reason)")
        }
    }

    private func flush() throws(SpreadsheetError) {
        guard !buffer.isEmpty else { return }
        do {
            try handle.write(contentsOf: buffer)
        } catch {
            throw SpreadsheetError(file: URL(fileURLWithPath: path).lastPathComponent, message: "cannot write: \(error.localizedDescription)")
        }
        buffer.removeAll(keepingCapacity: true)
    }
}
