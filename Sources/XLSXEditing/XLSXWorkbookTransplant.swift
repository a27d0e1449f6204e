import Foundation
import SpreadsheetBasics

/// Puts whole sheets of a workbook this library wrote (the donor) into an existing workbook (the target), replacing
/// the target's sheets of the same names or adding them after its last sheet, and leaves everything else as it was.
///
/// It works on the package's parts: the transplanted sheets' parts and tables are written anew; styles are appended
/// to (never reordered); the workbook part gets the sheets' print titles and filters, asks for a full calculation on
/// load, and loses its calculation chain; pivot caches are marked to refresh on open; every other part (the user's
/// sheets, charts, pivot tables, names, properties) is copied byte for byte. The sheets keep their relationships to
/// drawings the user placed on them. Transitional OOXML only: the form Excel, LibreOffice and openpyxl save.
public enum XLSXWorkbookTransplant {
    /// Sheets to move: the names of sheets of the workbook at `path`.
    public struct Source: Sendable {
        public var path: String
        public var sheets: [String]

        public init(path: String, sheets: [String]) {
            self.path = path
            self.sheets = sheets
        }
    }

    /// Writes a new workbook next to `path` (a temporary file in its folder) with the sheets of each source moved in,
    /// in order; nothing at `path` changes until the result is installed. Throws SpreadsheetError naming the file when
    /// it cannot be read or written, leaving no temporary file behind.
    public static func prepare(_ sources: [Source], into path: String) throws(SpreadsheetError) -> PreparedWorkbook {
        try PreparedWorkbook.rewriting(path) { original, copy, place throws(SpreadsheetError) in
            let folder = WorkingFiles.temporaryURL("parts")
            defer { try? FileManager.default.removeItem(at: folder) }
            do {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            } catch {
                throw place.error("cannot make a temporary folder for the new parts: \(error.localizedDescription)")
            }
            var edit = try XLSXPackageEdit(target: original, partsFolder: folder.path, place: place)
            for source in sources {
                let donor = try XLSXDonorWorkbook(path: source.path,
                                                  place: ReadPlace(file: URL(fileURLWithPath: source.path).lastPathComponent))
                try edit.transplant(source.sheets, from: donor)
            }
            try edit.finishWorkbook()
            try edit.apply(to: copy)
        }
    }
}
