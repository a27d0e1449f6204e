import Ledger
import Spreadsheet

/// A records template or export as RFC 4180 CSV: the header row as the entry sheet has it, then one line per row with
/// ISO dates and plain numbers (money with exactly the currency's decimals). Text a spreadsheet would take for a
/// formula (starting with = + - @) gets a leading apostrophe.
final class RecordWorkbookCSV: RecordWorkbookSink {
    private let writer: CSVFileWriter
    private let columns: [RecordColumn]
    private let currency: Currency
    let manifestEntry: SheetManifest.Entry? = nil

    init(path: String, type: RecordType, currency: Currency) throws(SpreadsheetError) {
        writer = try CSVFileWriter(path: path)
        columns = type.columns
        self.currency = currency
        try writer.write(columns.map(\.header))
    }

    func add(_ row: RecordRow) throws {
        try writer.write(columns.map { column in row[column.field].map(text) ?? "" })
    }

    func close() throws {
        try writer.close()
    }

    private func text(_ value: RecordValue) -> String {
        switch value {
        case .text(let text): if let first = text.first, "=+-@".contains(first) { "'" + text } else { text }
        case .date(let date): date.description
        case .money(let units): Money.plainText(minorUnits: units, digits: currency.minorUnitDigits)
        case .decimal(let value): DecimalText.format(value)
        case .integer(let value): String(value)
        }
    }
}
