import Foundation
import GRDB
import Ledger
import LedgerStore
import Testing

/// A throwaway city on the city chart with a General Fund and a Water Fund.
private struct CityBooks {
    let path: String
    let store: LedgerStore
    let company: Company
    let accounts: [String: Account]
    let general: Fund
    let water: Fund
    let vendor: Party

    init() throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("city-\(UUID().uuidString).sqlite").path
        store = try LedgerStore(path: path, create: true)
        (company, accounts, general, water, vendor) = try store.write { writer in
            let added = try writer.addCompany(name: "Millbrook", currency: try Currency(code: "USD"), fiscalYearStartMonth: 1)
            let accounts = try writer.addCityChart(companyID: added.id)
            let water = try writer.addFund(Fund(id: 0, companyID: added.id, number: "601", name: "Water Fund", type: .enterprise, isMajor: true))
            return (try writer.reader.company(id: added.id)!, accounts, try writer.reader.funds(companyID: added.id)[0], water,
                    try writer.addParty(companyID: added.id, kind: .vendor, name: "County Asphalt"))
        }
    }

    func id(_ number: String) -> Int64 { accounts[number]!.id }

    /// Postings summed by fund and account number, read straight from the ledger file.
    func balances() throws -> [String: Int64] {
        try DatabaseQueue(path: path).read { db in
            var sums: [String: Int64] = [:]
            for row in try Row.fetchAll(db, sql: """
                SELECT COALESCE(f.number, 'none') || '-' || a.number AS code, SUM(p.amount) AS amount
                FROM postings p JOIN accounts a ON a.id = p.account_id LEFT JOIN funds f ON f.id = p.fund_id GROUP BY code
                """) {
                sums[row["code"]] = row["amount"]
            }
            return sums
        }
    }

    func fundTotal(_ fund: String, _ balances: [String: Int64]) -> Int64 {
        balances.filter { $0.key.hasPrefix(fund + "-") }.values.reduce(0, +)
    }
}

@Suite struct FundAccountingTests {
    @Test func aReceiptCodedToTwoFundsBalancesEachFundWithDueToAndDueFrom() throws {
        let city = try CityBooks()
        let receipt = Document(companyID: city.company.id, kind: .salesReceipt, number: "R-1001", date: LocalDate(iso: "2026-02-03")!,
                               currency: city.company.baseCurrency, bankAccountID: city.id("10100"), lines: [
                                   DocumentLine(accountID: city.id("32210"), amount: 15_000, fundID: city.general.id),
                                   DocumentLine(accountID: city.id("37110"), amount: 42_550, fundID: city.water.id),
                               ])
        let saved = try city.store.write { try $0.post(receipt) }
        #expect(saved.document.fundID == city.general.id)

        let balances = try city.balances()
        #expect(balances["100-10100"] == 57_550)
        #expect(balances["100-32210"] == -15_000)
        #expect(balances["601-37110"] == -42_550)
        #expect(balances["601-13100"] == 42_550)
        #expect(balances["100-20700"] == -42_550)
        #expect(balances["100-13100"] == nil && balances["601-20700"] == nil)
        #expect((balances["601-13100"] ?? 0) + (balances["100-20700"] ?? 0) == 0)
        #expect(city.fundTotal("100", balances) == 0 && city.fundTotal("601", balances) == 0)
        #expect(try city.store.read { try $0.check() }.isEmpty)
    }

    @Test func aPaymentSettlesEachBillInItsOwnFund() throws {
        let city = try CityBooks()
        let date = LocalDate(iso: "2026-04-10")!
        try city.store.write { writer in
            let streets = try writer.post(Document(companyID: city.company.id, kind: .bill, number: "C-77", partyID: city.vendor.id,
                                                   date: date, currency: city.company.baseCurrency, lines: [
                                                       DocumentLine(accountID: city.id("43100-210"), amount: 80_000, fundID: city.general.id),
                                                   ]))
            let mains = try writer.post(Document(companyID: city.company.id, kind: .bill, number: "C-78", partyID: city.vendor.id,
                                                 date: date, currency: city.company.baseCurrency, lines: [
                                                     DocumentLine(accountID: city.id("49400-210"), amount: 30_000, fundID: city.water.id),
                                                 ]))
            #expect(mains.document.fundID == city.water.id)
            try writer.post(Document(companyID: city.company.id, kind: .billPayment, number: "4512", partyID: city.vendor.id,
                                     date: date, currency: city.company.baseCurrency, bankAccountID: city.id("10100"),
                                     applications: [streets, mains].map {
                                         Application(targetID: $0.document.id!, targetKind: .bill, targetNumber: $0.document.number,
                                                     amount: $0.total)
                                     }, fundID: city.general.id))
        }
        let balances = try city.balances()
        #expect(balances["100-20200"] ?? 0 == 0)
        #expect(balances["601-20200"] ?? 0 == 0)
        #expect(balances["100-10100"] == -110_000)
        #expect(balances["601-20700"] == -30_000 && balances["100-13100"] == 30_000)
        #expect(try city.store.read { try $0.check() }.isEmpty)
    }

