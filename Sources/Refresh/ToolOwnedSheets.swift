import Foundation
import Spreadsheet
import XLSXReading

/// A saved workbook as refresh finds it: its sheets, and its `_ledgersync` record of the sheets LedgerSync built,
/// whose fingerprints tell which of them the user has edited since.
struct ToolOwnedSheets {
    let file: String
    let sheetNames: [String]
    let manifest: SheetManifest?
    private let reader: XLSXReader

    init(path: String) throws {
        file = URL(fileURLWithPath: path).lastPathComponent
        reader = try XLSXReader(path: path)
        sheetNames = reader.sheetNames
        manifest = try SheetManifest.read(from: reader)
    }

    /// The sheets among `sheets` whose cells no longer match the fingerprint taken when they were built.
    func edited(among sheets: [String]) throws -> Set<String> {
        var edited: Set<String> = []
        for entry in manifest?.entries ?? [] where sheets.contains(entry.sheet) && !entry.sheetIsGone {
            guard let fingerprint = entry.fingerprint else { continue }
            if try SheetFingerprint.of(sheet: entry.sheet, in: reader) != fingerprint { edited.insert(entry.sheet) }
        }
        return edited
    }

    /// The sheets among `reports` (report sheets) and `exports` (entry sheets of records exports) the user edited;
    /// throws `RefreshError.edited` naming them unless `force`.
    func checkEdits(reports: [String], exports: [String] = [], force: Bool) throws -> Set<String> {
        let edited = try edited(among: reports + exports)
        if !edited.isEmpty, !force {
            throw RefreshError.edited(file: file, reports: reports.filter(edited.contains), exports: exports.filter(edited.contains))
        }
        return edited
    }
}
