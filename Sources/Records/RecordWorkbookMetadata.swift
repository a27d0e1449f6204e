import Foundation
import Spreadsheet

/// What a records workbook says about itself in its `SheetManifest`: one row for the entry sheet whose request is a
/// `RecordSheetRequest` (`{"company":…,"records":…}`, with `"export":{…}` for an export). `records post` reads it to
/// know the record type and company of the entry sheet, and `refresh` to rebuild it, under whatever name the user
/// has given it since.
enum RecordWorkbookMetadata {
    /// The manifest row for the entry sheet `sheet` of `type` for `company`, an export with `export` or a template
    /// without, written at `builtAt`, without its fingerprint.
    static func entry(_ type: RecordType, company: String, export: RecordExportFilter?, sheet: String,
                      builtAt: Date) -> SheetManifest.Entry {
        SheetManifest.Entry(sheet: sheet, request: RecordSheetRequest(records: type.name, company: company, export: export).json,
                            built: ISO8601DateFormatter().string(from: builtAt), fingerprint: nil)
    }

    /// The record sheets a manifest lists that the workbook still has, by their current names.
    static func recordSheets(in manifest: SheetManifest) -> [(sheet: String, request: RecordSheetRequest)] {
        manifest.entries.compactMap { entry in
            guard !entry.sheetIsGone, let request = RecordSheetRequest(json: entry.request) else { return nil }
            return (entry.sheet, request)
        }
    }
}
