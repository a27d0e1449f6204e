import Foundation
import Ledger
import Spreadsheet
import LedgerStore
import Reports
import Testing

/// Group reports against figures worked out by hand: a USD parent and a EUR subsidiary with a handful of documents
/// and known rates, including the translation adjustment and an intercompany fee the two book differently.
@Suite struct ConsolidationTests {
    /// Parent Inc (USD) and Sub GmbH (EUR) in "Test Group" (USD). EUR→USD: 1.10 on Jan 1, 1.12 on Jan 15 (January
    /// average 1.11), 1.20 on Feb 1, 1.22 on Feb 20 (February average 1.21; closing at Feb 28: 1.22).
    /// - Parent: owner puts in 5,000.00 (Jan 1); invoices Sub a 120.00 management fee (Feb 10).
    /// - Sub: owner puts in €1,000.00 (Jan 1, historical 1.10); invoices an outside customer €500.00 (Jan 20);
    ///   books Parent's fee as €100.00 (Feb 10), not the 120.00 dollars Parent billed.
    static func books() throws -> LedgerStore {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("group-\(UUID().uuidString).sqlite").path
        let store = try LedgerStore(path: path, create: true)
        let usd = try Currency(code: "USD"), eur = try Currency(code: "EUR")
        func day(_ text: String) -> LocalDate { LocalDate(iso: text)! }
        try store.write { writer in
            let parent = try writer.addCompany(name: "Parent Inc", currency: usd, fiscalYearStartMonth: 1)
            let sub = try writer.addCompany(name: "Sub GmbH", currency: eur, fiscalYearStartMonth: 1)
            let p = try writer.addStarterChart(companyID: parent.id), s = try writer.addStarterChart(companyID: sub.id)
            _ = try writer.addGroup(name: "Test Group", currency: usd, companyIDs: [parent.id, sub.id])
            for (date, rate) in [("2026-01-01", "1.10"), ("2026-01-15", "1.12"), ("2026-02-01", "1.20"), ("2026-02-20", "1.22")] {
                try writer.setRate(date: day(date), from: eur, to: usd, rate: Decimal(string: rate)!)
            }
            func journal(_ company: Company, _ number: String, _ date: String, debit: Account, credit: Account, _ amount: Int64) throws {
                _ = try writer.post(Document(companyID: company.id, kind: .journalEntry, number: number, date: day(date),
                                             currency: company.baseCurrency, lines: [
                                                DocumentLine(accountID: debit.id, amount: amount),
                                                DocumentLine(accountID: credit.id, amount: -amount)]))
            }
            try journal(parent, "JE-1", "2026-01-01", debit: p["1000"]!, credit: p["3000"]!, 500_000)
            try journal(sub, "JE-1", "2026-01-01", debit: s["1000"]!, credit: s["3000"]!, 100_000)
            let subAsCustomer = try writer.addParty(companyID: parent.id, kind: .customer, name: "Sub GmbH", intercompanyCompanyID: sub.id)
            let parentAsVendor = try writer.addParty(companyID: sub.id, kind: .vendor, name: "Parent Inc", intercompanyCompanyID: parent.id)
            let outsider = try writer.addParty(companyID: sub.id, kind: .customer, name: "Kunde AG")
            // No number, no group code, no name the parent has: it maps nowhere.
            _ = try writer.addAccount(companyID: sub.id, number: nil, name: "Sondererlöse", type: .otherIncome)
            _ = try writer.post(Document(companyID: parent.id, kind: .invoice, number: "P-1", partyID: subAsCustomer.id,
                                         date: day("2026-02-10"), dueDate: day("2026-03-10"), currency: usd,
                                         lines: [DocumentLine(accountID: p["4020"]!.id, amount: 12_000)]))
            _ = try writer.post(Document(companyID: sub.id, kind: .invoice, number: "S-1", partyID: outsider.id,
                                         date: day("2026-01-20"), dueDate: day("2026-02-20"), currency: eur,
                                         lines: [DocumentLine(accountID: s["4020"]!.id, amount: 50_000)]))
            _ = try writer.post(Document(companyID: sub.id, kind: .bill, number: "B-1", partyID: parentAsVendor.id,
                                         date: day("2026-02-10"), dueDate: day("2026-03-10"), currency: eur,
                                         lines: [DocumentLine(accountID: s["6010"]!.id, amount: 10_000)]))
        }
        return store
    }

