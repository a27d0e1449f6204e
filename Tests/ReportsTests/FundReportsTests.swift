import Foundation
import Ledger
import LedgerStore
import Reports
import Testing

/// A small city's year: a General Fund and a Street Fund (governmental, the second not major) and a Water Utility
/// (enterprise), sharing one bank account; receipts (one coded to two funds), checks with a void and a skipped
/// number, a transfer from the General Fund to the Street Fund, and a General Fund budget.
private struct SmallCity {
    let store: LedgerStore
    let company: Company
    let accounts: [String: Account]
    let general: Fund, street: Fund, water: Fund

    init() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("city-\(UUID().uuidString).sqlite").path
        store = try LedgerStore(path: path, create: true)
        var made: (Company, [String: Account], Fund, Fund, Fund)!
        try store.write { writer in
            let added = try writer.addCompany(name: "Millbrook", currency: try Currency(code: "USD"), fiscalYearStartMonth: 1)
            let accounts = try writer.addCityChart(companyID: added.id)
            let general = try writer.reader.funds(companyID: added.id)[0]
            let street = try writer.addFund(Fund(id: 0, companyID: added.id, number: "201", name: "Street Fund", type: .specialRevenue))
            let water = try writer.addFund(Fund(id: 0, companyID: added.id, number: "601", name: "Water Utility", type: .enterprise,
                                                isMajor: true))
            let vendor = try writer.addParty(companyID: added.id, kind: .vendor, name: "County Asphalt")
            let payer = try writer.addParty(companyID: added.id, kind: .customer, name: "Hill Farm")
            let company = try writer.reader.company(id: added.id)!
            func id(_ number: String) -> Int64 { accounts[number]!.id }
            func post(_ kind: DocumentKind, _ number: String, _ date: String, party: Party?, bank: Bool = true,
                      _ lines: [(String, Int64, Fund)]) throws -> SavedDocument {
                try writer.post(Document(companyID: added.id, kind: kind, number: number, partyID: party?.id, date: LocalDate(iso: date)!,
                                         currency: company.baseCurrency, bankAccountID: bank ? id("10100") : nil,
                                         lines: lines.map { DocumentLine(accountID: id($0.0), amount: $0.1, fundID: $0.2.id) }))
            }
            // Opening balances: each fund's cash against its fund balance or net position.
            _ = try post(.journalEntry, "OB-1", "2024-12-31", party: nil, bank: false, [
                ("10100", 5_000_000, general), ("25500", -5_000_000, general),
                ("10100", 800_000, street), ("25500", -800_000, street),
                ("10100", 2_000_000, water), ("26300", -2_000_000, water),
            ])
            _ = try post(.salesReceipt, "5001", "2025-02-03", party: payer, [("31010", 1_200_000, general)])
            _ = try post(.salesReceipt, "5002", "2025-02-10", party: payer, [("32210", 15_000, general), ("37110", 42_550, water)])
            _ = try post(.salesReceipt, "5003", "2025-03-01", party: payer, [("33420", 300_000, street)])
            _ = try post(.check, "20001", "2025-03-05", party: vendor, [("43100-210", 80_000, street)])
            let voided = try post(.check, "20002", "2025-03-06", party: vendor, [("41940-381", 9_999, general)])
            _ = try writer.void(documentID: voided.document.id!, expectedVersion: voided.document.version)
            _ = try post(.check, "20004", "2025-03-20", party: vendor, [("41940-381", 25_000, general), ("49400-381", 12_500, water)])
            _ = try post(.journalEntry, "TR-1", "2025-04-01", party: nil, bank: false, [
                ("49300-720", 100_000, general), ("10100", -100_000, general),
                ("10100", 100_000, street), ("39200", -100_000, street),
            ])
            _ = try post(.journalEntry, "DEP-1", "2025-12-31", party: nil, bank: false, [
                ("49400-420", 40_000, water), ("16500", -40_000, water),
            ])
            let budget = try writer.addBudget(companyID: added.id, name: "General 2025", fiscalYear: 2025, fundID: general.id)
            _ = try writer.setBudgetLines(budgetID: budget.id, [
                BudgetLine(accountID: id("41940-381"), total: 240_000), BudgetLine(accountID: id("31010"), total: 1_500_000),
            ], expectedVersion: budget.version)
            made = (company, accounts, general, street, water)
        }
        (company, accounts, general, street, water) = made
    }

    func run(_ report: String, asOf: String = "2025-12-31", _ configure: (inout ReportRequest) -> Void = { _ in }) throws -> RecordingSink {
        var request = ReportRequest(report: report, company: company.name)
        request.from = LocalDate(iso: "2025-01-01")
        request.to = LocalDate(iso: asOf)
        configure(&request)
        let sink = RecordingSink()
        try ReportBuilder.run(request, in: store, today: LocalDate(iso: "2026-01-15")!, builtAt: Date(), into: sink)
        return sink
    }

    func money(_ sink: RecordingSink, _ label: String, _ column: String) -> Int64? {
        guard let row = sink.row(labelled: label), let index = sink.column(column), index < row.cells.count,
              case .money(let units) = row.cells[index].value else { return nil }
        return units
    }

    /// A fund's assets less liabilities at the end of 2025, summed straight from its postings.
    func netAssets(_ fund: Fund) throws -> Int64 {
        let types = AccountType.allCases.filter { [.asset, .liability].contains($0.category) }
        let ids = Set(accounts.values.filter { types.contains($0.type) }.map(\.id))
        return try store.read { reader in
            try reader.activityByFund(companyID: company.id, from: nil, through: LocalDate(iso: "2025-12-31")!)[fund.id, default: [:]]
                .filter { ids.contains($0.key) }.values.reduce(0, +)
        }
    }
}

