import Foundation
import Ledger
import LedgerStore
import Records
import Testing

/// The Intercompany column of accounts sheets and the Group Company column of customers and vendors sheets, which
/// tell group reports what to eliminate.
@Suite("Marking accounts, customers and vendors intercompany from sheets")
struct IntercompanyPostingTests {
    @Test("Intercompany = yes flags an account; its export posts back unchanged; flipping the flag is an update")
    func accountFlag() throws {
        let books = try PostingBooks()
        let report = try books.post(try books.write("accounts.csv", """
            Post,Number,Name,Type,Intercompany
            yes,4510,Intercompany Royalties,Income,Y
            yes,6950,Consulting,Expense,
            yes,6960,Hotels,Expense,maybe

            """))
        #expect(report.counts.posted == 2)
        #expect(report.problems == ["accounts.csv, row 4, column \"Intercompany\": \"maybe\" is not yes or no; type yes or no (blank means no)"])
        let royalties = try account(books, "4510"), consulting = try account(books, "6950")
        #expect(royalties.isIntercompany && !consulting.isIntercompany)

        let exported = try books.exportAndPostAgain("accounts")
        #expect(exported.contains(",4510,Intercompany Royalties,Income,,,yes,"))

        let flipped = try books.post(try books.write("flipped.csv", """
            Post,Number,Name,Type,Intercompany,Record ID,Version
            yes,4510,Intercompany Royalties,Income,no,\(royalties.id),1
            yes,6950,Consulting,Expense,yes,\(consulting.id),1

            """)) { $0.type = "accounts" }
        #expect(flipped.counts.updated == 2, "\(flipped.problems)")
        #expect(try !account(books, "4510").isIntercompany)
        #expect(try account(books, "6950").isIntercompany)
    }

    @Test("A sheet without the Intercompany column leaves the flag as it is: the same row is unchanged, an edit keeps it")
    func sheetWithoutTheColumn() throws {
        let books = try PostingBooks()
        let fees = try account(books, "4500")
        #expect(fees.isIntercompany)
        let same = try books.post(try books.write("same.csv", """
            Post,Number,Name,Type,Parent,Group Code,Record ID,Version
            yes,4500,Intercompany Management Fees,Income,,G4500,\(fees.id),1

            """)) { $0.type = "accounts" }
        #expect(same.counts.unchanged == 1, "\(same.problems)")
        let renamed = try books.post(try books.write("renamed.csv", """
            Post,Number,Name,Type,Parent,Group Code,Record ID,Version
            yes,4500,Management Fees from Subsidiaries,Income,,G4500,\(fees.id),1

            """)) { $0.type = "accounts" }
        #expect(renamed.counts.updated == 1, "\(renamed.problems)")
        let stored = try #require(try books.store.read { try $0.account(id: fees.id) })
        #expect(stored.name == "Management Fees from Subsidiaries" && stored.isIntercompany)
    }

    @Test("Group Company links a customer to another company by name in any case; unknown names and the sheet's own company are refused")
    func customerGroupCompany() throws {
        let books = try PostingBooks()
        let report = try books.post(try books.write("customers.csv", """
            Post,Name,Terms,Group Company
            yes,Northwind Canada Branch,30,northwind canada ltd
            yes,Northwind Ireland,30,Nortwind UK Ltd
            yes,Northwind Head Office,30,Northwind Traders Inc

            """))
        #expect(report.counts.posted == 1)
        #expect(report.problems == [
            "customers.csv, row 3, column \"Group Company\": no company named \"Nortwind UK Ltd\" in this ledger (did you mean \"Northwind UK Ltd\"?)",
            "customers.csv, row 4, column \"Group Company\": Northwind Traders Inc is this sheet's own company; name the other company this customer is, or leave it blank",
        ])
        let canada = try books.company("Northwind Canada Ltd"), uk = try books.company(PostingBooks.uk)
        let branch = try #require(try party(books, .customer, "Northwind Canada Branch"))
        #expect(branch.intercompanyCompanyID == canada.id)

        let exported = try books.exportAndPostAgain("customers")
        #expect(exported.contains(",Northwind Canada Branch,,,,,,Net 30,Northwind Canada Ltd,yes,"))

        let moved = try books.post(try books.write("moved.csv", """
            Post,Name,Terms,Group Company,Record ID,Version
            yes,Northwind Canada Branch,30,Northwind UK Ltd,\(branch.id),1

            """)) { $0.type = "customers" }
        #expect(moved.counts.updated == 1, "\(moved.problems)")
        #expect(try party(books, .customer, "Northwind Canada Branch")?.intercompanyCompanyID == uk.id)
    }

    @Test("A vendor's Group Company is stored, and a blank one on an edit makes it an outside vendor again")
    func vendorGroupCompany() throws {
        let books = try PostingBooks()
        let us = try books.company()
        let parent = try #require(try party(books, .vendor, PostingBooks.us, company: PostingBooks.uk))
        #expect(parent.intercompanyCompanyID == us.id)
        let cleared = try books.post(try books.write("vendors.csv", """
            Post,Name,Terms,Group Company,Record ID,Version
            yes,Northwind Traders Inc,30,,\(parent.id),1

            """), company: PostingBooks.uk) { $0.type = "vendors" }
        #expect(cleared.counts.updated == 1, "\(cleared.problems)")
        #expect(try party(books, .vendor, PostingBooks.us, company: PostingBooks.uk)?.intercompanyCompanyID == nil)
    }

    private func account(_ books: PostingBooks, _ number: String) throws -> Account {
        let company = try books.company()
        return try #require(try books.store.read { try $0.account(companyID: company.id, number: number, name: "") })
    }

    private func party(_ books: PostingBooks, _ kind: PartyKind, _ name: String, company: String = PostingBooks.us) throws -> Party? {
        let company = try books.company(company)
        return try books.store.read { try $0.party(companyID: company.id, kind: kind, named: name) }
    }
}
