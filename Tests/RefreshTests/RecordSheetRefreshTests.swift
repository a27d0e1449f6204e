import Foundation
import Ledger
import LedgerStore
import Records
import Refresh
import Spreadsheet
import TestTools
import Testing
import XLSXReading

/// Refreshing records workbooks: an export written again with its filter, keeping the user's sheets and the name
/// they gave it, guarded against edits, and named when it can no longer be written; a template's drop-down lists
/// brought up to date around the rows typed into it.
@Suite struct RecordSheetRefreshTests {
    typealias Books = RefreshBooks
    static let october = (from: LocalDate(year: 2026, month: 10, day: 1)!, to: LocalDate(year: 2026, month: 10, day: 31)!)
    static let entrySheet = "Invoices and Bills"

    static let recordTypes = Result<RecordTypeCatalog, Error> {
        try RecordTypeCatalog(templatesFolder: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../Templates").standardized)
    }

    func options(force: Bool = false, dryRun: Bool = false) -> RefreshOptions {
        var options = RefreshOptions(asOf: Books.october15, today: LocalDate(year: 2026, month: 11, day: 21)!)
        options.force = force
        options.dryRun = dryRun
        return options
    }

    func refresh(_ path: String, _ books: RefreshBooks, force: Bool = false, dryRun: Bool = false) throws -> [SheetRefresh] {
        try WorkbookRefresh.refresh(path, from: books.store, recordTypes: { try Self.recordTypes.get() },
                                    options: options(force: force, dryRun: dryRun))
    }

    /// October's invoices and bills exported to `file`; returns the rows written.
    @discardableResult
    func exportOctober(_ books: RefreshBooks, to file: String) throws -> Int {
        try RecordExport.write(try Self.recordTypes.get().type(named: "invoices-and-bills"), company: Books.us,
                               filter: RecordExportFilter(from: Self.october.from, to: Self.october.to), store: books.store,
                               to: books.path(file), builtAt: Date())
    }

    /// Runs an openpyxl script on `input` (as `wb`) that saves the workbook to `output`.
    func openpyxl(_ body: String, _ input: String, _ output: String) throws {
        try ExternalTool.python("import sys, openpyxl\nwb = openpyxl.load_workbook(sys.argv[1])\n\(body)\nwb.save(sys.argv[2])\n",
                                [input, output])
    }

    /// The entry sheet's rows as column name → cell value, read with the project's reader.
    static func entryRows(_ path: String, sheet: String = entrySheet) throws -> [[String: XLSXValue]] {
        let rows = try Books.rows(path, sheet: sheet)
        let header = rows.first?.cells.map { cell -> String in
            guard case .text(let text)? = cell?.value else { return "" }
            return text.hasSuffix(" *") ? String(text.dropLast(2)) : text
        } ?? []
        return rows.dropFirst().map { row in
            var cells: [String: XLSXValue] = [:]
            for (index, cell) in row.cells.enumerated() where index < header.count { cells[header[index]] = cell?.value }
            return cells
        }
    }

    /// A money cell to the cent (cells hold doubles).
    static func cents(_ value: XLSXValue?) -> Decimal? {
        guard case .number(var number)? = value else { return nil }
        var rounded = Decimal()
        NSDecimalRound(&rounded, &number, 2, .plain)
        return rounded
    }

    static func manifest(_ path: String) throws -> SheetManifest {
        try #require(try SheetManifest.read(from: XLSXReader(path: path)))
    }

    @Test func anExportGetsTheLedgersNewRowsAndTheWorkbookStaysPostable() throws {
        let books = try RefreshBooks()
        let written = try exportOctober(books, to: "built.xlsx")
        let path = books.path("october.xlsx")
        try openpyxl("""
            ws = wb.create_sheet("Notes"); ws["A1"] = "my notes"; ws["B1"] = "=COUNTA('Invoices and Bills'!B:B)"
            """, books.path("built.xlsx"), path)
        #expect(try Self.entryRows(path).count == written)

        try books.postInvoice("INV-REFRESH-R1", amount: 98_765, on: LocalDate(year: 2026, month: 10, day: 20)!)
        try books.postInvoice("INV-REFRESH-NOV", amount: 11_111, on: LocalDate(year: 2026, month: 11, day: 2)!)
        let summary = "invoices-and-bills export of Northwind Traders Inc, 2026-10-01 to 2026-10-31 (\(written + 1) rows)"

        // A dry run says what would happen and writes nothing.
        let original = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(try refresh(path, books, dryRun: true).map { $0.line(dryRun: true) } == ["would refresh \"\(Self.entrySheet)\": \(summary)"])
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == original)

        let results = try refresh(path, books)
        #expect(results.map { $0.line(dryRun: false) } == ["refreshed \"\(Self.entrySheet)\": \(summary)"])

        // The new October invoice is there; November's is not: the dates stay as exported.
        let rows = try Self.entryRows(path)
        #expect(rows.count == written + 1)
        let added = try #require(rows.first { $0["Number"] == .text("INV-REFRESH-R1") })
        #expect(added["Customer"] == .text("Great Lakes Food Market"))
        #expect(added["Date"] == .date(LocalDate(year: 2026, month: 10, day: 20)!))
        #expect(Self.cents(added["Amount"]) == Decimal(string: "987.65")!)
        #expect(!rows.contains { $0["Number"] == .text("INV-REFRESH-NOV") })

        // The user's sheet is kept; the manifest records the filter and the new fingerprint, so a second refresh
        // needs no --force.
        #expect(try XLSXReader(path: path).sheetNames == ["Instructions", Self.entrySheet, "Lists", "_ledgersync", "Notes"])
        let notes = try #require(try Books.rows(path, sheet: "Notes").first)
        #expect(notes[0]?.value == .text("my notes"))
        #expect(notes[1]?.formula == "COUNTA('Invoices and Bills'!B:B)")
        let entry = try #require(try Self.manifest(path).entries.first)
        #expect(RecordSheetRequest(json: entry.request)
                == RecordSheetRequest(records: "invoices-and-bills", company: Books.us,
                                      export: RecordExportFilter(from: Self.october.from, to: Self.october.to)))
        #expect(entry.fingerprint == (try SheetFingerprint.of(sheet: Self.entrySheet, in: XLSXReader(path: path))))
        #expect(try refresh(path, books).map(\.change) == [.rebuilt])

