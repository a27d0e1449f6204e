import Foundation
import Testing
import Ledger
import LedgerStore

@Suite struct PostingTests {
    @Test func postedInvoiceBalancesAndKeepsTheBooksSound() throws {
        let books = try TestBooks()
        defer { books.remove() }
        let saved = try books.post(try books.invoice("INV-1", books.acme, lines: [("1.5", "19.99"), ("3", "4.25"), ("2.25", "100.01")]))
        #expect(saved.total == 29152)
        let postings = try books.store.read { try $0.postings(documentID: saved.document.id!) }
        #expect(postings.reduce(0) { $0 + $1.amount } == 0)
        #expect(try books.balance(books.receivables) == 29152)
        #expect(try books.balance(books.accounts["2200"]!.id) == -2376)
        let trialBalance = try books.store.read { try $0.trialBalance(companyID: books.company.id) }
        #expect(trialBalance.map(\.balance).reduce(0, +) == 0)
        #expect(try books.store.read { try $0.check() }.isEmpty)
        // The stored document reads back as it was posted, line taxes included in the total.
        let stored = try books.store.read { try $0.document(id: saved.document.id!) }
        #expect(stored?.lines.map(\.amount) == [2999, 1275, 22502])
        #expect(stored?.lines.first?.quantity == Decimal(string: "1.5"))
    }

    @Test func paymentAcrossTwoInvoicesSettlesExactlyWhatItSays() throws {
        let books = try TestBooks(taxPercent: "0")
        defer { books.remove() }
        let first = try books.post(try books.invoice("INV-1", books.acme, lines: [("1", "100")]))
        let second = try books.post(try books.invoice("INV-2", books.acme, lines: [("1", "50")]))
        let payment = try books.post(books.payment("PMT-1", books.acme, [(first, 10000), (second, 3000)]))
        #expect(payment.total == 13000)
        #expect(try books.open(first) == 0)
        #expect(try books.open(second) == 2000)
        #expect(try books.balance(books.receivables) == 2000)
        #expect(try books.balance(books.checking) == 13000)
        #expect(try books.store.read { try $0.check() }.isEmpty)
    }

    @Test func creditMemoAppliedInAPaymentReducesTheCashNeeded() throws {
        let books = try TestBooks(taxPercent: "0")
        defer { books.remove() }
        let invoice = try books.post(try books.invoice("INV-1", books.acme, lines: [("1", "100")]))
        let credit = try books.post(try books.invoice("CM-1", books.acme, lines: [("1", "15")], kind: .creditMemo))
        #expect(try books.balance(books.receivables) == 8500)
        let payment = try books.post(books.payment("PMT-1", books.acme, [(invoice, 10000), (credit, 1500)]))
        #expect(payment.total == 8500)
        #expect(try books.open(invoice) == 0 && books.open(credit) == 0)
        #expect(try books.balance(books.receivables) == 0)
        #expect(try books.store.read { try $0.check() }.isEmpty)
    }

    @Test func paymentLargerThanWhatIsOpenIsRefusedAndChangesNothing() throws {
        let books = try TestBooks(taxPercent: "0")
        defer { books.remove() }
        let invoice = try books.post(try books.invoice("INV-1", books.acme, lines: [("1", "50")]))
        let before = try books.tableCounts()
        let error = #expect(throws: StoreError.self) { try books.post(books.payment("PMT-1", books.acme, [(invoice, 6000)])) }
        #expect(error?.description == "customer payment PMT-1 applies 60.00 USD to invoice INV-1, but only 50.00 USD is open on it; apply 50.00 USD and leave the rest on account (a row with a blank Applied To)")
        #expect(try books.tableCounts() == before)
        // Nor may a payment settle another customer's invoice.
        #expect(throws: StoreError.self) { try books.post(books.payment("PMT-2", books.bistro, [(invoice, 100)])) }
        #expect(try books.tableCounts() == before)
    }

