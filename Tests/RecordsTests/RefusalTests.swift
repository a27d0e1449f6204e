import Foundation
import Ledger
import LedgerStore
import Records
import Spreadsheet
import Testing

/// What is ambiguous or wrong on an entry sheet is refused, never guessed: one line naming file, sheet, row, column
/// and the fix, and the ledger's documents as they were.
@Suite("Refusing what is ambiguous or wrong")
struct RefusalTests {
    static let sheet = "Invoices and Bills"

    /// Posts `csv` as the entry sheet of an XLSX workbook; returns the problems and whether the documents changed.
    private func post(_ csv: String, _ books: PostingBooks) throws -> (problems: [String], changed: Bool) {
        let before = try documents(books)
        let source = try books.write("entry.csv", csv)
        let path = books.path("entry.xlsx")
        try? FileManager.default.removeItem(atPath: path)
        _ = try SheetConversion.csvToXLSX(source, output: path, sheetName: Self.sheet)
        let report = try books.post(path)
        return (report.problems, try documents(books) != before)
    }

    /// Every invoice, bill and credit of the US company with its total, status and version.
    private func documents(_ books: PostingBooks) throws -> [String] {
        let company = try books.company()
        var rows: [String] = []
        try books.store.read { reader in
            for kind in [PartyKind.customer, .vendor] {
                try reader.forEachInvoiceOrBill(companyID: company.id, partyKind: kind, dates: nil, partyID: nil,
                                                paidThrough: LocalDate(year: 2099, month: 1, day: 1)!) {
                    rows.append("\($0.kind) \($0.number) \($0.total) \($0.status)")
                }
            }
        }
        return rows
    }

    private func place(_ row: Int, _ column: String) -> String {
        "entry.xlsx, sheet \"\(Self.sheet)\", row \(row), column \"\(column)\": "
    }

    @Test("An amount in another currency's symbol is refused in a USD company")
    func foreignCurrencySymbol() throws {
        let books = try PostingBooks()
        let outcome = try post("""
            Post,Type,Number,Customer,Date,Account,Amount
            yes,Invoice,INV-1,Great Lakes Food Market,2026-03-02,4010,€100.00

            """, books)
        #expect(outcome.problems == [place(2, "Amount") + "\"€100.00\" is written in another currency (€); Northwind Traders Inc keeps its books in USD: write the amount in USD, without the €"])
        #expect(!outcome.changed)
    }

    @Test("A dotted date that en_US would read month first is refused as ambiguous")
    func dottedDateInUSCompany() throws {
        let books = try PostingBooks()
        let outcome = try post("""
            Post,Type,Number,Customer,Date,Account,Amount
            yes,Invoice,INV-1,Great Lakes Food Market,04.03.2026,4010,100.00

            """, books)
        #expect(outcome.problems == [place(2, "Date") + "\"04.03.2026\" could be day.month.year (as dots usually mean) or month/day/year (en_US); write it as YYYY-MM-DD"])
        #expect(!outcome.changed)
    }

    @Test("A block of lines pasted twice inside one document is refused naming both row ranges; Line IDs allow it")
    func blockPastedTwice() throws {
        let books = try PostingBooks()
        let lines = """
            yes,Invoice,INV-1,Great Lakes Food Market,2026-03-02,Chai,10,18,%@
            ,,,,,Chang,2,19,%@
            ,,,,,Chai,10,18,%@
            ,,,,,Chang,2,19,%@

            """
        let header = "Post,Type,Number,Customer,Date,Item,Quantity,Rate,Line ID\n"
        let outcome = try post(header + String(format: lines, "", "", "", ""), books)
        #expect(outcome.problems == ["entry.xlsx, sheet \"\(Self.sheet)\", row 4: rows 4-5 repeat rows 2-3 of this document line for line, as if pasted twice; delete the copy, or give each row its own Line ID if the lines really are there twice"])
        #expect(!outcome.changed)

        let distinct = try post(header + String(format: lines, "1", "2", "3", "4"), books)
        #expect(distinct.problems == [])
        #expect(distinct.changed)
    }

    @Test("Two documents of one sheet under the same number: the later names the earlier row and the Number column")
    func sameNumberTwice() throws {
        let books = try PostingBooks()
        let outcome = try post("""
            Post,Type,Number,Customer,Date,Item,Quantity,Rate
            yes,Invoice,INV-1,Great Lakes Food Market,2026-03-02,Chai,10,18
            yes,Invoice,INV-2,Great Lakes Food Market,2026-03-02,Chai,1,18
            yes,Invoice,INV-1,Great Lakes Food Market,2026-03-03,Chang,1,19

            """, books)
        #expect(outcome.problems == [place(4, "Number") + "row 2 already starts a document numbered \"INV-1\"; give this one its own number, or move its rows up under row 2 if they belong to it"])
        let posted = try documents(books)
        #expect(posted == ["invoice INV-1 18000 posted", "invoice INV-2 1800 posted"], "the first INV-1 posts; the second does not replace it")
    }

    @Test("The same account written as a number and as a name on rows of one document is one account")
    func oneAccountWrittenTwoWays() throws {
        let books = try PostingBooks()
        let outcome = try post("""
            Post,Type,Number,Customer,Date,Deposit To,Account,Amount
            yes,Sales Receipt,SR-1,Great Lakes Food Market,2026-03-02,1010,4010,100.00
            ,,,,,Operating Account - Chase,4020,50.00

            """, books)
        #expect(outcome.problems == [])
        let company = try books.company()
        let receipt = try books.store.read { reader in
            try reader.documentID(companyID: company.id, kind: .salesReceipt, number: "SR-1").flatMap { try reader.document(id: $0) }
        }
        #expect(receipt?.lines.map(\.amount) == [10_000, 5_000])
    }

    @Test("An edited Amount on an exported line of Quantity 1 is the new amount; on a new line it must agree with the Rate")
    func editedAmountWins() throws {
        let books = try PostingBooks()
        #expect(try post("""
            Post,Type,Number,Customer,Date,Item,Quantity,Rate
            yes,Invoice,INV-1,Great Lakes Food Market,2026-03-02,Chai,1,18

            """, books).problems == [])
        let company = try books.company()
        let id = try #require(try books.store.read { try $0.documentID(companyID: company.id, kind: .invoice, number: "INV-1") })
        let edited = try post("""
            Post,Type,Number,Customer,Date,Item,Quantity,Rate,Amount,Record ID,Version
            yes,Invoice,INV-1,Great Lakes Food Market,2026-03-02,Chai,1,18,25.00,\(id),1

            """, books)
        #expect(edited.problems == [])
        #expect(try documents(books) == ["invoice INV-1 2500 posted"])

        let fresh = try post("""
            Post,Type,Number,Customer,Date,Item,Quantity,Rate,Amount
            yes,Invoice,INV-2,Great Lakes Food Market,2026-03-02,Chai,1,18,25.00

            """, books)
        #expect(fresh.problems == [place(2, "Amount") + "25.00 is not Quantity x Rate (18.00); correct one of them or clear the Amount"])
        #expect(!fresh.changed)
    }
}