        // records post reads it as its own: type and company from the manifest (the books have two companies), no row
        // flagged; with every row flagged, each document is in the ledger as the sheet has it, the new invoice too
        // (its line has an amount alone, which the sheet reads as quantity 1 at that amount).
        let poster = RecordPoster(store: books.store, catalog: try Self.recordTypes.get())
        var dryRun = RecordPostOptions(user: "bookkeeper")
        dryRun.dryRun = true
        let report = try poster.post(path, options: dryRun)
        #expect(report.recordType == "invoices-and-bills")
        #expect(report.company == Books.us)
        #expect(report.sheet == Self.entrySheet)
        #expect(report.counts == PostRunCounts() && report.problems.isEmpty)
        let flagged = books.path("flagged.xlsx")
        try openpyxl("""
            ws = wb["Invoices and Bills"]
            header = [c.value for c in ws[1]]
            post = header.index("Post") + 1
            for row in range(2, ws.max_row + 1):
                ws.cell(row=row, column=post, value="yes")
            """, path, flagged)
        let posted = try poster.post(flagged, options: dryRun)
        #expect(posted.problems == [])
        #expect(posted.counts.unchanged == Set(rows.compactMap { $0["Record ID"].map { "\($0)" } }).count)
        #expect(posted.counts.posted + posted.counts.updated + posted.counts.voided + posted.counts.errors == 0)

