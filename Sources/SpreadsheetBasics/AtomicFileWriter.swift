import Foundation

/// Writes a file through a temporary file beside it, renamed into place at `close()`, so a failure or a kill
/// leaves any existing file as it was. Bytes are buffered, so a million small writes cost a few hundred calls.
public final class AtomicFileWriter {
    public let path: String
    private let temporaryPath: String
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private var closed = false

    public init(path: String) throws(SpreadsheetError) {
        let url = URL(fileURLWithPath: path)
        self.path = url.path
        temporaryPath = WorkingFiles.hiddenPath(beside: url)
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

    public func write(_ byte: UInt8) throws(SpreadsheetError) {
        buffer.append(byte)
        if buffer.count >= 1 << 16 { try flush() }
    }

    public func write<Bytes: Sequence>(_ bytes: Bytes) throws(SpreadsheetError) where Bytes.Element == UInt8 {
        buffer.append(contentsOf: bytes)
        if buffer.count >= 1 << 16 { try flush() }
    }

    /// Finishes the file, saves it to disk and moves it into place.
    public func close() throws(SpreadsheetError) {
        try flush()
        closed = true
        let saved = fsync(handle.fileDescriptor) == 0
        try? handle.close()
        guard saved else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(atPath: temporaryPath)
            throw SpreadsheetError(file: URL(fileURLWithPath: path).lastPathComponent, message: "cannot save to disk: \(reason)")
        }
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
            let message = (error as? CocoaError)?.code == .fileWriteOutOfSpace
                ? WorkingFiles.fullDiskMessage(for: path) : "cannot write: \(error.localizedDescription)"
            throw SpreadsheetError(file: URL(fileURLWithPath: path).lastPathComponent, message: message)
        }
        buffer.removeAll(keepingCapacity: true)
    }
}
