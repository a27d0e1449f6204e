import Foundation
import GRDB
import Testing
import ExampleBooks
import Ledger
import LedgerStore

/// The Northwind books at scale 1, seed 1, loaded once for all tests of this suite.
enum Northwind {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../Examples/northwind").standardized.path

    static func load(scale: Int = 1, seed: UInt64 = 1) throws -> (store: LedgerStore, result: ExampleLoader.Result) {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("northwind-\(UUID().uuidString).sqlite").path
        let store = try LedgerStore(path: path, create: true)
        return (store, try ExampleLoader.load(into: store, from: directory, scale: scale, seed: seed))
    }

    static let standard = Result { try load() }

    /// Answers one SQL question about the standard books over a separate read-only connection.
    static func query<T: DatabaseValueConvertible>(_ sql: String, _ arguments: StatementArguments = []) throws -> T? {
        let store = try standard.get().store
        var configuration = Configuration()
        configuration.readonly = true
        return try DatabaseQueue(path: store.path, configuration: configuration).read { try T.fetchOne($0, sql: sql, arguments: arguments) }
    }
}

@Suite struct NorthwindTests {
    @Test func everyInvariantHoldsAndEachTrialBalanceIsZero() throws {
        let (store, result) = try Northwind.standard.get()
        #expect(result.companies.map(\.name) == ["Northwind Traders Inc", "Northwind Canada Ltd", "Northwind UK Ltd"])
        #expect(try store.read { try $0.check() } == [])
        for company in result.companies {
            let balances = try store.read { try $0.trialBalance(companyID: company.id) }
            #expect(balances.map(\.balance).reduce(0, +) == 0, "\(company.name)")
        }
    }

    @Test func companiesKeepTheirOwnCurrencyAndFiscalYear() throws {
        let companies = try Northwind.standard.get().result.companies
        #expect(companies.map(\.baseCurrency.code) == ["USD", "CAD", "GBP"])
        #expect(companies.map(\.fiscalYearStartMonth) == [1, 1, 4])
    }

    @Test func activityHasEveryKindOfDocumentInRealisticVolume() throws {
        let summary = try Northwind.standard.get().result.activity
        // Refunds, deposits and transfers are not in the example's activity yet; MoneyOnAccountTests and DepositTests post them.
        // Checks paying claims are a public body's documents; FundSheetsCommandTests posts them.
        for kind in DocumentKind.allCases where !kind.isRefund && !kind.movesOwnMoney && kind != .check {
            #expect((summary.postedByKind[kind] ?? 0) > 0, "no \(kind.displayName)")
        }
        // Hundreds of invoices and bills a month in the US company, over 22 months.
        let usInvoices: Int = try Northwind.query("""
            SELECT COUNT(*) FROM documents d JOIN companies c ON c.id = d.company_id
            WHERE c.name = 'Northwind Traders Inc' AND d.kind = 'invoice' AND d.date BETWEEN '2026-10-01' AND '2026-10-31'
            """) ?? 0
        #expect(usInvoices > 150)
        #expect(summary.voided > 0)
        let span: String? = try Northwind.query("SELECT MIN(date) || ' ' || MAX(date) FROM documents WHERE number != 'OPENING'")
        #expect(span == "2025-01-01 2026-10-31")
    }

