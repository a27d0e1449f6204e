import Foundation
import Spreadsheet

/// What a records workbook says about itself in its `SheetManifest`: one row for the entry sheet (named for the
/// type's title) whose request is `{"company":…,"records":…}`. `records post` reads it to know the record type and
/// company of the entry sheet, under whatever name the user has given it since.
enum RecordWorkbookMetadata {
    struct Request: Codable {
        var records: String
        var company: String?
    }

    /// The manifest row for the entry sheet of `type` for `company`, written at `builtAt`, without its fingerprint.
    static func entry(_ type: RecordType, company: String, builtAt: Date) -> SheetManifest.Entry {
        SheetManifest.Entry(sheet: type.title, request: json(Request(records: type.name, company: company)),
                            built: ISO8601DateFormatter().string(from: builtAt), fingerprint: nil)
    }

    /// The record sheets a manifest lists that the workbook still has, by their current names.
    static func recordSheets(in manifest: SheetManifest) -> [(sheet: String, request: Request)] {
        manifest.entries.compactMap { entry in
            guard !entry.sheetIsGone, let request = try? JSONDecoder().decode(Request.self, from: Data(entry.request.utf8))
            else { return nil }
            return (entry.sheet, request)
        }
    }

    /// Compact JSON with sorted keys, as report requests are stored.
    private static func json(_ request: Request) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Two strings always encode.
        return String(decoding: (try? encoder.encode(request)) ?? Data(), as: UTF8.self)
    }
}
