import CXLSXWriter

/// A failure writing an XLSX file, naming the file and, where it applies, the sheet and cell.
public struct XLSXWriteError: Error, Equatable, CustomStringConvertible {
    public var file: String
    public var sheet: String?
    /// The cell in A1 notation (`B12`).
    public var cell: String?
    public var message: String

    public init(file: String, sheet: String? = nil, cell: String? = nil, message: String) {
        self.file = file
        self.sheet = sheet
        self.cell = cell
        self.message = message
    }

    /// `report.xlsx, sheet "Profit and Loss", cell B12: …`
    public var description: String {
        var place = file
        if let sheet { place += ", sheet \"\(sheet)\"" }
        if let cell { place += ", cell \(cell)" }
        return "\(place): \(message)"
    }

    /// The one place libxlsxwriter return codes are checked: anything but success becomes a thrown error.
    static func check(_ code: lxw_error, file: String, sheet: String? = nil, cell: String? = nil) throws(XLSXWriteError) {
        guard code != LXW_NO_ERROR else { return }
        var message = String(cString: lxw_strerror(code))
        if code == LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE {
            message += " (rows are streamed, so each row must come after the rows already written)"
        }
        throw XLSXWriteError(file: file, sheet: sheet, cell: cell, message: message)
    }
}