    @Test func paymentsSettleMostInvoicesSomeLatePartialOrOpen() throws {
        let invoices: Int = try Northwind.query("SELECT COUNT(*) FROM documents WHERE kind = 'invoice' AND status = 'posted'") ?? 0
        let settled: Int = try Northwind.query("""
            SELECT COUNT(*) FROM documents d WHERE kind = 'invoice' AND status = 'posted'
            AND total = (SELECT SUM(amount) FROM applications WHERE target_id = d.id)
            """) ?? 0
        let partial: Int = try Northwind.query("""
            SELECT COUNT(*) FROM documents d WHERE kind = 'invoice' AND status = 'posted'
            AND (SELECT SUM(amount) FROM applications WHERE target_id = d.id) < total
            """) ?? 0
        let late: Int = try Northwind.query("""
            SELECT COUNT(DISTINCT t.id) FROM applications a JOIN documents t ON t.id = a.target_id JOIN documents p ON p.id = a.payment_id
            WHERE t.kind = 'invoice' AND p.date > t.due_date
            """) ?? 0
        let multiInvoicePayments: Int = try Northwind.query("""
            SELECT COUNT(*) FROM (SELECT payment_id FROM applications a JOIN documents t ON t.id = a.target_id
                                  WHERE t.kind = 'invoice' GROUP BY payment_id HAVING COUNT(*) >= 2)
            """) ?? 0
        let creditsApplied: Int = try Northwind.query("""
            SELECT COUNT(*) FROM applications a JOIN documents t ON t.id = a.target_id WHERE t.kind = 'credit-memo'
            """) ?? 0
        #expect(Double(settled) > 0.8 * Double(invoices))
        #expect(partial > 0 && late > 0 && multiInvoicePayments > 0 && creditsApplied > 0)
        #expect(invoices - settled - partial > 0, "some invoices stay open")
    }

    @Test func usCompanyChargesMonthlyManagementFeesBookedOnBothSides() throws {
        let feeInvoices: Int = try Northwind.query("""
            SELECT COUNT(*) FROM documents d JOIN parties p ON p.id = d.party_id
            WHERE d.kind = 'invoice' AND p.intercompany_company_id IS NOT NULL
            """) ?? 0
        let feeBills: Int = try Northwind.query("""
            SELECT COUNT(*) FROM documents d JOIN parties p ON p.id = d.party_id
            WHERE d.kind = 'bill' AND p.intercompany_company_id IS NOT NULL
            """) ?? 0
        #expect(feeInvoices == 44 && feeBills == 44)
        // The Canadian bill for January 2025 is the USD fee at that day's rate.
        let rate: String = try Northwind.query("SELECT rate FROM exchange_rates WHERE from_currency = 'CAD' AND date = '2025-01-31'") ?? "0"
        let billTotal: Int64 = try Northwind.query("""
            SELECT d.total FROM documents d JOIN companies c ON c.id = d.company_id JOIN parties p ON p.id = d.party_id
            WHERE c.name = 'Northwind Canada Ltd' AND d.kind = 'bill' AND p.intercompany_company_id IS NOT NULL AND d.date = '2025-01-31'
            """) ?? 0
        let expected = try Money(rounding: Decimal(25_000) / DecimalText.parse(rate)!, in: Currency(code: "CAD"))
        #expect(billTotal == expected.minorUnits)
    }

    @Test func dailyRatesCoverTheWholePeriod() throws {
        let (store, _) = try Northwind.standard.get()
        let usd = try Currency(code: "USD")
        for code in ["CAD", "GBP"] {
            let rates = try store.read { try $0.rates(from: Currency(code: code), to: usd) }
            let days = Set(rates.map(\.date))
            var day = LocalDate(iso: "2025-01-01")!
            while day <= LocalDate(iso: "2026-10-31")! {
                #expect(days.contains(day), "\(code)/USD on \(day)")
                day = day.adding(days: 1)
            }
        }
    }