@Suite struct FundReportsTests {
    private static let city = Result { try SmallCity() }

    @Test func everyFundBalancesAndTheDueAccountsNetToZero() throws {
        let city = try Self.city.get()
        let activity = try city.store.read { try $0.activityByFund(companyID: city.company.id, from: nil, through: LocalDate(iso: "2025-12-31")!) }
        for fund in [city.general, city.street, city.water] {
            #expect(activity[fund.id, default: [:]].values.reduce(0, +) == 0, "\(fund.label) does not balance")
        }
        let due = [city.accounts["13100"]!.id, city.accounts["20700"]!.id]
        #expect(activity.values.flatMap { $0.filter { due.contains($0.key) }.values }.reduce(0, +) == 0)
        #expect(try city.store.read { try $0.check() }.isEmpty)
    }

    @Test func theDisbursementsRegisterListsTheVoidAndTheMissingCheck() throws {
        let city = try Self.city.get()
        let register = try city.run("disbursements-register")
        let numberColumn = try #require(register.column("Number")), statusColumn = try #require(register.column("Status"))
        let byNumber = Dictionary(register.rows.compactMap { row -> (String, ReportRow)? in
            guard numberColumn < row.cells.count, case .text(let number) = row.cells[numberColumn] else { return nil }
            return (number, row)
        }, uniquingKeysWith: { first, _ in first })
        #expect(byNumber["20002"]?.cells[statusColumn] == .text("Void"))
        #expect(byNumber["20003"]?.cells[statusColumn] == .text("Missing"))
        #expect(city.money(register, "Total", city.general.label) == 25_000)
        #expect(city.money(register, "Total", city.water.label) == 12_500)
        #expect(city.money(register, "Total", "Total") == 117_500)
    }

    @Test func theReceiptsRegisterSplitsAReceiptCodedToTwoFunds() throws {
        let city = try Self.city.get()
        let register = try city.run("receipts-register")
        #expect(city.money(register, "Total", city.general.label) == 1_215_000)
        #expect(city.money(register, "Total", city.water.label) == 42_550)
        #expect(city.money(register, "Total", city.street.label) == 300_000)
    }

    @Test func cashByFundSumsToTheBankBalance() throws {
        let city = try Self.city.get()
        let cash = try city.run("fund-cash")
        let bank = try city.store.read { try $0.trialBalance(companyID: city.company.id, through: LocalDate(iso: "2025-12-31")!) }
            .filter { $0.account.type.movesMoney }.reduce(0) { $0 + $1.balance }
        #expect(city.money(cash, "Total Cash", "Ending Balance") == bank)
        #expect(city.money(cash, city.street.label, "Transfers") == 100_000)
        #expect(city.money(cash, city.general.label, "Transfers") == -100_000)
        #expect(city.money(cash, city.street.label, "Beginning Balance") == 800_000)
    }

