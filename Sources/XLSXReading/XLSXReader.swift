import Foundation
import SpreadsheetBasics
import XMLParts
import ZipParts

/// Reads an XLSX workbook written by anything (Excel, LibreOffice, Google Sheets, openpyxl, this tool), one sheet at
/// a time, streaming each sheet's XML straight out of the zip so a sheet of any length is never wholly in memory.
/// The shared-string table and the date styles are read once, at `init`.
///
/// Files from anywhere are read defensively: zip bombs, parts with a DTD (entity bombs, external entities) and
/// malformed XML are refused with a `SpreadsheetError` naming the file and sheet.
public final class XLSXReader {
    /// The file name extensions read as workbooks: `.xlsx`, macro-enabled `.xlsm` (its macros are never run, only
    /// kept as they are) and the templates `.xltx` and `.xltm`.
    public static let fileExtensions: Set<String> = ["xlsx", "xlsm", "xltx", "xltm"]

    /// Whether `path` names a workbook by its extension (ignoring case).
    public static func isWorkbook(_ path: String) -> Bool {
        fileExtensions.contains(URL(fileURLWithPath: path).pathExtension.lowercased())
    }

    /// The worksheets, in workbook order (chart sheets are left out: they hold no cells).
    public var sheetNames: [String] { workbook.sheets.map(\.name) }
    /// Whether dates count from 1904-01-01 (old Mac Excel) rather than 1900.
    public var uses1904Dates: Bool { workbook.uses1904Dates }

    private let archive: ZipArchive
    private let limits: XLSXReadLimits
    private let workbook: XLSXWorkbookPart
    private let sharedStrings: [String]
    private let dateStyles: XLSXDateStyles

    public convenience init(path: String) throws(SpreadsheetError) {
        try self.init(path: path, limits: .standard)
    }

    init(path: String, limits: XLSXReadLimits) throws(SpreadsheetError) {
        let archive = try ZipArchive(path: path, place: ReadPlace(file: URL(fileURLWithPath: path).lastPathComponent))
        let workbook = try XLSXWorkbookPart(archive: archive, limits: limits)
        let sharedStrings = try workbook.sharedStringsPart.map { part throws(SpreadsheetError) in
            try XLSXSharedStrings.read(part, in: archive, limits: limits)
        } ?? []
        var dateStyles = XLSXDateStyles()
        if let part = workbook.stylesPart, let reader = try XMLPartReader.open(part, in: archive, limits: limits) {
            dateStyles = try XLSXDateStyles(reader: reader)
        }
        self.archive = archive
        self.limits = limits
        self.workbook = workbook
        self.sharedStrings = sharedStrings
        self.dateStyles = dateStyles
    }

    /// Streams the rows of the sheet called `name` in order, calling `body` once per row that has a cell with a value.
    /// Errors reading the file are `SpreadsheetError`s naming the file, the sheet and, for a bad cell, its row and column.
    /// With `readingAhead`, the sheet is decompressed on a second thread (`ZipReadAhead`): faster for a `body` that
    /// takes rows as fast as they come (a conversion), slower for one that does much with each (posting), as measured.
    public func forEachRow(inSheet name: String, readingAhead: Bool = false, _ body: (XLSXRow) throws -> Void) throws {
        let sheet = try workbook.sheet(named: name, place: archive.place)
        var place = archive.place
        place.sheet = sheet.name
        guard let stream = try archive.open(sheet.part, limits: limits, place: place) else {
            throw place.error("the sheet's part \(sheet.part) is missing from the file")
        }
        if readingAhead { stream.startReadingAhead() }
        try XLSXSheetRows(stream: stream, place: place, sharedStrings: sharedStrings, dateStyles: dateStyles,
                          uses1904Dates: uses1904Dates).forEach(body)
    }
}
