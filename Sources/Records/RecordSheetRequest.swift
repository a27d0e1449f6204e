import Foundation

/// What a records workbook's `_ledgersync` row says built its entry sheet, as JSON with sorted keys:
/// `{"company":…,"records":…}` for a template, and for an export also the filter it was written with,
/// `"export":{"from":"2026-10-01","to":"2026-10-31"}` (an empty object for an unfiltered export).
/// Rows written before exports recorded their filter have no `export` key and read as templates.
public struct RecordSheetRequest: Codable, Sendable, Equatable {
    /// The record type's name, such as `invoices-and-bills`.
    public var records: String
    public var company: String?
    /// The filter an export was written with; nil for a template.
    public var export: RecordExportFilter?

    public init(records: String, company: String?, export: RecordExportFilter?) {
        self.records = records
        self.company = company
        self.export = export
    }

    /// Reads a `_ledgersync` row's request; nil when it is not a records sheet's (a report's, say).
    public init?(json: String) {
        guard let request = try? JSONDecoder().decode(Self.self, from: Data(json.utf8)) else { return nil }
        self = request
    }

    /// Compact JSON with sorted keys, as report requests are stored; absent values are left out.
    public var json: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Strings and dates (which encode as strings) always encode.
        return String(decoding: (try? encoder.encode(self)) ?? Data(), as: UTF8.self)
    }
}