    static func run(_ report: String, _ configure: (inout ReportRequest) -> Void) throws -> RecordingSink {
        var request = ReportRequest(report: report, company: "")
        request.group = "Test Group"
        configure(&request)
        let sink = RecordingSink()
        try ReportBuilder.run(request, in: try books(), today: LocalDate(iso: "2026-11-21")!, builtAt: Date(), into: sink)
        return sink
    }

    /// Each money cell of the row labelled `label`, in minor units.
    static func amounts(_ sink: RecordingSink, _ label: String) -> [Int64] {
        (sink.row(labelled: label)?.cells.dropFirst() ?? []).map { cell in
            if case .money(let units) = cell.value { return units }
            return 0
        }
    }

    @Test func balanceSheetByHand() throws {
        let sink = try Self.run("balance-sheet") { $0.asOf = LocalDate(iso: "2026-02-28") }
        #expect(sink.layout?.columns.map(\.title) == ["Account", "Parent Inc", "Sub GmbH", "Eliminations", "Consolidated"])
        // Parent Inc | Sub GmbH at the closing 1.22 | Eliminations | Consolidated
        #expect(Self.amounts(sink, "1000 Checking") == [500_000, 122_000, 0, 622_000])
        #expect(Self.amounts(sink, "1100 Accounts Receivable") == [12_000, 61_000, -12_000, 61_000])
        // Parent's receivable is $120.00; Sub owes €100.00 = $122.00: the $2.00 the two sides disagree by stays visible.
        #expect(Self.amounts(sink, "Intercompany differences") == [0, 0, -200, -200])
        #expect(Self.amounts(sink, "Total Assets") == [512_000, 183_000, -12_200, 682_800])
        #expect(Self.amounts(sink, "2000 Accounts Payable") == [0, 12_200, -12_200, 0])
        // Contributed equity at the historical 1.10; this year's profit at monthly averages: €500 × 1.11 − €100 × 1.21.
        #expect(Self.amounts(sink, "3000 Owner's Equity") == [500_000, 110_000, 0, 610_000])
        #expect(Self.amounts(sink, "Net Income") == [12_000, 43_400, 0, 55_400])
        // What balances Sub's translated books: 1,830.00 − 122.00 − 1,100.00 − 434.00.
        #expect(Self.amounts(sink, "Cumulative translation adjustment") == [0, 17_400, 0, 17_400])
        #expect(Self.amounts(sink, "Total Liabilities and Equity") == Self.amounts(sink, "Total Assets"))
    }

    @Test func profitAndLossByHand() throws {
        let sink = try Self.run("profit-and-loss") { $0.from = LocalDate(iso: "2026-01-01"); $0.to = LocalDate(iso: "2026-02-28") }
        // €500.00 at January's 1.11; Parent's fee to Sub eliminated.
        #expect(Self.amounts(sink, "4020 Service Revenue") == [12_000, 55_500, -12_000, 55_500])
        // €100.00 at February's 1.21 = $121.00, eliminated against Parent's $120.00: $1.00 left, shown, not hidden.
        #expect(Self.amounts(sink, "6010 Rent") == [0, 12_100, -12_100, 0])
        #expect(Self.amounts(sink, "Intercompany differences") == [0, 0, -100, -100])
        #expect(Self.amounts(sink, "Net Income") == [12_000, 43_400, 0, 55_400])
        #expect(sink.layout?.notes.contains("Unmapped accounts, shown on Unmapped lines: Sub GmbH: Sondererlöse") == true)
    }

