import Foundation
import Testing
import Ledger

@Suite struct PostingEngineTests {
    let usd = try! Currency(code: "USD")
    let date = LocalDate(iso: "2026-03-15")!
    // Account IDs of a tiny chart.
    let receivables: Int64 = 1, payables: Int64 = 2, bank: Int64 = 3, income: Int64 = 4, expense: Int64 = 5, salesTax: Int64 = 6
    let nyTax: Int64 = 10

    var context: PostingContext {
        PostingContext(baseCurrency: usd, receivablesAccountID: receivables, payablesAccountID: payables,
                       taxCodes: [nyTax: TaxCode(id: nyTax, companyID: 1, name: "NY", ratePercent: Decimal(string: "8.875")!, accountID: salesTax)])
    }

    func line(_ quantity: String, _ rate: String, account: Int64? = nil, taxed: Bool = true) throws -> DocumentLine {
        try DocumentLine.priced(accountID: account ?? income, quantity: Decimal(string: quantity)!, rate: Decimal(string: rate)!,
                                currency: usd, taxCodeID: taxed ? nyTax : nil)
    }

    func amounts(_ posted: PostedDocument) -> [Int64: Int64] {
        posted.postings.reduce(into: [:]) { $0[$1.accountID, default: 0] += $1.amount }
    }

    @Test func invoiceRoundsEachLineAndItsTaxHalfUpLikeACalculator() throws {
        // 1.5 × 19.99 = 29.985 → 29.99, tax 2.6616… → 2.66
        // 3 × 4.25 = 12.75, tax 1.1315… → 1.13
        // 2.25 × 100.01 = 225.0225 → 225.02, tax 19.9705… → 19.97
        let invoice = Document(companyID: 1, kind: .invoice, number: "INV-1", partyID: 7, date: date, currency: usd,
                               lines: [try line("1.5", "19.99"), try line("3", "4.25"), try line("2.25", "100.01")])
        #expect(invoice.lines.map(\.amount) == [2999, 1275, 22502])
        let posted = try PostingEngine.post(invoice, context: context)
        #expect(posted.lineTaxes == [266, 113, 1997])
        #expect(posted.total == 29152)
        #expect(amounts(posted) == [income: -26776, salesTax: -2376, receivables: 29152])
        #expect(posted.postings.reduce(0) { $0 + $1.amount } == 0)
        #expect(posted.postings.allSatisfy { $0.partyID == 7 && $0.date == date })
    }

    @Test func taxExactlyHalfACentRoundsUp() throws {
        let taxCode = TaxCode(id: 1, companyID: 1, name: "9%", ratePercent: 9, accountID: salesTax)
        #expect(try taxCode.tax(on: 50, currency: usd) == 5) // 0.045 → 0.05
        #expect(try taxCode.tax(on: -50, currency: usd) == -5)
    }

    @Test func creditMemoMirrorsAnInvoice() throws {
        let lines = [try line("2", "10")]
        let invoice = try PostingEngine.post(Document(companyID: 1, kind: .invoice, number: "1", partyID: 7, date: date, currency: usd, lines: lines), context: context)
        let memo = try PostingEngine.post(Document(companyID: 1, kind: .creditMemo, number: "C1", partyID: 7, date: date, currency: usd, lines: lines), context: context)
        #expect(amounts(memo) == amounts(invoice).mapValues { -$0 })
    }

    @Test func billDebitsExpenseAndCreditsPayables() throws {
        let bill = Document(companyID: 1, kind: .bill, number: "B1", partyID: 8, date: date, currency: usd,
                            lines: [try line("1", "100", account: expense, taxed: false)])
        #expect(amounts(try PostingEngine.post(bill, context: context)) == [expense: 10000, payables: -10000])
        var credit = bill
        credit.kind = .vendorCredit
        #expect(amounts(try PostingEngine.post(credit, context: context)) == [expense: -10000, payables: 10000])
    }

    @Test func salesReceiptDepositsStraightToTheBank() throws {
        let receipt = Document(companyID: 1, kind: .salesReceipt, number: "SR1", date: date, currency: usd, bankAccountID: bank,
                               lines: [try line("1", "100")])
        #expect(amounts(try PostingEngine.post(receipt, context: context)) == [income: -10000, salesTax: -888, bank: 10888])
    }

    @Test func paymentMovesWhatItSettlesNetOfCredits() throws {
        let payment = Document(companyID: 1, kind: .customerPayment, number: "P1", partyID: 7, date: date, currency: usd, bankAccountID: bank,
                               applications: [Application(targetID: 20, targetKind: .invoice, targetNumber: "INV-1", amount: 10000),
                                              Application(targetID: 21, targetKind: .invoice, targetNumber: "INV-2", amount: 2500),
                                              Application(targetID: 22, targetKind: .creditMemo, targetNumber: "CM-1", amount: 1500)])
        let posted = try PostingEngine.post(payment, context: context)
        #expect(posted.total == 11000)
        #expect(amounts(posted) == [bank: 11000, receivables: -11000])

        var billPayment = payment
        billPayment.kind = .billPayment
        billPayment.applications = [Application(targetID: 30, targetKind: .bill, targetNumber: "B1", amount: 700)]
        #expect(amounts(try PostingEngine.post(billPayment, context: context)) == [bank: -700, payables: 700])
    }

