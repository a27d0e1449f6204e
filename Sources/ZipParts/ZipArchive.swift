import CZip
import SpreadsheetBasics

/// A zip archive open for reading; owns the libzip handle and frees it in `deinit`.
package final class ZipArchive {
    private let handle: OpaquePointer
    private let entries: ZipEntryIndex
    package let place: ReadPlace

    package init(path: String, place: ReadPlace) throws(SpreadsheetError) {
        self.place = place
        (handle, entries) = try ZipCall.open(path, flags: ZIP_RDONLY, place: place)
    }

    deinit {
        zip_discard(handle)
    }

    /// The part names of every entry (`\` read as `/`), in archive order.
    package var partNames: [String] { entries.names }

    /// Whether the archive has `part` (matched ignoring case).
    package func hasPart(_ part: String) -> Bool {
        index(of: part) != nil
    }

    /// The part's entry index (part names are matched ignoring case, as OPC says), or nil when absent.
    private func index(of part: String) -> UInt64? {
        entries.index(of: part)
    }

    /// Opens a part to stream it, after the zip-bomb check on its declared sizes; nil when the archive has no such part.
    package func open(_ part: String, limits: XLSXReadLimits, place: ReadPlace) throws(SpreadsheetError) -> ZipEntryStream? {
        guard let index = index(of: part) else { return nil }
        var stat = zip_stat_t()
        zip_stat_init(&stat)
        try ZipCall.check(zip_stat_index(handle, index, 0, &stat), zip_get_error(handle), "cannot read \(part)", place)
        let size = Int64(clamping: stat.size), compressed = max(Int64(clamping: stat.comp_size), 1)
        if size > limits.maxPartBytes
            || (size > limits.ratioCheckAbove && size / compressed > limits.maxCompressionRatio) {
            throw place.error(ZipEntryStream.bombMessage(part))
        }
        let file = try ZipCall.check(zip_fopen_index(handle, index, 0), zip_get_error(handle), "cannot open \(part)", place)
        return ZipEntryStream(handle: file, archive: self, part: part, limit: limits.maxPartBytes, place: place)
    }
}

/// One part of a `ZipArchive` being decompressed; owns the libzip file handle. Counts the bytes it hands out and
/// fails once they pass the limit, whatever the archive declared.
package final class ZipEntryStream {
    private let handle: OpaquePointer
    private let archive: ZipArchive
    package let part: String
    private let limit: Int64
    private let place: ReadPlace
    private var bytesRead: Int64 = 0
    /// Why the last `read` returned -1.
    package private(set) var failure: SpreadsheetError?

    fileprivate init(handle: OpaquePointer, archive: ZipArchive, part: String, limit: Int64, place: ReadPlace) {
        self.handle = handle
        self.archive = archive
        self.part = part
        self.limit = limit
        self.place = place
    }

    /// Set once the part is decompressed on a thread of its own.
    private var readAhead: ZipReadAhead?

    deinit {
        readAhead?.stop()
        zip_fclose(handle)
    }

    /// From now on, decompresses the part on a thread of its own, ahead of `read` (see `ZipReadAhead`); for large
    /// parts. The thread stops before this stream closes the part.
    package func startReadingAhead() {
        guard readAhead == nil else { return }
        // Unretained: the stream outlives the thread, since `deinit` stops it first.
        nonisolated(unsafe) let stream = Unmanaged.passUnretained(self)
        readAhead = ZipReadAhead { buffer, count in stream.takeUnretainedValue().inflate(into: buffer, count: count) }
    }

    static func bombMessage(_ part: String) -> String {
        "\(part) expands to far more than it is compressed; refusing to read it, it may be a zip bomb"
    }

    /// Fills up to `count` bytes; returns how many (0 at the end), or -1 with `failure` set.
    package func read(into buffer: UnsafeMutableRawPointer, count: Int) -> Int {
        readAhead?.read(into: buffer, count: count) ?? inflate(into: buffer, count: count)
    }

    private func inflate(into buffer: UnsafeMutableRawPointer, count: Int) -> Int {
        do throws(SpreadsheetError) {
            let got = try ZipCall.check(zip_fread(handle, buffer, UInt64(count)), zip_file_get_error(handle),
                                        "cannot decompress \(part)", place)
            bytesRead += got
            guard bytesRead <= limit else { throw place.error(Self.bombMessage(part)) }
            return Int(got)
        } catch {
            failure = error
            return -1
        }
    }
}

/// The one place libzip results are checked: a failure becomes a `SpreadsheetError` with libzip's own message.
enum ZipCall {
    /// `result` when it is not negative (libzip's failure signal).
    @discardableResult
    static func check<Result: BinaryInteger>(_ result: Result, _ error: UnsafeMutablePointer<zip_error_t>?,
                                             _ action: String, _ place: ReadPlace) throws(SpreadsheetError) -> Result {
        guard result < 0 else { return result }
        throw place.error("\(action): \(message(error))")
    }

    /// The handle, when libzip returned one.
    static func check(_ handle: OpaquePointer?, _ error: UnsafeMutablePointer<zip_error_t>?,
                      _ action: String, _ place: ReadPlace) throws(SpreadsheetError) -> OpaquePointer {
        guard let handle else { throw place.error("\(action): \(message(error))") }
        return handle
    }

    /// The archive at `path` opened with libzip's `flags`, and the index of its entries; a failure says why.
    static func open(_ path: String, flags: Int32, place: ReadPlace) throws(SpreadsheetError) -> (OpaquePointer, ZipEntryIndex) {
        var code: Int32 = 0
        guard let handle = zip_open(path, flags, &code) else { throw place.error(openFailure(code: code, path: path)) }
        do {
            return (handle, try ZipEntryIndex(handle: handle, place: place))
        } catch {
            zip_discard(handle)
            throw error
        }
    }

    /// Why `zip_open` failed, in the user's terms.
    static func openFailure(code: Int32, path: String) -> String {
        switch code {
        case ZIP_ER_NOZIP, ZIP_ER_INCONS: return "is not an XLSX file (not a zip archive)"
        case ZIP_ER_NOENT: return "no such file: \(path)"
        default:
            var error = zip_error_t()
            zip_error_init_with_code(&error, code)
            defer { zip_error_fini(&error) }
            return "cannot open \(path): \(message(&error))"
        }
    }

    private static func message(_ error: UnsafeMutablePointer<zip_error_t>?) -> String {
        guard let error, let text = zip_error_strerror(error) else { return "unknown libzip error" }
        return String(cString: text)
    }
}
