import Foundation
import Ledger
import LedgerStore
import Records
import Testing

/// Bank deposits of payments held in Undeposited Funds, with fees, and transfers between the company's accounts,
/// from the deposits-and-transfers sheet.
@Suite("Deposits and transfers")
struct DepositTests {
    static let customer = "Great Lakes Food Market"

    /// Reference books with an Undeposited Funds account (1040), two invoices, two payments and a sales receipt held
    /// there, and a payment that went straight to the bank.
    private func booksWithUndepositedFunds() throws -> PostingBooks {
        let books = try PostingBooks()
        let setUp = [
            ("accounts.csv", """
            Post,Number,Name,Type
            yes,1040,Undeposited Funds,Clearing

            """),
            ("invoices.csv", """
            Post,Type,Number,Customer,Date,Due Date,Deposit To,Item,Quantity,Rate
            yes,Invoice,INV-1,\(Self.customer),2026-03-02,2026-04-01,,Chai,10,18
            yes,Invoice,INV-2,\(Self.customer),2026-03-03,2026-04-02,,Chai,5,18
            yes,Sales Receipt,SR-1,,2026-03-04,,1040,Chai,2,18

            """),
            ("payments.csv", """
            Post,Type,Number,Customer,Date,Bank Account,Applied To,Amount
            yes,Customer Payment,PMT-1,\(Self.customer),2026-03-10,1040,INV-1,180.00
            yes,Customer Payment,PMT-2,\(Self.customer),2026-03-11,1040 Undeposited Funds,INV-2,90.00
            yes,Customer Payment,PMT-3,\(Self.customer),2026-03-11,1010,,25.00

            """),
        ]
        for (name, text) in setUp {
            let report = try books.post(try books.write(name, text))
            #expect(report.problems == [], "\(name)")
        }
        return books
    }

    /// What the account's balance moved by from 2026-03-01 through 2026-12-31 (the reference books open it earlier).
    private func movement(_ books: PostingBooks, account number: String) throws -> Int64 {
        let company = try books.company()
        return try books.store.read { reader in
            let account = try #require(try reader.accounts(companyID: company.id).first { $0.number == number })
            return try reader.balance(accountID: account.id, through: LocalDate(iso: "2026-12-31")!)
                - reader.balance(accountID: account.id, through: LocalDate(iso: "2026-02-28")!)
        }
    }

    @Test("A deposit gathers two payments and a sales receipt from Undeposited Funds into one bank line, less a fee")
    func depositWithFee() throws {
        let books = try booksWithUndepositedFunds()
        #expect(try movement(books, account: "1040") == 18_000 + 9_000 + 3_600)
        let report = try books.post(try books.write("deposits.csv", """
            Post,Type,Number,Date,Bank Account,Deposited,Account,Amount,Description
            yes,Deposit,DEP-1,2026-03-12,1010,PMT-1,,,
            yes,,,,,PMT-2,,90.00,
            yes,,,,,SR-1,,,
            yes,,,,,,6850 Bank Charges,-4.25,card fees

            """))
        #expect(report.problems == [])
        #expect(try movement(books, account: "1040") == 0, "Undeposited Funds is emptied")
        #expect(try movement(books, account: "1010") == 2_500 + 18_000 + 9_000 + 3_600 - 425, "one bank line for the three, less the fee")
        #expect(try movement(books, account: "6850") == 425)
        #expect(try books.check() == [])
        let exported = try books.exportAndPostAgain("deposits-and-transfers")
        #expect(exported.contains(",6850 Bank Charges,,-4.25,card fees,"), "\(exported)")
    }

