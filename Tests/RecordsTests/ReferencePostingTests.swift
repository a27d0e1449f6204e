import Foundation
import Ledger
import LedgerStore
import Records
import Testing

@Suite("Posting customers, vendors, items and accounts")
struct ReferencePostingTests {
    @Test("New customers are added; an edit needs the record ID; the same row again is unchanged")
    func customers() throws {
        let books = try PostingBooks()
        let report = try books.post(try books.write("customers.csv", """
            Post,Name,Email,Terms
            yes,Blue Harbor Deli,ap@blueharbor.example,45
            yes,Great Lakes Food Market,changed@example.com,30

            """))
        #expect(report.counts.posted == 1)
        #expect(report.counts.errors == 1)
        #expect(report.problems.first?.contains("already in the ledger with different details") == true)
        let company = try books.company()
        let added = try #require(try books.store.read { try $0.party(companyID: company.id, kind: .customer, named: "blue harbor deli") })
        let terms = try books.store.read { try $0.paymentTerms(companyID: company.id) }
        #expect(terms.first { $0.id == added.termsID }?.due == .days(45))

        let edit = try books.post(try books.write("edit.csv", """
            Post,Name,Email,Terms,Record ID,Version
            yes,Blue Harbour Deli,ap@blueharbor.example,60,\(added.id),1

            """)) { $0.type = "customers" }
        #expect(edit.counts.updated == 1)
        let edited = try #require(try books.store.read { try $0.party(id: added.id) })
        #expect(edited.name == "Blue Harbour Deli" && edited.version == 2)
        #expect(terms.first { $0.id == edited.termsID }?.name == "Net 60")
        let same = try books.post(books.path("edit.results.csv")) { $0.type = "customers" }
        #expect(same.results.isEmpty)
    }

    @Test("Accounts: a parent added in an earlier row can be named by a later one; sub-accounts keep their category")
    func accounts() throws {
        let books = try PostingBooks()
        let report = try books.post(try books.write("accounts.csv", """
            Post,Number,Name,Type,Parent
            yes,6900,Travel,Expense,
            yes,6910,Airfare,Expense,6900 Travel
            yes,6920,Hotels,Income,6900

            """))
        #expect(report.counts.posted == 2)
        #expect(report.problems.count == 1, "\(report.problems)")
        #expect(report.problems.first?.contains("a sub-account must be in its parent's category") == true)
        let company = try books.company()
        let airfare = try #require(try books.store.read { try $0.account(companyID: company.id, number: "6910", name: "") })
        let travel = try #require(try books.store.read { try $0.account(companyID: company.id, number: "6900", name: "") })
        #expect(airfare.parentID == travel.id)
    }

    @Test("Items name their accounts and tax code by label; a bad kind is refused with the choices")
    func items() throws {
        let books = try PostingBooks()
        let report = try books.post(try books.write("items.csv", """
            Post,Name,Kind,Rate,Income Account,Tax Code
            yes,Gift Basket,Product,49.95,4010 Product Sales,NY Sales Tax
            yes,Consulting Hour,Labour,150,4020,

            """))
        #expect(report.counts.posted == 1)
        #expect(report.problems == ["items.csv, row 3, column \"Kind\": \"Labour\" is not allowed here; use one of: Product, Service"])
    }
}
