import Foundation
import Ledger
import LedgerStore
import Records
import Testing

/// Payments that take more than they settle, credits used up later, prepayments and refunds, from the payments sheet.
@Suite("Money on account and refunds")
struct MoneyOnAccountTests {
    static let customer = "Great Lakes Food Market", vendor = "Exotic Liquids"

    private func document(_ books: PostingBooks, _ kind: DocumentKind, _ number: String) throws -> Document? {
        let company = try books.company()
        return try books.store.read { reader in
            try reader.documentID(companyID: company.id, kind: kind, number: number).flatMap { try reader.document(id: $0) }
        }
    }

    /// Open items of the US company on `asOf` as "number open" pairs, credits negative.
    private func openItems(_ books: PostingBooks, _ kind: PartyKind, asOf: String) throws -> [String] {
        let company = try books.company()
        var items: [String] = []
        try books.store.read { reader in
            try reader.forEachOpenItem(companyID: company.id, partyKind: kind, asOf: LocalDate(iso: asOf)!) {
                items.append("\($0.number) \($0.openBalance)")
            }
        }
        return items
    }

    /// What the account's balance moved by from 2026-03-01 through `date` (the reference books open it earlier).
    private func balance(_ books: PostingBooks, account number: String, through date: String) throws -> Int64 {
        let company = try books.company()
        return try books.store.read { reader in
            let account = try #require(try reader.accounts(companyID: company.id).first { $0.number == number })
            return try reader.balance(accountID: account.id, through: LocalDate(iso: date)!)
                - reader.balance(accountID: account.id, through: LocalDate(iso: "2026-02-28")!)
        }
    }