    @Test func trialBalanceByHand() throws {
        let sink = try Self.run("trial-balance") { $0.asOf = LocalDate(iso: "2026-02-28") }
        #expect(sink.layout?.columns.map(\.title) == ["Account", "Parent Inc", "Sub GmbH", "Eliminations", "Consolidated"])
        // Debits positive, credits negative: the balance sheet's lines with this year's income and expenses itemised.
        #expect(Self.amounts(sink, "1000 Checking") == [500_000, 122_000, 0, 622_000])
        #expect(Self.amounts(sink, "3000 Owner's Equity") == [-500_000, -110_000, 0, -610_000])
        #expect(Self.amounts(sink, "4020 Service Revenue") == [-12_000, -55_500, 12_000, -55_500])
        #expect(Self.amounts(sink, "6010 Rent") == [0, 12_100, -12_100, 0])
        #expect(Self.amounts(sink, "Cumulative translation adjustment") == [0, -17_400, 0, -17_400])
        // Eliminated: Parent's $120.00 receivable and fee; Sub's €100.00 payable at the closing 1.22 and its rent at
        // February's 1.21. What they disagree by: −120.00 + 122.00 + 120.00 − 121.00 = 1.00, left as a credit.
        #expect(Self.amounts(sink, "Intercompany differences") == [0, 0, -100, -100])
        #expect(Self.amounts(sink, "Total") == [0, 0, 0, 0])
        #expect(sink.row(labelled: "Net Income") == nil)
    }

    @Test func ratesSheetListsEveryRateTheStatementUsed() throws {
        let sink = try Self.run("balance-sheet") { $0.asOf = LocalDate(iso: "2026-02-28"); $0.rates = true }
        #expect(sink.layout?.style == .dataTable)
        #expect(sink.layout?.notes.contains { $0.hasPrefix("Assets and liabilities: the last stored rate") } == true)
        let rows = sink.rows.map { row in row.cells.map(\.value) }
        func day(_ text: String) -> CellValue { .date(LocalDate(iso: text)!) }
        #expect(rows == [
            [.text("Monthly average"), .text("EUR"), .text("USD"), day("2026-01-01"), day("2026-01-31"), .decimal(Decimal(string: "1.11")!)],
            [.text("Monthly average"), .text("EUR"), .text("USD"), day("2026-02-01"), day("2026-02-28"), .decimal(Decimal(string: "1.21")!)],
            [.text("Closing rate"), .text("EUR"), .text("USD"), day("2026-02-28"), day("2026-02-28"), .decimal(Decimal(string: "1.22")!)],
            [.text("Historical rate"), .text("EUR"), .text("USD"), day("2026-01-01"), day("2026-01-01"), .decimal(Decimal(string: "1.1")!)],
        ])
    }

    @Test func memberSheetIsThatCompanysColumn() throws {
        let whole = try Self.run("balance-sheet") { $0.asOf = LocalDate(iso: "2026-02-28") }
        let sub = try Self.run("balance-sheet") { $0.asOf = LocalDate(iso: "2026-02-28"); $0.member = "sub gmbh" }
        #expect(sub.layout?.columns.map(\.title) == ["Account", "Sub GmbH"])
        #expect(sub.layout?.entity == "Sub GmbH, in Test Group")
        for label in ["1000 Checking", "Net Income", "Cumulative translation adjustment", "Total Assets"] {
            #expect(Self.amounts(sub, label) == [Self.amounts(whole, label)[1]], "\(label)")
        }
        #expect {
            try Self.run("balance-sheet") { $0.member = "Other Ltd" }
        } throws: { "\($0)" == "Other Ltd is not a company of the group Test Group, whose companies are Parent Inc, Sub GmbH" }
    }

    @Test func groupSheetsArePlannedWithTheStatement() throws {
        var request = ReportRequest(report: "profit-and-loss", company: "")
        request.group = "Test Group"
        request.byCompany = true
        let store = try Self.books()
        let named = try ReportSheet.plan(for: request, named: "Group P&L: 2026", in: store)
        #expect(named.map(\.name) == ["Group P&L: 2026", "Group P&L- 2026 Parent Inc", "Group P&L- 2026 Sub GmbH", "Group P&L- 2026 Rates"])
        #expect(named.map(\.request.member) == [nil, "Parent Inc", "Sub GmbH", nil])
        #expect(named.map(\.request.rates) == [false, false, false, true])
        #expect(try ReportSheet.plan(for: request, named: nil, in: store).map(\.name) == ["Profit and Loss", "Parent Inc", "Sub GmbH", "Rates"])
        #expect(throws: ConsolidationError.onlyForGroups(option: "--by-company")) {
            var single = ReportRequest(report: "profit-and-loss", company: "Parent Inc")
            single.byCompany = true
            try ReportBuilder.run(single, in: store, today: LocalDate(iso: "2026-11-21")!, builtAt: Date(), into: RecordingSink())
        }
    }

    @Test func missingRatesNameThePairAndDates() throws {
        #expect {
            try Self.run("profit-and-loss") { $0.from = LocalDate(iso: "2026-01-01"); $0.to = LocalDate(iso: "2026-03-31") }
        } throws: { "\($0)" == "no EUR/USD exchange rates from 2026-03-01 to 2026-03-31; import them with `ledgersync rates import FILE` (date,from,to,rate)" }
    }
}

