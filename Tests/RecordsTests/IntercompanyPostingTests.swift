import Foundation
import Ledger
import LedgerStore
import Records
import Testing

/// The Intercompany column of accounts sheets, which tells group reports what to eliminate.
@Suite("Marking accounts intercompany from sheets")
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

        let exported = try exportMarkedToPost("accounts", books)
        #expect(exported.text.contains(",4510,Intercompany Royalties,Income,,,yes,"))
        let again = try books.post(exported.path) { $0.type = "accounts" }
        #expect(again.counts.unchanged == exported.rows && again.counts.posted + again.counts.updated + again.counts.errors == 0,
                "\(again.problems)")

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

    private func account(_ books: PostingBooks, _ number: String) throws -> Account {
        let company = try books.company()
        return try #require(try books.store.read { try $0.account(companyID: company.id, number: number, name: "") })
    }

    /// The US company's records of `type` exported to CSV with every row marked Post = yes, as a user posts an
    /// export back: the file, its text and how many rows it has.
    private func exportMarkedToPost(_ type: String, _ books: PostingBooks) throws -> (path: String, text: String, rows: Int) {
        let path = books.path("\(type)-export.csv")
        let recordType = try RecordTypeCatalog(templatesFolder: PostingBooks.templates).type(named: type)
        try RecordExport.write(recordType, company: PostingBooks.us, filter: RecordExportFilter(), store: books.store, to: path, builtAt: Date())
        let lines = try String(contentsOfFile: path, encoding: .utf8).components(separatedBy: "\r\n").filter { !$0.isEmpty }
        let text = ([lines[0]] + lines.dropFirst().map { "yes" + $0 }).joined(separator: "\r\n") + "\r\n"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return (path, text, lines.count - 1)
    }
}
