import Foundation
import Ledger
import LedgerStore
import Records
import Testing

@Suite("Posting invoices and bills from CSV")
struct CSVPostingTests {
    @Test("Invoices post from CSV, results go to FILE.results.csv, and posting again changes nothing")
    func postsAndIsIdempotent() throws {
        let books = try PostingBooks()
        let csv = try books.write("invoices.csv", """
            Post,Type,Number,Customer,Date,Item,Quantity,Rate,Amount,Tax Code
            yes,Invoice,INV-9001,Great Lakes Food Market,2026-03-04,Chai,10,18.00,,NY Sales Tax
            ,,,,,Chang,2,,,
            yes,Invoice,INV-9002,Hungry Coyote Import Store,03/05/2026,Aniseed Syrup,,,"$1,000.00",
            no,Invoice,INV-9003,Hungry Coyote Import Store,2026-03-05,Chai,1,,,

            """)
        let report = try books.post(csv)
        #expect(report.problems == [])
        #expect(report.counts.posted == 2)
        #expect(report.counts.errors == 0)
        let results = try String(contentsOfFile: books.path("invoices.results.csv"), encoding: .utf8)
        #expect(results.contains("done,Invoice,INV-9001"))
        #expect(results.contains("Posted"))
        let company = try books.company()
        let total = try books.store.read { reader in
            try reader.documentID(companyID: company.id, kind: .invoice, number: "INV-9001").flatMap { try reader.document(id: $0) }
        }
        #expect(total?.lines.count == 2)
        #expect(total?.lines.map(\.amount) == [18000, 3998])
        #expect(try books.check() == [])

        let again = try books.post(csv)
        #expect(again.counts.posted == 0)
        #expect(again.counts.unchanged == 2)
    }
}
