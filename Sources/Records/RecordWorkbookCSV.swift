import CSVFiles
import Ledger
import Spreadsheet
import SpreadsheetBasics

/// A records template or export as RFC 4180 CSV: the header row as the entry sheet has it, then one line per row with
/// ISO dates and plain numbers (money with exactly the currency's decimals), as `CSVFileWriter` writes cells.
final class RecordWorkbookCSV: RecordWorkbookSink {
    private let writer: CSVFileWriter
    private let columns: [RecordColumn]
    private let digits: Int
    let manifestEntry: SheetManifest.Entry? = nil

    init(path: String, type: RecordType, currency: Currency) throws(SpreadsheetError) {
        writer = try CSVFileWriter(path: path)
        columns = type.columns
        digits = currency.minorUnitDigits
        try writer.write(columns.map { .text($0.header) })
    }

    func add(_ row: RecordRow) throws {
        try writer.write(columns.map { row[$0.field] ?? .empty }, digits: digits)
    }

    func close() throws {
        try writer.close()
    }
}
