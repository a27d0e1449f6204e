import CDeflateLevel
import CXLSXWriter
import Foundation
import SpreadsheetBasics

/// How hard the parts of a written workbook are compressed: zlib's levels, from 1 (fastest) to 9 (smallest).
public struct XLSXDeflateLevel: Sendable, Equatable {
    public let zlibLevel: Int32

    /// About three times as fast as libxlsxwriter's own level 6, for a file about a quarter larger: what ledgersync
    /// writes, since a large report spends a third of its time compressing at level 6.
    public static let fastest = XLSXDeflateLevel(zlibLevel: 1)
    /// zlib's default, what libxlsxwriter writes when left alone.
    public static let standard = XLSXDeflateLevel(zlibLevel: 6)
}

/// One XLSX file being written. Rows stream to disk (libxlsxwriter's constant-memory mode), so each sheet's rows
/// must be written top to bottom. The file appears only at `close()`: it is assembled in a temporary file beside
/// the target and renamed over it, so a failure leaves any existing file as it was.
public final class XLSXWorkbookWriter {
    /// Where the workbook goes.
    public let path: String
    /// The file name, for error messages.
    public let fileName: String
    private let temporaryPath: String
    private var handle: UnsafeMutablePointer<lxw_workbook>?
    private let formats: XLSXFormatCache
    private var tableNames = UniqueNames()
    private let deflateLevel: XLSXDeflateLevel

    public init(path: String, deflateLevel: XLSXDeflateLevel = .fastest) throws(XLSXWriteError) {
        self.deflateLevel = deflateLevel
        let url = URL(fileURLWithPath: path)
        self.path = url.path
        fileName = url.lastPathComponent
        let folder = url.deletingLastPathComponent().path
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw XLSXWriteError(file: fileName, message: "the folder \(folder) does not exist")
        }
        temporaryPath = WorkingFiles.hiddenPath(beside: url)
        var options = lxw_workbook_options(constant_memory: UInt8(LXW_TRUE.rawValue), tmpdir: nil, use_zip64: UInt8(LXW_FALSE.rawValue))
        guard let handle = workbook_new_opt(temporaryPath, &options) else {
            throw XLSXWriteError(file: fileName, message: "cannot start a workbook (out of memory?)")
        }
        self.handle = handle
        formats = XLSXFormatCache(workbook: handle)
    }

    deinit {
        if let handle { lxw_workbook_free(handle) }
        try? FileManager.default.removeItem(atPath: temporaryPath)
    }

    /// Adds a sheet after the existing ones. Excel's rules apply to the name: at most 31 characters,
    /// none of `[ ] : * ? / \`, not starting or ending with `'`, unique ignoring case.
    public func addWorksheet(name: String) throws(XLSXWriteError) -> XLSXWorksheet {
        let handle = try openHandle()
        try XLSXWriteError.check(workbook_validate_sheet_name(handle, name), file: fileName, sheet: name)
        guard let sheet = workbook_add_worksheet(handle, name) else {
            throw XLSXWriteError(file: fileName, sheet: name, message: "cannot add the sheet")
        }
        return XLSXWorksheet(handle: sheet, name: name, workbook: self)
    }

    /// Names cells for formulas and drop-downs: `defineName("Customers", refersTo: "=Lists!$A$2:$A$40")`.
    public func defineName(_ name: String, refersTo formula: String) throws(XLSXWriteError) {
        try XLSXWriteError.check(workbook_define_name(try openHandle(), name, formula), file: fileName)
    }

    /// Writes the file, saves it to disk and moves it into place. The workbook cannot be used afterwards.
    public func close() throws(XLSXWriteError) {
        let handle = try openHandle()
        self.handle = nil
        // workbook_close frees the workbook whatever it returns. It prints its own lines on a failure, hidden on
        // the command line; the error thrown says it once, in the user's terms.
        // libxlsxwriter zips the package here, on this thread, with its deflate level set for the time.
        ledgersync_set_thread_deflate_level(deflateLevel.zlibLevel)
        let (code, failure) = LibraryMessages.whileHidden { (workbook_close(handle), errno) }
        ledgersync_clear_thread_deflate_level()
        guard code == LXW_NO_ERROR else {
            try? FileManager.default.removeItem(atPath: temporaryPath)
            if failure == ENOSPC || failure == EDQUOT {
                throw XLSXWriteError(file: fileName, message: WorkingFiles.fullDiskMessage(for: path))
            }
            try XLSXWriteError.check(code, file: fileName)
            return
        }
        guard WorkingFiles.flushToDisk(temporaryPath) else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(atPath: temporaryPath)
            throw XLSXWriteError(file: fileName, message: "cannot save to disk: \(reason)")
        }
        guard rename(temporaryPath, path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(atPath: temporaryPath)
            throw XLSXWriteError(file: fileName, message: "cannot replace \(path): \(reason)")
        }
    }

    func openHandle(sheet: String? = nil) throws(XLSXWriteError) -> UnsafeMutablePointer<lxw_workbook> {
        guard let handle else { throw XLSXWriteError(file: fileName, sheet: sheet, message: "the workbook is already closed") }
        return handle
    }

    func format(_ style: XLSXStyle) -> UnsafeMutablePointer<lxw_format>? {
        formats.format(style)
    }

    /// A table name unique in this workbook and valid in Excel, derived from `base` (a sheet name):
    /// ASCII letters, digits and underscores after a `tbl` prefix, so it can never look like a cell reference.
    func uniqueTableName(_ base: String) -> String {
        let stem = "tbl" + String(base.unicodeScalars.map { scalar in
            scalar.isASCII && (CharacterSet.alphanumerics.contains(scalar) || scalar == "_") ? Character(scalar) : "_"
        })
        return tableNames.claim(stem, separator: "_")
    }
}
