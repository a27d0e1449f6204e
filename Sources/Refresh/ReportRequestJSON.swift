import Foundation
import Reports

/// Reads the request JSON of a `_ledgersync` row: a report request, or the record type and company of a records sheet.
enum ReportRequestJSON {
    private struct RecordsRequest: Decodable {
        var records: String
        var company: String
    }

    /// The report request, or nil when the row is not a report's (a records sheet's).
    static func report(_ json: String) -> ReportRequest? {
        try? ReportRequest(json: json)
    }

    /// What built the sheet, in a few words.
    static func summary(_ json: String) -> String {
        if let records = try? JSONDecoder().decode(RecordsRequest.self, from: Data(json.utf8)) {
            return "a \(records.records) sheet of \(records.company), whose rows are entered by hand"
        }
        return "not a report this version of LedgerSync knows"
    }
}