/// The Northwind Group (USD) of the example books: three companies in USD, CAD and GBP with monthly management fees
/// charged by the US company to the other two.
@Suite struct NorthwindGroupTests {
    static func run(_ report: String, _ configure: (inout ReportRequest) -> Void) throws -> RecordingSink {
        var request = ReportRequest(report: report, company: "")
        request.group = "Northwind Group"
        configure(&request)
        return try NorthwindBooks.run(request)
    }

    @Test func consolidatedBalanceSheetBalancesInEveryPeriod() throws {
        let sink = try Self.run("balance-sheet") {
            $0.from = LocalDate(iso: "2026-01-01")
            $0.to = LocalDate(iso: "2026-10-31")
            $0.columns = .month
        }
        let assets = ConsolidationTests.amounts(sink, "Total Assets")
        #expect(assets.count == 10)
        #expect(assets == ConsolidationTests.amounts(sink, "Total Liabilities and Equity"))
        for day in ["2025-03-31", "2025-12-31", "2026-06-30", "2026-10-31"] {
            let single = try Self.run("balance-sheet") { $0.asOf = LocalDate(iso: day) }
            #expect(ConsolidationTests.amounts(single, "Total Assets") == ConsolidationTests.amounts(single, "Total Liabilities and Equity"), "\(day)")
        }
    }