    @Test("Only money held in a clearing account is deposited, once, whole, into a bank; the ledger stays as it was")
    func depositRefusals() throws {
        let books = try booksWithUndepositedFunds()
        #expect(try books.post(try books.write("first.csv", """
            Post,Type,Number,Date,Bank Account,Deposited
            yes,Deposit,DEP-1,2026-03-12,1010,PMT-1

            """)).problems == [])
        let before = try movement(books, account: "1010")
        let report = try books.post(try books.write("deposits.csv", """
            Post,Type,Number,Date,Bank Account,Deposited,Amount
            yes,Deposit,DEP-2,2026-03-13,1010,PMT-1,
            yes,Deposit,DEP-3,2026-03-13,1010,PMT-3,
            yes,Deposit,DEP-4,2026-03-13,1010,PMT-2,50.00
            yes,Deposit,DEP-5,2026-03-13,1040,PMT-2,
            yes,Deposit,DEP-6,2026-03-13,1010,PMT-9,
            yes,Deposit,DEP-7,2026-03-10,1010,PMT-2,

            """))
        #expect(report.problems == [
            "deposits.csv, row 2: deposit DEP-2 deposits customer payment PMT-1, which deposit DEP-1 already took to the bank",
            "deposits.csv, row 3: deposit DEP-3 deposits customer payment PMT-3, but its money went straight to 1010 Operating Account - Chase; a deposit gathers money held in a clearing account such as Undeposited Funds",
            "deposits.csv, row 4: deposit DEP-4 deposits 50.00 USD of customer payment PMT-2, which is for 90.00 USD; a deposit takes the whole of it (leave the Amount blank)",
            "deposits.csv, row 5: deposit DEP-5: a deposit takes money out of a clearing account into the bank; \"1040 Undeposited Funds\" is itself a clearing account, so choose the bank account it goes into",
            "deposits.csv, row 6, column \"Deposited\": no customer payment, sales receipt or vendor refund numbered \"PMT-9\" in Northwind Traders Inc",
            "deposits.csv, row 7: deposit DEP-7 is dated 2026-03-10, before customer payment PMT-2 (2026-03-11) it deposits",
        ])
        #expect(try movement(books, account: "1010") == before)
        #expect(try books.check() == [])
    }

    @Test("A deposited payment cannot be voided or changed in amount until its deposit is voided, which frees it")
    func depositedPaymentsAreHeld() throws {
        let books = try booksWithUndepositedFunds()
        #expect(try books.post(try books.write("first.csv", """
            Post,Type,Number,Date,Bank Account,Deposited
            yes,Deposit,DEP-1,2026-03-12,1010,PMT-1

            """)).problems == [])
        let company = try books.company()
        let (payment, deposit) = try books.store.read { reader in
            (try #require(try reader.documentID(companyID: company.id, kind: .customerPayment, number: "PMT-1")),
             try #require(try reader.documentID(companyID: company.id, kind: .deposit, number: "DEP-1")))
        }
        let voidPayment = try books.post(try books.write("void-payment.csv", """
            Post,Type,Number,Action,Record ID,Version
            yes,Customer Payment,PMT-1,void,\(payment),1

            """)) { $0.type = "payments" }
        #expect(voidPayment.problems == ["void-payment.csv, row 2: customer payment PMT-1 is in deposit DEP-1; void or edit that first"])
        let editPayment = try books.post(try books.write("edit-payment.csv", """
            Post,Type,Number,Customer,Date,Bank Account,Applied To,Amount,Record ID,Version
            yes,Customer Payment,PMT-1,\(Self.customer),2026-03-10,1040,INV-1,170.00,\(payment),1

            """))
        #expect(editPayment.problems == ["edit-payment.csv, row 2: customer payment PMT-1 is in deposit DEP-1; its amount, account and date stay as deposited (void or edit the deposit first)"])

        #expect(try books.post(try books.write("void-deposit.csv", """
            Post,Type,Number,Action,Record ID,Version
            yes,Deposit,DEP-1,void,\(deposit),1

            """)) { $0.type = "deposits-and-transfers" }.problems == [])
        #expect(try movement(books, account: "1040") == 18_000 + 9_000 + 3_600, "the payment is back in Undeposited Funds")
        #expect(try books.post(try books.write("again.csv", """
            Post,Type,Number,Date,Bank Account,Deposited
            yes,Deposit,DEP-2,2026-03-14,1010,PMT-1

            """)).problems == [])
        #expect(try movement(books, account: "1040") == 9_000 + 3_600)
        #expect(try books.check() == [])
    }

    @Test("A transfer moves one amount between two of the company's money accounts")
    func transfers() throws {
        let books = try booksWithUndepositedFunds()
        let report = try books.post(try books.write("transfers.csv", """
            Post,Type,Number,Date,Bank Account,Transfer To,Amount,Memo
            yes,Transfer,TR-1,2026-03-20,1010,2050 Amex Business Card,400.00,pay the card
            yes,Transfer,TR-2,2026-03-21,1010,1200 Inventory,10.00,
            yes,Transfer,TR-3,2026-03-21,1010,1010,10.00,
            yes,Transfer,TR-4,2026-03-21,1010,1030,-10.00,
            yes,Transfer,TR-5,2026-03-21,1010,1030,10.00,
            yes,,,,,1020,5.00,
            yes,Transfer,TR-6,2026-03-22,1040,1010,100.00,
            yes,Transfer,TR-7,2026-03-22,1010,1040,100.00,

            """))
        #expect(report.problems == [
            "transfers.csv, row 3, column \"Transfer To\": \"1200 Inventory\" is an other current asset account; money moves through a bank, credit card or clearing account (such as Undeposited Funds)",
            "transfers.csv, row 4: transfer TR-3 moves money from an account to itself; choose another account to transfer to",
            "transfers.csv, row 5, column \"Amount\": a transfer moves more than zero; to move money the other way, swap Bank Account and Transfer To",
            "transfers.csv, row 7, column \"Number\": a transfer is one row; give this row its own Number to make another transfer",
            "transfers.csv, row 8: transfer TR-6: money leaves \"1040 Undeposited Funds\", a clearing account, only by a deposit (Type Deposit on the deposits-and-transfers sheet), which takes out each payment held there once; transfer between bank and credit-card accounts",
            "transfers.csv, row 9: transfer TR-7: \"1040 Undeposited Funds\" is a clearing account; a transfer moves money to a bank or credit-card account (payments reach a clearing account by being received into it, not by a transfer)",
        ])
        #expect(try movement(books, account: "2050") == 40_000, "the card's balance owed drops by what was paid")
        #expect(try movement(books, account: "1010") == 2_500 - 40_000)
        #expect(try books.check() == [])
        try books.exportAndPostAgain("deposits-and-transfers")
    }

    @Test("A payment settles only documents dated on or before it, and a settled document cannot move after its payment")
    func paymentsSettleEarlierDocuments() throws {
        let books = try booksWithUndepositedFunds()
        let company = try books.company()
        let invoice = try books.store.read { try #require(try $0.documentID(companyID: company.id, kind: .invoice, number: "INV-1")) }
        let report = try books.post(try books.write("late.csv", """
            Post,Type,Number,Customer,Date,Bank Account,Applied To,Amount
            yes,Customer Payment,PMT-9,\(Self.customer),2026-03-01,1010,INV-2,10.00
            yes,Customer Refund,RF-9,\(Self.customer),2026-03-01,1010,PMT-3,5.00

            """))
        #expect(report.problems == [
            "late.csv, row 2: customer payment PMT-9 is dated 2026-03-01, before invoice INV-2 (2026-03-03) it settles; date it on or after that",
            "late.csv, row 3: customer refund RF-9 is dated 2026-03-01, before customer payment PMT-3 (2026-03-11) it settles; date it on or after that",
        ])
        let moved = try books.post(try books.write("moved.csv", """
            Post,Type,Number,Customer,Date,Due Date,Item,Quantity,Rate,Record ID,Version
            yes,Invoice,INV-1,\(Self.customer),2026-03-15,2026-04-14,Chai,10,18,\(invoice),1

            """))
        #expect(moved.problems == ["moved.csv, row 2: invoice INV-1 is settled by PMT-1 (2026-03-10), dated before 2026-03-15; it cannot be dated after what settles it"])
        #expect(try books.check() == [])
    }
}
