import Ledger

/// A problem with a records command as a whole (not one row): each case carries what went wrong where, and
/// `description` words it as what to do, naming the command-line option that fixes it.
public enum RecordError: Error, Equatable, CustomStringConvertible {
    // The record types
    /// The templates folder's `records` folder cannot be listed.
    case templatesUnreadable(folder: String)
    /// A record template's JSON does not decode.
    case invalidTemplate(file: String, reason: String)
    /// No record type has this name; `types` are the names there are.
    case unknownType(name: String, types: [String])

    // Exporting and rebuilding sheets
    /// A filter was given for a type whose export has every record (accounts, customers …).
    case filterNotTaken(type: String, filter: RecordExportFilter.Narrowing)
    /// An export was narrowed to a customer and a vendor at once.
    case customerAndVendor
    /// The export's dates do not make a range.
    case dates(DateRangeError)
    /// The export's customer or vendor is not in the company.
    case unknownName(TextValueError)
    /// An export by document number found no document.
    case noSuchDocument(company: String, type: String, number: String, dated: DateRange?)
    /// A records sheet is written to a file that is neither XLSX nor CSV.
    case unsupportedOutput(file: String)
    /// A records sheet kept in a workbook's manifest was asked to be rebuilt into a CSV file.
    case rebuildNeedsWorkbook(file: String)
    /// An export has more rows than an XLSX sheet holds.
    case tooManyRows(file: String, limit: Int)

    // Reading a sheet to post
    /// The file to post does not exist.
    case missingFile(path: String)
    /// The file to post cannot be opened for reading.
    case unreadableFile(path: String)
    /// A sheet was named for a CSV file.
    case sheetOfCSV(file: String)
    /// The workbook has no sheet that could hold records.
    case noRecordsSheet(file: String)
    /// No header row was found: in the first `rows` rows, or (nil) in the whole sheet.
    case noHeader(place: String, rows: Int?)
    /// Neither the command, the file nor the header says which record type the sheet holds.
    case typeUnknown(place: String, types: [String])
    /// A column appears twice in the header.
    case duplicateColumn(place: String, row: Int, column: String)
    /// The header lacks required columns of `type`.
    case missingColumns(place: String, row: Int, columns: [String], type: String)
    /// The result columns the header lacks do not fit after its last column.
    case noRoomForResults(place: String, row: Int, column: String, titles: [String])
    /// The results could not be written back into the posted file; `ledgerChanged` says whether the run changed the ledger.
    case resultsNotWritten(reason: String, ledgerChanged: Bool)

    public var description: String {
        switch self {
        case .templatesUnreadable(let folder):
            "cannot list the record templates in \(folder); reinstall ledgersync or set LEDGERSYNC_TEMPLATES"
        case .invalidTemplate(let file, let reason):
            "record template \(file) is not valid: \(reason)"
        case .unknownType(let name, let types):
            "no record type \"\(name)\"; the types are \(types.joined(separator: ", "))"
        case .filterNotTaken(let type, let filter):
            "\(type) does not take \(filter.option): its export has every record; --from/--to, --customer, --vendor and --number narrow exports of documents"
        case .customerAndVendor:
            "give --customer or --vendor, not both"
        case .dates(let error):
            error.description
        case .unknownName(let error):
            error.description
        case .noSuchDocument(let company, let type, let number, let dated):
            "\(company) has no posted \(type) numbered \"\(number)\"\(dated.map { " dated \($0)" } ?? "")"
        case .unsupportedOutput(let file):
            "\(file): write to a .xlsx or .csv file"
        case .rebuildNeedsWorkbook(let file):
            "\(file): a records sheet is rebuilt into an .xlsx workbook"
        case .tooManyRows(let file, let limit):
            "\(file): more rows than a sheet holds (\(limit)); narrow the export with --from and --to, or write a .csv file"
        case .missingFile(let path):
            "\(path) does not exist"
        case .unreadableFile(let path):
            "cannot read \(path)"
        case .sheetOfCSV(let file):
            "--sheet is for XLSX workbooks; \(file) is a CSV file"
        case .noRecordsSheet(let file):
            "\(file) has no sheet of records; name one with --sheet"
        case .noHeader(let place, let rows):
            "\(place): no header row with a Post column\(rows.map { " in the first \($0) rows" } ?? ""); start from a template (ledgersync records template)"
        case .typeUnknown(let place, let types):
            "\(place): cannot tell which records the sheet holds; say with --type (\(types.joined(separator: ", ")))"
        case .duplicateColumn(let place, let row, let column):
            "\(place), row \(row): the column \"\(column)\" appears twice; delete one"
        case .missingColumns(let place, let row, let columns, let type):
            "\(place), row \(row): the header has no \(columns.map { "\"\($0)\"" }.joined(separator: ", ")) column; add \(columns.count == 1 ? "it" : "them") (see the \(type) template)"
        case .noRoomForResults(let place, let row, let column, let titles):
            "\(place), row \(row), column \(column): no room after the header's last column for \(titles.joined(separator: ", ")); add those columns inside the header or clear the cells at its right end"
        case .resultsNotWritten(let reason, let ledgerChanged):
            ledgerChanged
                ? "\(reason); the ledger was updated, so post the file again to write the results into it (its rows will come back Unchanged)"
                : "\(reason); the ledger is as it was (no row changed it)"
        }
    }
}
