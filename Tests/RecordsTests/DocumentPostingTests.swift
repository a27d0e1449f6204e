import Foundation
import Ledger
import LedgerStore
import Records
import Testing

@Suite("Posting payments, journal entries, edits and voids")
struct DocumentPostingTests {
    private func document(_ books: PostingBooks, _ kind: DocumentKind, _ number: String) throws -> Document? {
        let company = try books.company()
        return try books.store.read { reader in
            try reader.documentID(companyID: company.id, kind: kind, number: number).flatMap { try reader.document(id: $0) }
        }
    }

    private func postInvoices(_ books: PostingBooks) throws {
        let report = try books.post(try books.write("invoices.csv", """
            Post,Type,Number,Customer,Date,Item,Quantity,Rate
            yes,Invoice,INV-1,Great Lakes Food Market,2026-03-02,Chai,10,18
            yes,Invoice,INV-2,Great Lakes Food Market,2026-03-03,Chai,5,18
            yes,Credit Memo,CM-1,Great Lakes Food Market,2026-03-04,Chai,1,18

            """))
        #expect(report.counts.posted == 3)
    }

    @Test("A CSV with a BOM, semicolons, reordered columns and pasted-looking values posts as typed")
    func pastedCSV() throws {
        let books = try PostingBooks()
        let text = "\u{FEFF}number*;DATE;post;Notes;customer;type;Rate;quantity;Memo;Amount\r\n"
            + "INV-77;3/4/2026;Y;from email;great lakes food market;invoice;\"$1,234.50\";2;'=not a formula;\"$2,469.00\"\r\n"
            + ";;;;;;;;;(100.00)\r\n"
        let report = try books.post(try books.write("pasted.csv", text)) { _ in }
        #expect(report.problems == ["pasted.csv, row 2, column \"Account\": each line needs an Item or an Account; fill in the Account",
                                    "pasted.csv, row 3, column \"Account\": each line needs an Item or an Account; fill in the Account"])
        #expect(report.warnings == ["pasted.csv, row 1: ignoring column \"Notes\", not part of invoices-and-bills"])

        let fixed = "\u{FEFF}number*;DATE;post;Notes;customer;type;Rate;quantity;Memo;Amount;Account\r\n"
            + "INV-77;3/4/2026;Y;from email;great lakes food market;invoice;\"$1,234.50\";2;'=not a formula;\"$2,469.00\";4010\r\n"
            + ";;;;;;;;;(100.00);4030 Sales Discounts\r\n"
        let posted = try books.post(try books.write("pasted.csv", fixed))
        #expect(posted.problems == [])
        #expect(posted.counts.posted == 1)
        let invoice = try #require(try document(books, .invoice, "INV-77"))
        #expect(invoice.date == LocalDate(year: 2026, month: 3, day: 4))
        #expect(invoice.memo == "=not a formula")
        #expect(invoice.lines.map(\.amount) == [246_900, -10_000])
        #expect(try books.check() == [])
        let results = try Data(contentsOf: URL(fileURLWithPath: books.path("pasted.results.csv")))
        #expect(results.starts(with: [0xEF, 0xBB, 0xBF]), "the results keep the input's byte-order mark")
        let lines = String(decoding: results.dropFirst(3), as: UTF8.self).components(separatedBy: "\r\n")
        #expect(lines[0].hasPrefix("number*;DATE;post;Notes;customer;type;Rate;quantity;Memo;Amount;Account;"), "its delimiter and column order")
        #expect(lines[1].hasPrefix("INV-77;3/4/2026;done;"), "\(lines[1])")
    }

    @Test("Payments settle invoices and credits by number; paying more than is open is refused")
    func payments() throws {
        let books = try PostingBooks()
        try postInvoices(books)
        let report = try books.post(try books.write("payments.csv", """
            Post,Type,Number,Customer,Date,Bank Account,Applied To,Amount
            yes,Customer Payment,PMT-1,Great Lakes Food Market,2026-03-20,1010 Operating Account - Chase,INV-1,180.00
            ,,,,,,CM-1,18.00
            yes,Customer Payment,PMT-2,Great Lakes Food Market,2026-03-21,1010,INV-2,500.00
            yes,Customer Payment,PMT-3,Great Lakes Food Market,2026-03-21,1010,INV-404,5.00

            """))
        #expect(report.counts.posted == 1)
        #expect(report.counts.errors == 2)
        #expect(report.problems.contains { $0.hasPrefix("payments.csv, row 4: ") && $0.contains("but only 90.00 USD is open") })
        #expect(report.problems.contains { $0.contains("row 5, column \"Applied To\": no invoice, credit memo or customer payment numbered \"INV-404\"") })
        let payment = try #require(try document(books, .customerPayment, "PMT-1"))
        #expect(payment.applications.map(\.amount).sorted() == [1800, 18000])
        #expect(try books.check() == [])
    }

    @Test("Journal entries post by Debit and Credit; an unbalanced entry is refused whole")
    func journalEntries() throws {
        let books = try PostingBooks()
        let report = try books.post(try books.write("journal.csv", """
            Post,Number,Date,Account,Debit,Credit,Description,Class
            yes,JE-1,2026-03-31,6110 Wages and Salaries,"1,500.00",,March wages,Retail
            ,,,1010,,"1,500.00",,
            yes,JE-2,2026-03-31,6110,100,,,
            ,,,1010,,99.99,,

            """), company: nil) { $0.company = PostingBooks.us }
        #expect(report.counts.posted == 1)
        #expect(report.counts.errors == 1)
        #expect(report.problems.count == 1)
        #expect(report.problems[0].hasPrefix("journal.csv, rows 4-5: "))
        let entry = try #require(try document(books, .journalEntry, "JE-1"))
        #expect(entry.lines.map(\.amount) == [150_000, -150_000])
        #expect(entry.lines[0].classID != nil)
        #expect(try books.check() == [])
    }

    @Test("An export row edited and posted updates; a stale version is a conflict; void voids; posting again is unchanged")
    func editAndVoid() throws {
        let books = try PostingBooks()
        try postInvoices(books)
        let invoice = try #require(try document(books, .invoice, "INV-1"))
        let id = try #require(invoice.id)
        let edit = try books.write("edit.csv", """
            Post,Type,Number,Customer,Date,Item,Quantity,Rate,Record ID,Version
            yes,Invoice,INV-1,Great Lakes Food Market,2026-03-02,Chai,12,18,\(id),1

            """)
        let updated = try books.post(edit)
        #expect(updated.counts.updated == 1)
        #expect(try document(books, .invoice, "INV-1")?.lines.first?.amount == 21_600)
        #expect(try document(books, .invoice, "INV-1")?.version == 2)
        let results = try String(contentsOfFile: books.path("edit.results.csv"), encoding: .utf8)
        #expect(results.contains("done,Invoice,INV-1,Great Lakes Food Market,2026-03-02,Chai,12,18,\(id),2,Updated"))

        let stale = try books.post(try books.write("stale.csv", """
            Post,Type,Number,Customer,Date,Item,Quantity,Rate,Record ID,Version
            yes,Invoice,INV-1,Great Lakes Food Market,2026-03-02,Chai,99,18,\(id),1

            """))
        #expect(stale.counts.errors == 1)
        #expect(stale.problems.first?.contains("was changed since version 1 (it is now version 2)") == true)

        let noID = try books.post(try books.write("again.csv", """
            Post,Type,Number,Customer,Date,Item,Quantity,Rate
            yes,Invoice,INV-1,Great Lakes Food Market,2026-03-02,Chai,99,18

            """))
        #expect(noID.problems.first?.contains("already in the ledger with different content") == true)

        let void = try books.post(try books.write("void.csv", """
            Post,Action,Type,Number,Customer,Date,Item,Quantity,Rate,Record ID,Version
            yes,void,Invoice,INV-1,Great Lakes Food Market,2026-03-02,Chai,12,18,\(id),2

            """))
        #expect(void.counts.voided == 1)
        #expect(try document(books, .invoice, "INV-1")?.status == .void)
        #expect(try books.check() == [])
        let voidAgain = try books.post(books.path("void.csv"))
        #expect(voidAgain.counts.voided == 0)
        #expect(voidAgain.counts.unchanged == 1)
        #expect(voidAgain.results[2]?.message == "invoice INV-1 is already void")
        #expect(try books.post(books.path("void.results.csv")).results.isEmpty)
    }

    @Test("A void row needs only Type, Number, Record ID and Version; a sheet of those alone still refuses a row that is not a void")
    func voidNeedsOnlyItsIdentity() throws {
        let books = try PostingBooks()
        try postInvoices(books)
        let invoice = try #require(try document(books, .invoice, "INV-2"))
        let report = try books.post(try books.write("voids.csv", """
            Post,Type,Number,Action,Record ID,Version
            yes,Invoice,INV-2,void,\(invoice.id!),1
            yes,Invoice,INV-9,,,

            """)) { $0.type = "invoices-and-bills" }
        #expect(report.counts.voided == 1)
        #expect(report.problems == ["voids.csv, row 3, column \"Date\": a value is required here",
                                    "voids.csv, row 3, column \"Customer\": an invoice needs a customer",
                                    "voids.csv, row 3, column \"Account\": each line needs an Item or an Account; fill in the Account"])
        #expect(try document(books, .invoice, "INV-2")?.status == .void)
        #expect(try document(books, .invoice, "INV-9") == nil)
        #expect(try books.check() == [])
    }

    @Test("A later row contradicting its document's header, or a Post value that is neither yes nor blank, is an error")
    func contradictions() throws {
        let books = try PostingBooks()
        let report = try books.post(try books.write("bad.csv", """
            Post,Type,Number,Customer,Date,Item,Quantity
            yes,Invoice,INV-5,Great Lakes Food Market,2026-03-02,Chai,1
            ,Invoice,INV-5,Hungry Coyote Import Store,2026-03-02,Chai,1
            maybe,Invoice,INV-6,Great Lakes Food Market,2026-03-02,Chai,1

            """))
        #expect(report.counts.errors == 2)
        #expect(report.problems.contains { $0.hasPrefix("bad.csv, row 3, column \"Customer\": \"Hungry Coyote Import Store\" contradicts the Customer of this document's first row (row 2)") })
        #expect(report.problems.contains { $0.hasPrefix("bad.csv, row 4, column \"Post\": \"maybe\" is not a Post value") })
    }
}
