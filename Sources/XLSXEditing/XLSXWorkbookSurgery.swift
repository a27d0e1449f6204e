import Foundation
import SpreadsheetBasics
import XLSXReading
import XMLParts
import ZipParts

/// Writes edits into a copy of an existing workbook, then swaps it in.
///
/// Only the edited sheet's part is rewritten, streamed node by node from the zip into a temporary file; every other
/// part is carried over by libzip as it was. Works on workbooks from any writer, strict OOXML included.
public enum XLSXWorkbookSurgery {
    /// Writes a new workbook next to `path` (a temporary file in the same folder) with `edits` applied to the sheet
    /// named `sheet`. Nothing at `path` changes. Throws SpreadsheetError (unknown sheet, unreadable file, write
    /// failure), leaving no temp file behind.
    public static func prepare(_ edits: XLSXSheetEdits, sheet: String,
                               of path: String) throws(SpreadsheetError) -> PreparedWorkbook {
        try prepare(edits.editedRows, valueRange: edits.valueRange, sheet: sheet, of: path)
    }

    /// As `prepare(_:sheet:of:)`, with the edited rows taken one by one from `edits`, and the `<dimension>` widened
    /// to `valueRange`.
    static func prepare(_ edits: some XLSXRowEditSource, valueRange: CellRange?, sheet: String,
                        of path: String) throws(SpreadsheetError) -> PreparedWorkbook {
        try PreparedWorkbook.rewriting(path) { _, copy, place throws(SpreadsheetError) in
            try rewrite(sheet, in: copy, with: edits, valueRange: valueRange, place: place)
        }
    }

    /// Replaces the part of the sheet called `name` inside `workbook` (the working copy) with its edited version.
    private static func rewrite(_ name: String, in workbook: String, with edits: some XLSXRowEditSource,
                                valueRange: CellRange?, place: ReadPlace) throws(SpreadsheetError) {
        let newPart = WorkingFiles.temporaryURL("sheet", suffix: ".xml").path
        defer { try? FileManager.default.removeItem(atPath: newPart) }
        let (part, sheetPlace) = try writeSheet(name, of: workbook, with: edits, valueRange: valueRange, to: newPart,
                                                place: place)
        let archive = try ZipArchiveUpdate(path: workbook, place: sheetPlace)
        try archive.replace(part, withContentsOf: newPart)
        try archive.close()
    }

    /// Writes the edited XML of the sheet called `name` to `path`; returns the sheet's part and its place for messages.
    private static func writeSheet(_ name: String, of workbook: String, with edits: some XLSXRowEditSource,
                                   valueRange: CellRange?, to path: String,
                                   place: ReadPlace) throws(SpreadsheetError) -> (part: String, place: ReadPlace) {
        let archive = try ZipArchive(path: workbook, place: place)
        let limits = XLSXReadLimits.standard
        let sheet = try XLSXWorkbookPart(archive: archive, limits: limits).sheet(named: name, place: place)
        var place = place
        place.sheet = sheet.name
        guard let reader = try XMLPartReader.open(sheet.part, in: archive, limits: limits, place: place) else {
            throw place.error("the sheet's part \(sheet.part) is missing from the file")
        }
        var rewriter = XLSXSheetRewriter(reader: reader,
                                         writer: try XMLPartWriter(path: path, part: sheet.part, place: place),
                                         editedRows: edits, valueRange: valueRange)
        try rewriter.run()
        return (sheet.part, place)
    }
}