        // LibreOffice opens it and saves it again with every row and the new invoice, its formulas recalculated.
        let resaved = try ExternalTool.libreOfficeConvert(path, to: "xlsx", into: books.path("resaved"))
        let reread = try Self.entryRows(resaved)
        #expect(reread.count == written + 1)
        #expect(reread.map { Self.cents($0["Amount"]) } == rows.map { Self.cents($0["Amount"]) })
        #expect(reread.contains { $0["Number"] == .text("INV-REFRESH-R1") })
    }

    @Test func aRenamedExportKeepsItsName() throws {
        let books = try RefreshBooks()
        try exportOctober(books, to: "built.xlsx")
        let path = books.path("renamed.xlsx")
        // As Excel renames a sheet: the anchor formula in _ledgersync follows it.
        try openpyxl("""
            wb["Invoices and Bills"].title = "October"
            wb["_ledgersync"]["E2"] = "=ROWS('October'!$1:$1048576)"
            """, books.path("built.xlsx"), path)
        try books.postInvoice("INV-REFRESH-R2", amount: 4_200, on: LocalDate(year: 2026, month: 10, day: 5)!)

        #expect(try refresh(path, books).map(\.sheet) == ["October"])
        #expect(try XLSXReader(path: path).sheetNames == ["Instructions", "October", "Lists", "_ledgersync"])
        #expect(try Self.entryRows(path, sheet: "October").contains { $0["Number"] == .text("INV-REFRESH-R2") })
        #expect(try Self.manifest(path).entries.map(\.sheet) == ["October"])
    }

    @Test func aTemplateGetsTheLedgersNewNamesAndKeepsTheTypedRows() throws {
        let books = try RefreshBooks()
        let built = books.path("built.xlsx")
        try RecordTemplate.write(try Self.recordTypes.get().type(named: "invoices-and-bills"), company: Books.us,
                                 store: books.store, to: built, builtAt: Date())
        let path = books.path("template.xlsx")
        try openpyxl("""
            ws = wb["Invoices and Bills"]
            ws.append(["yes", "Invoice", "INV-TYPED-1", "Great Lakes Food Market", None, "2026-10-12"])
            ws.append([None, "Invoice", "INV-TYPED-1", "Great Lakes Food Market", None, "2026-10-12", None, "second line"])
            """, built, path)
        let typed = try Books.rows(path, sheet: Self.entrySheet)
        let entryBefore = try #require(try Self.manifest(path).entries.first)
        let customer = "Zephyr Refresh Foods"
        #expect(try !Self.customers(path).names.contains(customer))

        try books.store.write { writer in
            _ = try writer.addParty(companyID: try writer.reader.company(named: Books.us).id, kind: .customer, name: customer)
        }
        let results = try refresh(path, books)

        #expect(results.map { $0.line(dryRun: false) }
                == ["refreshed \"\(Self.entrySheet)\": drop-down lists of the invoices-and-bills template of Northwind Traders Inc"])
        let lists = try Self.customers(path)
        #expect(lists.names.contains(customer))
        #expect(lists.range == "Lists!$\(lists.column)$2:$\(lists.column)$\(lists.names.count + 1)")
        // The typed rows are untouched, and the entry sheet's manifest row is as it was: it was not rebuilt.
        #expect(try Books.rows(path, sheet: Self.entrySheet) == typed)
        #expect(try Self.manifest(path).entries == [entryBefore])
        #expect(try XLSXReader(path: path).sheetNames == ["Instructions", Self.entrySheet, "Lists", "_ledgersync"])
    }

    /// The Customers list of a records workbook as openpyxl reads it: its names on the Lists sheet, its column
    /// letter, and the range its defined name refers to.
    static func customers(_ path: String) throws -> (names: [String], column: String, range: String) {
        let output = try ExternalTool.python("""
            import sys, json, openpyxl
            from openpyxl.utils import get_column_letter
            wb = openpyxl.load_workbook(sys.argv[1]); ws = wb["Lists"]
            column = [c.value for c in ws[1]].index("Customers") + 1
            names = [r[0] for r in ws.iter_rows(min_row=2, min_col=column, max_col=column, values_only=True) if r[0] is not None]
            print(json.dumps([names, get_column_letter(column), wb.defined_names["Customers"].attr_text]))
            """, [path])
        let parts = try JSONDecoder().decode([Value].self, from: Data(output.utf8))
        guard parts.count == 3, case .names(let names) = parts[0], case .text(let column) = parts[1], case .text(let range) = parts[2] else {
            throw RefreshTestFailure("unexpected openpyxl output: \(output)")
        }
        return (names, column, range)
    }

    /// A JSON array element: a list of names or a string.
    private enum Value: Decodable {
        case names([String])
        case text(String)

        init(from decoder: Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let names = try? container.decode([String].self) { self = .names(names) } else { self = .text(try container.decode(String.self)) }
        }
    }

    @Test func anEditedExportStopsTheRefreshUnlessForced() throws {
        let books = try RefreshBooks()
        try exportOctober(books, to: "built.xlsx")
        let path = books.path("book.xlsx")
        try openpyxl("""
            ws = wb["Invoices and Bills"]
            memo = [c.value for c in ws[1]].index("Memo") + 1
            ws.cell(row=2, column=memo, value="changed by hand")
            """, books.path("built.xlsx"), path)
        let original = try Data(contentsOf: URL(fileURLWithPath: path))

        #expect {
            try refresh(path, books)
        } throws: { error in
            "\(error)".hasPrefix("book.xlsx, sheet \"Invoices and Bills\": changed since LedgerSync exported it")
                && "\(error)".contains("once they are posted, add --force to refresh")
                && "\(error)".hasSuffix("nothing was written")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == original)

        #expect(try refresh(path, books, force: true).map(\.change) == [.rebuiltOverEdits])
        #expect(!(try Self.entryRows(path).contains { $0["Memo"] == .text("changed by hand") }))
        #expect(try refresh(path, books).map(\.change) == [.rebuilt])
    }

    @Test func anExportThatCanNoLongerBeWrittenNamesItsSheet() throws {
        let books = try RefreshBooks()
        try books.postInvoice("INV-REFRESH-V", amount: 2_500, on: Books.october15)
        let path = books.path("one.xlsx")
        try RecordExport.write(try Self.recordTypes.get().type(named: "invoices-and-bills"), company: Books.us,
                               filter: RecordExportFilter(number: "INV-REFRESH-V"), store: books.store, to: path, builtAt: Date())
        #expect(try refresh(path, books, dryRun: true).map(\.summary)
                == ["invoices-and-bills export of Northwind Traders Inc, number INV-REFRESH-V (1 row)"])

        try books.store.write { writer in
            let company = try writer.reader.company(named: Books.us)
            let id = try #require(try writer.reader.documentID(companyID: company.id, kind: .invoice, number: "INV-REFRESH-V"))
            _ = try writer.void(documentID: id, expectedVersion: 1)
        }
        let original = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect {
            try refresh(path, books)
        } throws: { error in
            "\(error)" == "one.xlsx, sheet \"Invoices and Bills\": Northwind Traders Inc has no posted invoices and bills numbered "
                + "\"INV-REFRESH-V\"; nothing was written"
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == original)
    }
}
