import Foundation
import Testing
import Ledger
@testable import LedgerStore

@Suite struct CashBasisTests {
    private func parts(_ amounts: [Int64]) -> [RecognisedPart] {
        amounts.map { RecognisedPart(accountID: 1, amount: $0) }
    }

    @Test func aPartPaymentRecognisesEachLineInProportionAndExactlyTheAmountPaid() {
        // An invoice of 1,400.00: two income lines and their tax, half paid.
        let shares = CashBasisRecognition.apportion(parts([-100_000, -33_300, -6_700]), applied: 70_000, total: 140_000)
        #expect(shares.map(\.amount) == [-50_000, -16_650, -3_350])
    }

    @Test func sharesAlwaysAddUpToTheAppliedAmount() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2_000 {
            let lines = (0..<Int.random(in: 1...6, using: &generator)).map { _ in -Int64.random(in: 1...999_999, using: &generator) }
            let total = -lines.reduce(0, +)
            let applied = Int64.random(in: 1...total, using: &generator)
            let shares = CashBasisRecognition.apportion(parts(lines), applied: applied, total: total)
            #expect(shares.reduce(0) { $0 + $1.amount } == -applied, "\(lines) \(applied)")
            for (share, line) in zip(shares, lines) {
                // No line gets more than a cent beyond its exact proportion.
                let exact = Decimal(line) * Decimal(applied) / Decimal(total)
                #expect(abs(Decimal(share.amount) - exact) < 1)
            }
        }
    }

    @Test func aFullPaymentRecognisesEveryLineWhole() {
        let lines = parts([-12_345, -678, 90])
        #expect(CashBasisRecognition.apportion(lines, applied: 12_933, total: 12_933).map(\.amount) == [-12_345, -678, 90])
    }

    @Test func moneyLeftOnAccountStaysInReceivablesUntilUsedUpAndTheBooksBalance() throws {
        let books = try TestBooks(taxPercent: "0")
        defer { books.remove() }
        let first = try books.post(try books.invoice("INV-1", books.acme, date: "2026-03-02", lines: [("1", "100")]))
        let second = try books.post(try books.invoice("INV-2", books.acme, date: "2026-04-02", lines: [("1", "60")]))
        var overpaid = books.payment("PMT-1", books.acme, date: "2026-03-20", [(first, 10_000)])
        overpaid.onAccount = 2_500
        let credit = try books.post(overpaid)
        try books.post(books.payment("PMT-2", books.acme, date: "2026-04-20", [(second, 6_000), (credit, 2_500)]))
        func cash(through date: String) throws -> [Int64: Int64] {
            try books.store.read { try $0.activity(companyID: books.company.id, from: nil, through: books.date(date), basis: .cash) }
        }
        let march = try cash(through: "2026-03-31")
        #expect(march.values.reduce(0, +) == 0, "the cash-basis trial balance is zero")
        #expect(march[books.receivables] == -2_500, "what was paid beyond the invoice waits in receivables")
        #expect(march[books.checking] == 12_500)
        #expect(march[books.sales] == -10_000)
        let april = try cash(through: "2026-04-30")
        #expect(april.values.reduce(0, +) == 0)
        #expect((april[books.receivables] ?? 0) == 0, "the credit is used up")
        #expect(april[books.checking] == 16_000)
        #expect(april[books.sales] == -16_000, "the second invoice is income when paid, partly by the credit")
    }
}