    @Test func theThreeCompaniesFormTheNorthwindGroupWithTheirFeeAccountsIntercompany() throws {
        let (full, result) = try Northwind.standard.get()
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("reference-\(UUID().uuidString).sqlite").path
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        let reference = try LedgerStore(path: path, create: true)
        _ = try ExampleLoader.loadReference(into: reference, from: Northwind.directory)
        for store in [full, reference] {
            let group = try store.read { try $0.group(named: "Northwind Group") }
            #expect(group.currency.code == "USD")
            #expect(try group.companyIDs.map { id in try store.read { try $0.company(id: id)?.name } }
                    == ["Northwind Traders Inc", "Northwind Canada Ltd", "Northwind UK Ltd"])
            let intercompany = try result.companies.flatMap { company in
                try store.read { try $0.accounts(companyID: company.id) }.filter(\.isIntercompany).map { "\(company.name): \($0.label)" }
            }
            #expect(intercompany == ["Northwind Traders Inc: 4500 Intercompany Management Fees",
                                     "Northwind Canada Ltd: 6900 Management Fees - Intercompany",
                                     "Northwind UK Ltd: 6900 Management Fees - Intercompany"])
        }
    }

    /// Each company's "2026 Budget" is its base year's income and expenses, month for month on the normal side,
    /// changed by its percentage and rounded to the cent: worked out here from the postings.
    @Test func eachCompanyHasA2026BudgetFromActualsChangedByItsPercentage() throws {
        let store = try Northwind.standard.get().store
        let plans: [(company: String, baseYearStart: String, percent: Int64)] = [
            ("Northwind Traders Inc", "2025-01-01", 5), ("Northwind Canada Ltd", "2025-01-01", 4), ("Northwind UK Ltd", "2025-04-01", 3),
        ]
        for plan in plans {
            let (budget, lines, accounts) = try store.read { reader in
                let company = try reader.company(named: plan.company)
                let budget = try #require(try reader.budget(companyID: company.id, named: ExampleLoader.budgetName), "\(plan.company)")
                return (budget, try reader.budgetLines(budgetID: budget.id), try reader.accounts(companyID: company.id))
            }
            #expect(budget.fiscalYear == 2026)
            let base = try #require(LocalDate(iso: plan.baseYearStart))
            var expected: [Int64: [Int64]] = [:]
            for account in accounts where [.income, .expense].contains(account.type.category) {
                let months = try (0..<12).map { month -> Int64 in
                    let first = base.adding(months: month)
                    let net: Int64 = try Northwind.query("SELECT COALESCE(SUM(amount), 0) FROM postings WHERE account_id = ? AND date BETWEEN ? AND ?",
                                                         [account.id, first.description, first.lastOfMonth.description]) ?? 0
                    let normal = account.type.category.isCreditNormal ? -net : net
                    let scaled = normal * (100 + plan.percent) * 2
                    return (scaled + (scaled < 0 ? -100 : 100)) / 200  // half a cent away from zero
                }
                if months.contains(where: { $0 != 0 }) { expected[account.id] = months }
            }
            #expect(lines.count == expected.count && lines.count > 5, "\(plan.company)")
            for line in lines {
                #expect(line.dimensionID == nil && line.months == expected[line.accountID], "\(plan.company) account \(line.accountID)")
            }
        }
    }

    @Test func sameSeedGivesTheSameBooksAndAnotherSeedOthers() throws {
        let (store, result) = try Northwind.standard.get()
        let again = try Northwind.load(seed: 1)
        let other = try Northwind.load(seed: 2)
        for (index, company) in result.companies.enumerated() {
            let first = try store.read { try $0.trialBalance(companyID: company.id) }.map(\.balance)
            #expect(try again.store.read { try $0.trialBalance(companyID: again.result.companies[index].id) }.map(\.balance) == first)
            #expect(try other.store.read { try $0.trialBalance(companyID: other.result.companies[index].id) }.map(\.balance) != first)
        }
        #expect(try other.store.read { try $0.check() } == [])
    }

    @Test func scaleMultipliesTheActivity() throws {
        let single = try Northwind.standard.get().result.activity.postedByKind[.invoice] ?? 0
        let double = try Northwind.load(scale: 2)
        let doubled = double.result.activity.postedByKind[.invoice] ?? 0
        #expect(Double(doubled) > 1.8 * Double(single) && Double(doubled) < 2.2 * Double(single))
        #expect(try double.store.read { try $0.check() } == [])
    }

    @Test func loadingTwiceIntoOneLedgerIsRefusedAndChangesNothing() throws {
        let (store, result) = try Northwind.standard.get()
        let documents: Int? = try Northwind.query("SELECT COUNT(*) FROM documents")
        let error = #expect(throws: StoreError.self) { try ExampleLoader.load(into: store, from: Northwind.directory) }
        #expect(error?.description.contains("already holds 3 companies") == true)
        #expect(try Northwind.query("SELECT COUNT(*) FROM documents") == documents)
        #expect(try store.read { try $0.companies() }.count == result.companies.count)
    }
}