    @Test func paymentsMustSettleSomethingOfTheirOwnSide() throws {
        var payment = Document(companyID: 1, kind: .customerPayment, number: "P1", partyID: 7, date: date, currency: usd, bankAccountID: bank)
        #expect(throws: LedgerError.paymentWithoutApplications("customer payment P1")) { try PostingEngine.post(payment, context: context) }
        payment.applications = [Application(targetID: 30, targetKind: .bill, targetNumber: "B1", amount: 700)]
        #expect(throws: LedgerError.wrongApplicationTarget("customer payment P1", "bill", "B1")) { try PostingEngine.post(payment, context: context) }
        payment.applications = [Application(targetID: 22, targetKind: .creditMemo, targetNumber: "CM-1", amount: 1500)]
        #expect(throws: LedgerError.negativeTotal("customer payment P1")) { try PostingEngine.post(payment, context: context) }
    }

    @Test func journalEntriesMustBalance() throws {
        var entry = Document(companyID: 1, kind: .journalEntry, number: "JE1", date: date, currency: usd,
                             lines: [DocumentLine(accountID: expense, amount: 10000), DocumentLine(accountID: bank, amount: -9000)])
        let error = #expect(throws: LedgerError.self) { try PostingEngine.post(entry, context: context) }
        #expect(error?.description == "journal entry JE1 does not balance: debits 100.00, credits 90.00 (difference 10.00)")
        entry.lines[1].amount = -10000
        #expect(amounts(try PostingEngine.post(entry, context: context)) == [expense: 10000, bank: -10000])
    }

    @Test func voidDocumentPostsNothing() throws {
        let invoice = Document(companyID: 1, kind: .invoice, number: "INV-1", partyID: 7, date: date, currency: usd,
                               status: .void, lines: [try line("1", "5")])
        #expect(try PostingEngine.post(invoice, context: context).postings.isEmpty)
    }

    @Test func refusesNegativeInvoicesAndForeignCurrencies() throws {
        let negative = Document(companyID: 1, kind: .invoice, number: "INV-9", partyID: 7, date: date, currency: usd,
                                lines: [try line("-1", "5")])
        #expect(throws: LedgerError.negativeTotal("invoice INV-9")) { try PostingEngine.post(negative, context: context) }
        var foreign = negative
        foreign.currency = try Currency(code: "EUR")
        #expect(throws: LedgerError.self) { try PostingEngine.post(foreign, context: context) }
    }

    @Test func zeroAndThreeDecimalCurrenciesRoundToTheirOwnUnit() throws {
        let jpy = try Currency(code: "JPY"), bhd = try Currency(code: "BHD")
        #expect(try DocumentLine.priced(accountID: income, quantity: 3, rate: Decimal(string: "333.5")!, currency: jpy).amount == 1001) // 1000.5
        #expect(try DocumentLine.priced(accountID: income, quantity: 3, rate: Decimal(string: "0.3335")!, currency: bhd).amount == 1001) // 1.0005
        let vat = TaxCode(id: 1, companyID: 1, name: "VAT", ratePercent: 10, accountID: salesTax)
        #expect(try vat.tax(on: 1005, currency: jpy) == 101)   // 100.5 yen
        #expect(try vat.tax(on: 1005, currency: bhd) == 101)   // 0.1005 BHD
    }

    @Test func depositDebitsTheBankWithWhatItGathersLessFeesAndEmptiesTheClearingAccounts() throws {
        let undeposited: Int64 = 7, processor: Int64 = 8
        let deposit = Document(companyID: 1, kind: .deposit, number: "DEP-1", date: date, currency: usd, bankAccountID: bank,
                               lines: [DocumentLine(accountID: expense, amount: -425)],
                               deposited: [DepositedItem(documentID: 20, kind: .customerPayment, number: "P1", clearingAccountID: undeposited, amount: 18_000),
                                           DepositedItem(documentID: 21, kind: .salesReceipt, number: "S1", clearingAccountID: processor, amount: 3_600)])
        let posted = try PostingEngine.post(deposit, context: context)
        #expect(posted.total == 21_175)
        #expect(amounts(posted) == [bank: 21_175, undeposited: -18_000, processor: -3_600, expense: 425])
        var feesOnly = deposit
        feesOnly.deposited = [DepositedItem(documentID: 20, kind: .customerPayment, number: "P1", clearingAccountID: undeposited, amount: 425)]
        #expect(throws: LedgerError.depositNotPositive("deposit DEP-1")) { try PostingEngine.post(feesOnly, context: context) }
    }

    @Test func transferMovesOneAmountBetweenTwoAccounts() throws {
        let card: Int64 = 9
        let transfer = Document(companyID: 1, kind: .transfer, number: "TR-1", date: date, currency: usd, bankAccountID: bank,
                                lines: [DocumentLine(accountID: card, amount: 40_000)])
        #expect(amounts(try PostingEngine.post(transfer, context: context)) == [bank: -40_000, card: 40_000])
        var toItself = transfer
        toItself.lines[0].accountID = bank
        #expect(throws: LedgerError.transferToItself("transfer TR-1")) { try PostingEngine.post(toItself, context: context) }
        var twoWays = transfer
        twoWays.lines.append(DocumentLine(accountID: expense, amount: 100))
        #expect(throws: LedgerError.transferNeedsOneLine("transfer TR-1")) { try PostingEngine.post(twoWays, context: context) }
    }
}
