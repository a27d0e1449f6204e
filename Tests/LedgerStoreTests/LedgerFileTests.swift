import Foundation
import GRDB
import Testing
import Ledger
import LedgerStore

@Suite struct LedgerFileTests {
    func temporaryPath() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("file-\(UUID().uuidString).sqlite").path
    }

    func contents(_ path: String) -> Data? { FileManager.default.contents(atPath: path) }

    @Test func missingLedgerIsAnErrorUnlessCreating() throws {
        let path = temporaryPath()
        #expect(throws: StoreError.missingLedger(path: path)) { try LedgerStore(path: path) }
        #expect(!FileManager.default.fileExists(atPath: path))
        _ = try LedgerStore(path: path, create: true)
        _ = try LedgerStore(path: path)
        try FileManager.default.removeItem(atPath: path)
    }

    @Test func textFileIsRefusedAndLeftUntouched() throws {
        let path = temporaryPath()
        try Data("date,amount\n2026-01-01,5\n".utf8).write(to: URL(fileURLWithPath: path))
        let before = contents(path)
        let error = #expect(throws: StoreError.self) { try LedgerStore(path: path, create: true) }
        #expect(error?.description.contains("is not a LedgerSync ledger (it is not an SQLite database)") == true)
        #expect(contents(path) == before)
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
        try FileManager.default.removeItem(atPath: path)
    }

    @Test func otherProgramsDatabaseIsRefusedAndLeftUntouched() throws {
        let path = temporaryPath()
        let queue = try DatabaseQueue(path: path)
        try queue.write { try $0.execute(sql: "CREATE TABLE notes (text TEXT); INSERT INTO notes VALUES ('keep me')") }
        try queue.close()
        let before = contents(path)
        #expect(throws: StoreError.notALedger(path: path, reason: "it is an SQLite database of another program")) {
            try LedgerStore(path: path, create: true)
        }
        #expect(contents(path) == before)
        try FileManager.default.removeItem(atPath: path)
    }

    @Test func ledgerFromANewerVersionIsRefusedAndLeftUntouched() throws {
        let path = temporaryPath()
        _ = try LedgerStore(path: path, create: true)
        let queue = try DatabaseQueue(path: path)
        try queue.write { try $0.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99-from-the-future')") }
        try queue.close()
        let before = contents(path)
        #expect(throws: StoreError.newerSchema(path: path)) { try LedgerStore(path: path) }
        #expect(contents(path) == before)
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }

    @Test func unknownCompanySuggestsTheNearestName() throws {
        let books = try TestBooks()
        defer { books.remove() }
        let error = #expect(throws: StoreError.self) { try books.store.read { try $0.company(named: "test books") } }
        #expect(error?.description == "no company named \"test books\" (did you mean \"Test Books USD\"?)")
        #expect(try books.store.read { try $0.company(named: " TEST BOOKS usd ") }.id == books.company.id)
    }

    @Test func checkNamesTheDocumentWhoseBooksWereTamperedWith() throws {
        let books = try TestBooks(taxPercent: "0")
        defer { books.remove() }
        let invoice = try books.post(try books.invoice("INV-7", books.acme, lines: [("1", "100")]))
        let bill = try books.post(Document(companyID: books.company.id, kind: .bill, number: "B-1", partyID: books.supplier.id,
                                           date: books.date("2026-03-03"), currency: books.currency,
                                           lines: [DocumentLine(accountID: books.rent, amount: 40000)]))
        #expect(try books.store.read { try $0.check() }.isEmpty)
        let queue = try DatabaseQueue(path: books.path)
        try queue.write { db in
            try db.execute(sql: "UPDATE postings SET amount = amount + 1 WHERE document_id = ? AND account_id = ?",
                           arguments: [invoice.document.id!, books.sales])
            try db.execute(sql: "UPDATE documents SET total = total - 100 WHERE id = ?", arguments: [bill.document.id!])
        }
        try queue.close()
        let problems = try books.store.read { try $0.check() }.map(\.description)
        #expect(problems.contains("Test Books USD: invoice INV-7: postings sum to 0.01 USD, not zero"))
        #expect(problems.contains("Test Books USD: the trial balance is off by 0.01 USD: debits and credits differ"))
        #expect(problems.contains { $0.contains("accounts payable control balance -400.00 USD differs from the open bills, credits and money on account (-399.00 USD)") })
    }
}