    /// Month-end columns carry each month's balances forward; built alone, any of those days gives the same figures.
    @Test(arguments: [ReportRequest.Basis.accrual, .cash])
    func monthEndColumnsEqualSingleDates(basis: ReportRequest.Basis) throws {
        let months = try Self.run("balance-sheet") {
            $0.from = LocalDate(iso: "2026-01-01")
            $0.to = LocalDate(iso: "2026-06-30")
            $0.columns = .month
            $0.basis = basis
        }
        try #require(months.layout?.columns.count == 7)
        for (month, day) in [(2, "2026-03-31"), (5, "2026-06-30")] {
            let single = try Self.run("balance-sheet") { $0.asOf = LocalDate(iso: day); $0.basis = basis }
            let column = try #require(single.column("Consolidated")) - 1
            for label in ["1010 Operating Account - Chase", "Total Assets", "Cumulative translation adjustment", "Net Income"] {
                let carried = ConsolidationTests.amounts(months, label).dropFirst(month).first
                #expect(carried != nil && carried == ConsolidationTests.amounts(single, label).dropFirst(column).first,
                        "\(label) on \(day)")
            }
        }
    }

    @Test func trialBalanceColumnsAddUpToZero() throws {
        let sink = try Self.run("trial-balance") { $0.asOf = LocalDate(iso: "2026-10-31") }
        #expect(ConsolidationTests.amounts(sink, "Total") == [0, 0, 0, 0, 0])
        let consolidated = try #require(sink.column("Consolidated")) - 1
        #expect(ConsolidationTests.amounts(sink, "4500 Intercompany Management Fees")[consolidated] == 0)
        #expect(ConsolidationTests.amounts(sink, "6900 Management Fees - Intercompany")[consolidated] == 0)
    }

    @Test func managementFeesNetToZeroWhenConsolidated() throws {
        let sink = try Self.run("profit-and-loss") { $0.period = .thisFiscalYearToDate; $0.asOf = LocalDate(iso: "2026-10-31") }
        let consolidated = try #require(sink.column("Consolidated"))
        let revenue = ConsolidationTests.amounts(sink, "4500 Intercompany Management Fees")
        let expense = ConsolidationTests.amounts(sink, "6900 Management Fees - Intercompany")
        #expect(revenue.first == 430_000_00)
        #expect(revenue[consolidated - 1] == 0 && expense[consolidated - 1] == 0)
        // The US company billed the fees in dollars; the others booked them in their currencies at their month's
        // average rates; what differs is on its own line.
        #expect(ConsolidationTests.amounts(sink, "Intercompany differences")[consolidated - 1] != 0)
    }

    @Test func eachCompanyColumnIsItsOwnReportTranslated() throws {
        let range = DateRange(from: LocalDate(iso: "2026-07-01")!, to: LocalDate(iso: "2026-09-30")!)
        let group = try Self.run("profit-and-loss") { $0.from = range.from; $0.to = range.to }
        let canada = try #require(group.column(NorthwindBooks.canada))
        // The Canadian company's own P&L, month by month, each line at that month's average CAD/USD rate.
        var expected: Int64 = 0
        let store = try NorthwindBooks.store.get()
        for month in [7, 8, 9] {
            let from = LocalDate(year: 2026, month: month, day: 1)!
            var request = ReportRequest(report: "profit-and-loss", company: NorthwindBooks.canada)
            request.from = from
            request.to = from.lastOfMonth
            let own = try NorthwindBooks.run(request)
            let rates = try store.read { try $0.rates(from: Currency(code: "CAD"), to: Currency(code: "USD")) }
                .filter { $0.date >= from && $0.date <= from.lastOfMonth }.map(\.rate)
            let average = DecimalText.roundedHalfUp(rates.reduce(0, +) / Decimal(rates.count), scale: 6)
            // Income and other income add to net income; cost of sales, expenses and other expenses subtract.
            var sign: Int64 = 1
            for row in own.rows {
                if row.kind == .heading, row.depth == 0, case .text(let title)? = row.cells.first {
                    sign = ["Income", "Other Income"].contains(title) ? 1 : -1
                }
                guard row.kind == .detail, case .money(let units)? = row.cells.dropFirst().first?.value else { continue }
                expected += sign * (try Money(rounding: Money(minorUnits: units, currency: Currency(code: "CAD")).decimalValue * average,
                                              in: Currency(code: "USD")).minorUnits)
            }
        }
        #expect(ConsolidationTests.amounts(group, "Net Income")[canada - 1] == expected)
    }

    @Test func eachCompanyColumnHoldsItsOwnAssetsAtTheClosingRate() throws {
        let day = LocalDate(iso: "2026-09-30")!
        let group = try Self.run("balance-sheet") { $0.asOf = day }
        let uk = try #require(group.column(NorthwindBooks.uk))
        var request = ReportRequest(report: "balance-sheet", company: NorthwindBooks.uk)
        request.asOf = day
        let own = try NorthwindBooks.run(request)
        let gbp = try Currency(code: "GBP"), usd = try Currency(code: "USD")
        let stored = try NorthwindBooks.store.get().read { try $0.rates(from: gbp, to: usd) }
        let closing = DecimalText.roundedHalfUp(try #require(stored.last { $0.date <= day }).rate, scale: 6)
        // Every asset line of the company's own balance sheet, each translated at the closing rate and rounded.
        var expected: Int64 = 0
        for row in own.rows {
            if case .text("Total Assets")? = row.cells.first?.value { break }
            guard row.kind == .detail, case .money(let units)? = row.cells.dropFirst().first?.value else { continue }
            expected += try Money(rounding: Money(minorUnits: units, currency: gbp).decimalValue * closing, in: usd).minorUnits
        }
        #expect(expected > 0)
        #expect(ConsolidationTests.amounts(group, "Total Assets")[uk - 1] == expected)
    }
}
