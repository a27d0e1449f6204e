import Foundation
import Records
import Reports

/// Reads the request JSON of a `_ledgersync` row: a report request, or the record type and company of a records sheet.
enum ReportRequestJSON {
    /// The report request, or nil when the row is not a report's (a records sheet's).
    static func report(_ json: String) -> ReportRequest? {
        try? ReportRequest(json: json)
    }

    /// Whether the row is a records sheet's (a template or an export).
    static func isRecords(_ json: String) -> Bool {
        RecordSheetRequest(json: json) != nil
    }

    /// What built a sheet this version of LedgerSync cannot rebuild, in a few words.
    static func summary(_ json: String) -> String {
        guard let records = RecordSheetRequest(json: json) else { return "not a report this version of LedgerSync knows" }
        let company = records.company.map { " of \($0)" } ?? ""
        return "a \(records.records) sheet\(company), which this version of LedgerSync cannot rebuild"
    }
}