    @Test func failedDocumentInABatchRollsBackTheWholeBatch() throws {
        let books = try TestBooks()
        defer { books.remove() }
        let before = try books.tableCounts()
        let unbalanced = Document(companyID: books.company.id, kind: .journalEntry, number: "JE-1", date: books.date("2026-03-31"),
                                  currency: books.currency, lines: [DocumentLine(accountID: books.rent, amount: 100_000),
                                                                    DocumentLine(accountID: books.checking, amount: -99_999)])
        let error = #expect(throws: StoreError.self) {
            try books.store.write { writer in
                try writer.post(try books.invoice("INV-1", books.acme, lines: [("1", "10")]))
                try writer.post(unbalanced)
            }
        }
        #expect(error?.description == "journal entry JE-1 does not balance: debits 1000.00, credits 999.99 (difference 0.01)")
        #expect(try books.tableCounts() == before)
    }

    @Test func voidedDocumentNetsToZeroAndKeepsItsHistory() throws {
        let books = try TestBooks()
        defer { books.remove() }
        let invoice = try books.post(try books.invoice("INV-1", books.acme, lines: [("2", "40")]))
        let payment = try books.post(books.payment("PMT-1", books.acme, [(invoice, 5000)]))
        // A paid invoice cannot be voided until the payment is.
        let refused = #expect(throws: StoreError.self) {
            try books.store.write { try $0.void(documentID: invoice.document.id!, expectedVersion: 1) }
        }
        #expect(refused?.description.contains("is settled by PMT-1") == true)
        _ = try books.store.write { try $0.void(documentID: payment.document.id!, expectedVersion: 1) }
        #expect(try books.open(invoice) == invoice.total)
        let voided = try books.store.write { try $0.void(documentID: invoice.document.id!, expectedVersion: 1) }
        #expect(voided.status == .void && voided.version == 2)
        #expect(try books.store.read { try $0.postings(documentID: invoice.document.id!) }.isEmpty)
        #expect(try books.balance(books.receivables) == 0 && books.balance(books.checking) == 0)
        #expect(try books.store.read { try $0.document(id: invoice.document.id!) }?.lines.count == 1)
        #expect(try books.tableCounts()["audit_log"] == 4)
        #expect(try books.store.read { try $0.check() }.isEmpty)
    }

    @Test func editingReplacesPostingsWithoutLeavingStrays() throws {
        let books = try TestBooks()
        defer { books.remove() }
        var invoice = try books.post(try books.invoice("INV-1", books.acme, lines: [("1", "10"), ("2", "20"), ("3", "30")])).document
        let other = try books.post(try books.invoice("INV-2", books.bistro, lines: [("1", "5")]))
        invoice.lines = [try DocumentLine.priced(accountID: books.services, quantity: 4, rate: Decimal(string: "12.5")!, currency: books.currency)]
        let edited = try books.store.write { try $0.replace(invoice) }
        #expect(edited.document.version == 2 && edited.total == 5000)
        let postings = try books.store.read { try $0.postings(documentID: invoice.id!) }
        #expect(Set(postings.map(\.accountID)) == [books.services, books.receivables])
        #expect(try books.balance(books.sales) == -500 && books.balance(books.accounts["2200"]!.id) == -44)
        #expect(try books.balance(books.receivables) == 5000 + other.total)
        #expect(try books.tableCounts()["document_lines"] == 2)
        #expect(try books.store.read { try $0.check() }.isEmpty)
        // The editor's copy is now stale: a second edit from version 1 is a conflict that changes nothing.
        let before = try books.tableCounts()
        let conflict = #expect(throws: StoreError.self) { try books.store.write { try $0.replace(invoice) } }
        #expect(conflict?.description.contains("was changed since version 1") == true)
        #expect(try books.tableCounts() == before)
    }

    @Test func editCannotCutAnInvoiceBelowWhatIsPaid() throws {
        let books = try TestBooks(taxPercent: "0")
        defer { books.remove() }
        let invoice = try books.post(try books.invoice("INV-1", books.acme, lines: [("1", "100")]))
        try books.post(books.payment("PMT-1", books.acme, [(invoice, 8000)]))
        var edited = invoice.document
        edited.lines[0].amount = 5000
        #expect(throws: StoreError.self) { try books.store.write { try $0.replace(edited) } }
        edited.lines[0].amount = 9000
        #expect(try books.store.write { try $0.replace(edited) }.total == 9000)
        #expect(try books.open(invoice) == 1000)
    }

    @Test func documentNumbersAreUniquePerKind() throws {
        let books = try TestBooks()
        defer { books.remove() }
        try books.post(try books.invoice("INV-1", books.acme, lines: [("1", "1")]))
        let duplicate = try books.invoice("INV-1", books.bistro, lines: [("1", "2")])
        let error = #expect(throws: StoreError.self) { try books.post(duplicate) }
        #expect(error?.description == "Test Books USD already has invoice INV-1; give this one another number, or edit that one")
        try books.post(try books.invoice("INV-1", books.acme, lines: [("1", "1")], kind: .creditMemo))
    }

    @Test func journalEntriesCannotBypassTheControlAccounts() throws {
        let books = try TestBooks()
        defer { books.remove() }
        let entry = Document(companyID: books.company.id, kind: .journalEntry, number: "JE-1", date: books.date("2026-03-31"),
                             currency: books.currency, lines: [DocumentLine(accountID: books.receivables, amount: 100),
                                                               DocumentLine(accountID: books.sales, amount: -100)])
        let error = #expect(throws: StoreError.self) { try books.post(entry) }
        #expect(error?.description.contains("control account") == true)
    }

    @Test(arguments: [("JPY", "3", "333.5", Int64(1001), Int64(100)), ("BHD", "3", "0.3335", 1001, 100)])
    func zeroAndThreeDecimalCurrenciesRoundToTheirMinorUnit(code: String, quantity: String, rate: String, amount: Int64, tax: Int64) throws {
        let books = try TestBooks(currency: code, taxPercent: "10")
        defer { books.remove() }
        let saved = try books.post(try books.invoice("INV-1", books.acme, lines: [(quantity, rate)]))
        // JPY: 3 × 333.5 = 1000.5 → 1001 yen, tax 100.1 → 100. BHD: 3 × 0.3335 = 1.0005 → 1.001, tax 0.1001 → 0.100.
        #expect(saved.document.lines[0].amount == amount)
        #expect(saved.total == amount + tax)
        #expect(try books.balance(books.receivables) == amount + tax)
        #expect(try books.store.read { try $0.check() }.isEmpty)
    }
}