    @Test func fundBalanceEndsAtEachFundsAssetsLessLiabilities() throws {
        let city = try Self.city.get()
        let statement = try city.run("fund-balance-changes")
        #expect(statement.column("Other Governmental Funds") != nil && statement.column(city.water.label) == nil)
        let general = city.general.label, others = "Other Governmental Funds"
        let revenues = try #require(city.money(statement, "Total Revenues", general))
        let expenditures = try #require(city.money(statement, "Total Expenditures", general))
        let financing = try #require(city.money(statement, "Total Other Financing Sources (Uses)", general))
        let beginning = try #require(city.money(statement, "Fund Balances, Beginning of Period", general))
        #expect((revenues, expenditures, financing, beginning) == (1_215_000, 25_000, -100_000, 5_000_000))
        #expect(city.money(statement, "Fund Balances, End of Period", general) == beginning + revenues - expenditures + financing)
        #expect(city.money(statement, "Fund Balances, End of Period", general) == (try city.netAssets(city.general)))
        #expect(city.money(statement, "Fund Balances, End of Period", others) == (try city.netAssets(city.street)))
        #expect(city.money(statement, "Total Other Financing Sources (Uses)", "Total") == 0)

        let utility = try city.run("net-position-changes")
        #expect(city.money(utility, "Operating Income (Loss)", city.water.label) == 42_550 - 12_500 - 40_000)
        #expect(city.money(utility, "Net Position, End of Period", city.water.label) == (try city.netAssets(city.water)))
    }

    @Test func theFundBalanceSheetBalancesInEveryFund() throws {
        let city = try Self.city.get()
        let sheet = try city.run("fund-balance-sheet") { $0.from = nil; $0.to = nil; $0.asOf = LocalDate(iso: "2025-12-31") }
        for fund in [city.general, city.street, city.water] {
            #expect(city.money(sheet, "Total Assets", fund.label) == city.money(sheet, "Total Liabilities and Equity", fund.label))
            #expect(city.money(sheet, "Total Assets", fund.label) != nil)
        }
    }

    @Test func aFundsBudgetLedgerComparesThatFundAlone() throws {
        let city = try Self.city.get()
        let ledger = try city.run("budget-vs-actual") {
            $0.from = nil; $0.to = nil; $0.asOf = LocalDate(iso: "2025-12-31"); $0.budget = "General 2025"; $0.layout = .budgetLedger
        }
        #expect(ledger.layout?.title.contains(city.general.label) == true)
        // The Water Utility's electricity on check 20004 is not the General Fund's.
        #expect(city.money(ledger, city.accounts["41940-381"]!.label, "Year to Date") == 25_000)
        #expect(city.money(ledger, city.accounts["31010"]!.label, "Annual Budget") == 1_500_000)
    }

    @Test func theRecapShowsEachFundsRevenuesAndExpendituresByAccount() throws {
        let city = try Self.city.get()
        let recap = try city.run("fund-recap") { $0.from = LocalDate(iso: "2025-03-01"); $0.to = LocalDate(iso: "2025-03-31") }
        #expect(city.money(recap, city.accounts["33420"]!.label, city.street.label) == 300_000)
        #expect(city.money(recap, city.accounts["43100-210"]!.label, city.street.label) == 80_000)
        #expect(city.money(recap, city.accounts["41940-381"]!.label, city.general.label) == 25_000)
        #expect(city.money(recap, "Net Income", city.street.label) == 220_000)
        let net: Int64 = 300_000 - 80_000 - 25_000 - 12_500
        #expect(city.money(recap, "Net Income", "Total") == net)
    }

    @Test func fundReportsNeedAFundCompany() throws {
        #expect(throws: ReportError.notFundAccounted(company: NorthwindBooks.us, report: "fund-cash")) {
            _ = try NorthwindBooks.run(ReportRequest(report: "fund-cash", company: NorthwindBooks.us))
        }
    }
}