    @Test func aDepositEmptiesEachFundsUndepositedReceipts() throws {
        let city = try CityBooks()
        let date = LocalDate(iso: "2026-05-04")!
        try city.store.write { writer in
            let receipts = try [("R-1", city.general, "34100", Int64(2_500)), ("R-2", city.water, "37170", 60_000)].map { number, fund, account, amount in
                try writer.post(Document(companyID: city.company.id, kind: .salesReceipt, number: number, date: date,
                                         currency: city.company.baseCurrency, bankAccountID: city.id("10150"),
                                         lines: [DocumentLine(accountID: city.id(account), amount: amount, fundID: fund.id)]))
            }
            try writer.post(Document(companyID: city.company.id, kind: .deposit, number: "DEP-1", date: date,
                                     currency: city.company.baseCurrency, bankAccountID: city.id("10100"),
                                     deposited: receipts.map {
                                         DepositedItem(documentID: $0.document.id!, kind: .salesReceipt, number: $0.document.number,
                                                       clearingAccountID: city.id("10150"), amount: 0)
                                     }, fundID: city.general.id))
        }
        let balances = try city.balances()
        #expect(balances["100-10150"] ?? 0 == 0 && balances["601-10150"] ?? 0 == 0)
        #expect(balances["100-10100"] == 62_500)
        #expect(balances["601-13100"] == 60_000 && balances["100-20700"] == -60_000)
        #expect(try city.store.read { try $0.check() }.isEmpty)
    }

    @Test func aJournalEntryBetweenFundsIsBalancedAgainstItsFirstLinesFund() throws {
        let city = try CityBooks()
        try city.store.write { writer in
            try writer.post(Document(companyID: city.company.id, kind: .journalEntry, number: "JE-5", date: LocalDate(iso: "2026-06-30")!,
                                     currency: city.company.baseCurrency, lines: [
                                         DocumentLine(accountID: city.id("49400-381"), amount: 12_345, fundID: city.water.id),
                                         DocumentLine(accountID: city.id("10100"), amount: -12_345, fundID: city.general.id),
                                     ]))
        }
        let balances = try city.balances()
        #expect(balances["601-20700"] == -12_345 && balances["100-13100"] == 12_345)
        #expect(city.fundTotal("100", balances) == 0 && city.fundTotal("601", balances) == 0)
    }

    @Test func ledgerCheckFindsAFundThatDoesNotBalance() throws {
        let city = try CityBooks()
        try city.store.write { writer in
            try writer.post(Document(companyID: city.company.id, kind: .journalEntry, number: "JE-1", date: LocalDate(iso: "2026-01-31")!,
                                     currency: city.company.baseCurrency, lines: [
                                         DocumentLine(accountID: city.id("10100"), amount: 500, fundID: city.general.id),
                                         DocumentLine(accountID: city.id("36210"), amount: -500, fundID: city.general.id),
                                     ]))
        }
        #expect(try city.store.read { try $0.check() }.isEmpty)
        let queue = try DatabaseQueue(path: city.path)
        try queue.write { db in
            try db.execute(sql: "UPDATE postings SET fund_id = ? WHERE amount = 500", arguments: [city.water.id])
        }
        let problems = try city.store.read { try $0.check() }.map(\.message)
        #expect(problems.contains("journal entry JE-1: its postings in fund 601 Water Fund sum to 5.00 USD, not zero"))
        #expect(problems.contains("fund 100 General Fund: its trial balance is off by -5.00 USD"))
    }

    @Test func fundsAreRequiredInAFundCompanyAndRefusedElsewhere() throws {
        let city = try CityBooks()
        let unfunded = Document(companyID: city.company.id, kind: .journalEntry, number: "JE-9", date: LocalDate(iso: "2026-01-31")!,
                                currency: city.company.baseCurrency, lines: [
                                    DocumentLine(accountID: city.id("10100"), amount: 100),
                                    DocumentLine(accountID: city.id("36210"), amount: -100),
                                ])
        #expect(throws: StoreError.ledger(.missingFund("journal entry JE-9"))) { try city.store.write { try $0.post(unfunded) } }

        let books = try TestBooks()
        let funded = Document(companyID: books.company.id, kind: .journalEntry, number: "JE-9", date: books.date("2026-01-31"),
                              currency: books.currency, lines: [
                                  DocumentLine(accountID: books.checking, amount: 100, fundID: city.general.id),
                                  DocumentLine(accountID: books.sales, amount: -100),
                              ])
        #expect(throws: StoreError.invalid("journal entry JE-9, line 1: Test Books USD does not keep its books by fund; leave the fund out")) {
            try books.store.write { try $0.post(funded) }
        }
    }

    @Test func accountAndFundNumbersFitTheCodeLayout() throws {
        let city = try CityBooks()
        #expect(city.accounts.count == CityChart.entries.count)
        #expect(AccountCodeLayout.city.split("100-43100-210").map { [$0.fund, $0.account] } == ["100", "43100-210"])
        #expect(AccountCodeLayout.city.split("10-43100-210") == nil)
        #expect(AccountCodeLayout.city.rollUp("43100-210", by: "object", digits: 1) == "2")
        #expect(AccountCodeLayout.city.rollUp("43100-210", by: "department") == "43100")
        #expect(AccountCodeLayout.city.rollUp("31010", by: "object") == nil)
        #expect(throws: StoreError.self) {
            try city.store.write { try $0.addAccount(companyID: city.company.id, number: "4310", name: "Streets - Salt", type: .expense) }
        }
        #expect(throws: StoreError.self) {
            try city.store.write { try $0.addFund(Fund(id: 0, companyID: city.company.id, number: "60", name: "Sewer", type: .enterprise)) }
        }
        #expect(throws: (any Error).self) { try AccountCodeLayout(text: "fund:3") }
        #expect(try AccountCodeLayout(text: "fund:3,department:5,object:3") == .city)
    }
}
