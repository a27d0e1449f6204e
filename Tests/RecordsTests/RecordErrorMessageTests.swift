import Ledger
import Records
import Testing
import TestTools

/// Every way a records command refuses or fails as a whole, with the one line a user reads: the fixture is the list
/// of messages.
struct RecordErrorMessageTests {
    static let march = DateRange(from: LocalDate(year: 2026, month: 3, day: 1)!, to: LocalDate(year: 2026, month: 3, day: 31)!)

    static let fixtures: [(RecordError, String)] = [
        (.templatesUnreadable(folder: "/opt/ledgersync/Templates/records"),
         "cannot list the record templates in /opt/ledgersync/Templates/records; reinstall ledgersync or set LEDGERSYNC_TEMPLATES"),
        (.invalidTemplate(file: "invoices.json", reason: "the data is missing"),
         "record template invoices.json is not valid: the data is missing"),
        (.unknownType(name: "invoice", types: ["customers", "invoices-and-bills"]),
         "no record type \"invoice\"; the types are customers, invoices-and-bills"),
        (.filterNotTaken(type: "accounts", filter: .vendor),
         "accounts does not take --vendor: its export has every record; --from/--to, --customer, --vendor and --number narrow exports of documents"),
        (.customerAndVendor,
         "give --customer or --vendor, not both"),
        (.dates(.backwards(DateRange(from: march.to, to: march.from))),
         "--from 2026-03-31 is after --to 2026-03-01: swap them"),
        (.unknownName(TextValueError("no customer named \"Acme\" in Harbor Foods")),
         "no customer named \"Acme\" in Harbor Foods"),
        (.noSuchDocument(company: "Harbor Foods", type: "invoices and bills", number: "INV-9", dated: march),
         "Harbor Foods has no posted invoices and bills numbered \"INV-9\" dated 2026-03-01 to 2026-03-31"),
        (.unsupportedOutput(file: "invoices.ods"),
         "invoices.ods: write to a .xlsx or .csv file"),
        (.rebuildNeedsWorkbook(file: "invoices.csv"),
         "invoices.csv: a records sheet is rebuilt into an .xlsx workbook"),
        (.tooManyRows(file: "journal.xlsx", limit: 1_048_576),
         "journal.xlsx: more rows than a sheet holds (1048576); narrow the export with --from and --to, or write a .csv file"),
        (.missingFile(path: "in/bills.xlsx"),
         "in/bills.xlsx does not exist"),
        (.unreadableFile(path: "in/bills.xlsx"),
         "cannot read in/bills.xlsx"),
        (.sheetOfCSV(file: "bills.csv"),
         "--sheet is for XLSX workbooks; bills.csv is a CSV file"),
        (.noRecordsSheet(file: "bills.xlsx"),
         "bills.xlsx has no sheet of records; name one with --sheet"),
        (.noHeader(place: "bills.xlsx, sheet \"Bills\"", rows: 20),
         "bills.xlsx, sheet \"Bills\": no header row with a Post column in the first 20 rows; start from a template (ledgersync records template)"),
        (.noHeader(place: "bills.csv", rows: nil),
         "bills.csv: no header row with a Post column; start from a template (ledgersync records template)"),
        (.typeUnknown(place: "upload.csv", types: ["customers", "vendors"]),
         "upload.csv: cannot tell which records the sheet holds; say with --type (customers, vendors)"),
        (.duplicateColumn(place: "upload.csv", row: 3, column: "Amount"),
         "upload.csv, row 3: the column \"Amount\" appears twice; delete one"),
        (.missingColumns(place: "upload.csv", row: 1, columns: ["Post"], type: "customers"),
         "upload.csv, row 1: the header has no \"Post\" column; add it (see the customers template)"),
        (.missingColumns(place: "upload.csv", row: 1, columns: ["Type", "Number"], type: "invoices-and-bills"),
         "upload.csv, row 1: the header has no \"Type\", \"Number\" column; add them (see the invoices-and-bills template)"),
        (.noRoomForResults(place: "wide.xlsx, sheet \"Bills\"", row: 1, column: "XFD", titles: ["Status", "Message"]),
         "wide.xlsx, sheet \"Bills\", row 1, column XFD: no room after the header's last column for Status, Message; add those columns inside the header or clear the cells at its right end"),
        (.resultsNotWritten(reason: "bills.xlsx changed while it was posted", ledgerChanged: true),
         "bills.xlsx changed while it was posted; the ledger was updated, so post the file again to write the results into it (its rows will come back Unchanged)"),
        (.resultsNotWritten(reason: "bills.xlsx changed while it was posted", ledgerChanged: false),
         "bills.xlsx changed while it was posted; the ledger is as it was (no row changed it)"),
    ]

    @Test func eachErrorReadsAsOneLineSayingWhatToDoAndEveryCaseIsShown() {
        #expect(MessageFixtures.problems(Self.fixtures, kind: Kind.init) == [])
    }

    /// The cases of `RecordError` without their payloads; the switch stops compiling when a case is added.
    enum Kind: CaseIterable {
        case templatesUnreadable, invalidTemplate, unknownType, filterNotTaken, customerAndVendor, dates, unknownName,
             noSuchDocument, unsupportedOutput, rebuildNeedsWorkbook, tooManyRows, missingFile, unreadableFile, sheetOfCSV,
             noRecordsSheet, noHeader, typeUnknown, duplicateColumn, missingColumns, noRoomForResults, resultsNotWritten

        init(_ error: RecordError) {
            switch error {
            case .templatesUnreadable: self = .templatesUnreadable
            case .invalidTemplate: self = .invalidTemplate
            case .unknownType: self = .unknownType
            case .filterNotTaken: self = .filterNotTaken
            case .customerAndVendor: self = .customerAndVendor
            case .dates: self = .dates
            case .unknownName: self = .unknownName
            case .noSuchDocument: self = .noSuchDocument
            case .unsupportedOutput: self = .unsupportedOutput
            case .rebuildNeedsWorkbook: self = .rebuildNeedsWorkbook
            case .tooManyRows: self = .tooManyRows
            case .missingFile: self = .missingFile
            case .unreadableFile: self = .unreadableFile
            case .sheetOfCSV: self = .sheetOfCSV
            case .noRecordsSheet: self = .noRecordsSheet
            case .noHeader: self = .noHeader
            case .typeUnknown: self = .typeUnknown
            case .duplicateColumn: self = .duplicateColumn
            case .missingColumns: self = .missingColumns
            case .noRoomForResults: self = .noRoomForResults
            case .resultsNotWritten: self = .resultsNotWritten
            }
        }
    }
}