    @Test("An overpayment leaves a credit on the customer's account that the aging shows and a later payment uses up")
    func overpaymentAppliedLater() throws {
        let books = try PostingBooks()
        #expect(try books.post(try books.write("invoices.csv", """
            Post,Type,Number,Customer,Date,Due Date,Item,Quantity,Rate
            yes,Invoice,INV-1,\(Self.customer),2026-03-02,2026-04-01,Chai,10,18
            yes,Invoice,INV-2,\(Self.customer),2026-04-10,2026-05-10,Chai,5,18

            """)).counts.posted == 2)
        let paid = try books.post(try books.write("payments.csv", """
            Post,Type,Number,Customer,Date,Bank Account,Applied To,Amount
            yes,Customer Payment,PMT-1,\(Self.customer),2026-03-20,1010,INV-1,180.00
            ,,,,,,,50.00

            """))
        #expect(paid.problems == [])
        let payment = try #require(try document(books, .customerPayment, "PMT-1"))
        #expect(payment.onAccount == 5_000)
        #expect(try balance(books, account: "1010", through: "2026-03-31") == 23_000, "the bank gets all that was paid")
        #expect(try openItems(books, .customer, asOf: "2026-03-31") == ["PMT-1 -5000"], "the credit shows in the aging")
        #expect(try openItems(books, .customer, asOf: "2026-04-30") == ["PMT-1 -5000", "INV-2 9000"])
        #expect(try books.check() == [])

        let applied = try books.post(try books.write("apply.csv", """
            Post,Type,Number,Customer,Date,Bank Account,Applied To,Amount
            yes,Customer Payment,PMT-2,\(Self.customer),2026-05-01,1010,INV-2,90.00
            ,,,,,,PMT-1,50.00

            """))
        #expect(applied.problems == [])
        #expect(try document(books, .customerPayment, "PMT-2")?.applications.count == 2)
        #expect(try balance(books, account: "1010", through: "2026-05-31") == 27_000, "only the 40.00 not covered by the credit moves")
        #expect(try openItems(books, .customer, asOf: "2026-05-31") == [])
        #expect(try openItems(books, .customer, asOf: "2026-04-30") == ["PMT-1 -5000", "INV-2 9000"], "aging on an earlier date is unchanged")
        #expect(try books.check() == [])

        let exported = try books.exportAndPostAgain("payments")
        #expect(exported.contains(",PMT-1,\(Self.customer),,2026-03-20,1010 Operating Account - Chase,,,50.00,"), "\(exported)")

        let voided = try books.post(try books.write("void.csv", """
            Post,Type,Number,Action,Record ID,Version
            yes,Customer Payment,PMT-1,void,\(payment.id!),1

            """)) { $0.type = "payments" }
        #expect(voided.problems == ["void.csv, row 2: customer payment PMT-1: what it left on account is used by PMT-2; void or edit that first"])
    }

    @Test("Paying more than is open on an invoice is refused with the way to leave the rest on account")
    func overApplicationNamesTheFix() throws {
        let books = try PostingBooks()
        _ = try books.post(try books.write("invoice.csv", """
            Post,Type,Number,Customer,Date,Item,Quantity,Rate
            yes,Invoice,INV-1,\(Self.customer),2026-03-02,Chai,10,18

            """))
        let report = try books.post(try books.write("payments.csv", """
            Post,Type,Number,Customer,Date,Bank Account,Applied To,Amount
            yes,Customer Payment,PMT-1,\(Self.customer),2026-03-20,1010,INV-1,200.00
            yes,Customer Payment,PMT-2,\(Self.customer),2026-03-20,1010,,20.00
            ,,,,,,,5.00

            """))
        #expect(report.problems == [
            "payments.csv, row 2: customer payment PMT-1 applies 200.00 USD to invoice INV-1, but only 180.00 USD is open on it; apply 180.00 USD and leave the rest on account (a row with a blank Applied To)",
            "payments.csv, row 4, column \"Applied To\": row 3 already leaves money on account for this payment; put the whole amount on one row with a blank Applied To, or fill in what this row settles",
        ])
        #expect(try openItems(books, .customer, asOf: "2026-12-31") == ["INV-1 18000"], "nothing was posted")
    }

    @Test("Refunds pay back a credit memo or money on account; a vendor prepayment is used up by a bill and refunded")
    func refunds() throws {
        let books = try PostingBooks()
        #expect(try books.post(try books.write("credits.csv", """
            Post,Type,Number,Customer,Vendor,Date,Item,Quantity,Rate
            yes,Credit Memo,CM-1,\(Self.customer),,2026-03-04,Chai,1,18
            yes,Bill,B-1,,\(Self.vendor),2026-03-10,Chai,10,12

            """)).counts.posted == 2)
        let report = try books.post(try books.write("payments.csv", """
            Post,Type,Number,Customer,Vendor,Date,Bank Account,Applied To,Amount
            yes,Customer Payment,PMT-1,\(Self.customer),,2026-03-05,1010,,30.00
            yes,Customer Refund,RF-1,\(Self.customer),,2026-03-06,1010,CM-1,18.00
            ,,,,,,,PMT-1,30.00
            yes,Bill Payment,PRE-1,,\(Self.vendor),2026-03-01,1010,,200.00
            yes,Bill Payment,BP-1,,\(Self.vendor),2026-03-11,1010,B-1,120.00
            ,,,,,,,PRE-1,120.00
            yes,Vendor Refund,VR-1,,\(Self.vendor),2026-03-20,1010,PRE-1,80.00
            yes,Customer Refund,RF-2,\(Self.customer),,2026-03-21,1010,,5.00

            """))
        #expect(report.counts.posted == 5, "\(report.problems)")
        #expect(report.problems == [
            "payments.csv, row 9, column \"Applied To\": a customer refund pays back a credit; give the number of the credit memo, vendor credit or payment it refunds",
        ])
        // In: 30.00 paid, 80.00 refunded by the vendor. Out: 48.00 refunded, 200.00 prepaid, nothing for the bill.
        #expect(try balance(books, account: "1010", through: "2026-03-31") == 3_000 + 8_000 - 4_800 - 20_000)
        #expect(try openItems(books, .customer, asOf: "2026-03-31") == [])
        #expect(try openItems(books, .vendor, asOf: "2026-03-31") == [])
        #expect(try openItems(books, .vendor, asOf: "2026-03-15") == ["PRE-1 -8000"], "the prepayment's rest before the refund")
        #expect(try books.check() == [])
        try books.exportAndPostAgain("payments")
    }

    @Test("Money moves only through a bank, credit card or clearing account")
    func bankAccountKinds() throws {
        let books = try PostingBooks()
        let report = try books.post(try books.write("payments.csv", """
            Post,Type,Number,Customer,Date,Bank Account,Applied To,Amount
            yes,Customer Payment,PMT-1,\(Self.customer),2026-03-05,1200 Inventory,,30.00

            """))
        #expect(report.problems == [
            "payments.csv, row 2, column \"Bank Account\": \"1200 Inventory\" is an other current asset account; money moves through a bank, credit card or clearing account (such as Undeposited Funds)",
        ])
    }
}
