import Foundation
import Ledger
import LedgerStore
import Reports
import Spreadsheet
import Testing

/// A group's budget versus actual on the hand-made books of `ConsolidationTests` (EUR→USD January average 1.11,
/// February 1.21), with a budget "Plan" in each company worked out here: each company's budget translated at the
/// month's average rate, the intercompany one eliminated, added up, and set against the consolidated P&L.
@Suite struct GroupBudgetVsActualTests {
    /// Parent: 4020 $100.00 in January and $200.00 in February, 4500 (intercompany) $100.00 in February.
    /// Sub: 4020 €300.00 and €400.00, 6010 €50.00 in February.
    private static func books() throws -> LedgerStore {
        let store = try ConsolidationTests.books()
        try store.write { writer in
            for name in ["Parent Inc", "Sub GmbH"] {
                let company = try writer.reader.company(named: name)
                let accounts = Dictionary(uniqueKeysWithValues: try writer.reader.accounts(companyID: company.id).map { ($0.number ?? "", $0.id) })
                func months(_ january: Int64, _ february: Int64) -> [Int64] { [january, february] + Array(repeating: 0, count: 10) }
                var lines = [BudgetLine(accountID: accounts["4020"]!, months: name == "Parent Inc" ? months(100_00, 200_00) : months(300_00, 400_00))]
                if name == "Parent Inc" {
                    let fees = try writer.addAccount(companyID: company.id, number: "4500", name: "Intercompany Fees", type: .income,
                                                     isIntercompany: true)
                    lines.append(BudgetLine(accountID: fees.id, months: months(0, 100_00)))
                } else {
                    lines.append(BudgetLine(accountID: accounts["6010"]!, months: months(0, 50_00)))
                }
                let budget = try writer.addBudget(companyID: company.id, name: "Plan", fiscalYear: 2026)
                _ = try writer.setBudgetLines(budgetID: budget.id, lines, expectedVersion: budget.version)
            }
        }
        return store
    }

    private static func run(_ report: String, store: LedgerStore, _ configure: (inout ReportRequest) -> Void) throws -> RecordingSink {
        var request = ReportRequest(report: report, company: "")
        request.group = "Test Group"
        request.from = LocalDate(iso: "2026-01-01")
        request.to = LocalDate(iso: "2026-02-28")
        configure(&request)
        let sink = RecordingSink()
        try ReportBuilder.run(request, in: store, today: LocalDate(iso: "2026-11-21")!, builtAt: Date(), into: sink)
        return sink
    }

    private func value(_ sink: RecordingSink, _ label: String, _ title: String) -> CellValue? {
        guard let row = sink.row(labelled: label), let column = sink.column(title), column < row.cells.count else { return nil }
        return row.cells[column].value
    }

    private func money(_ sink: RecordingSink, _ label: String, _ title: String) -> Int64? {
        guard case .money(let units) = value(sink, label, title) else { return nil }
        return units
    }

    @Test func eachCompanysBudgetIsTranslatedAtTheMonthsAverageRateAndAddedUp() throws {
        let store = try Self.books()
        let sink = try Self.run("budget-vs-actual", store: store) { _ in }
        let titles = try #require(sink.layout).columns.map(\.title)
        #expect(Array(titles.prefix(5)) == ["Account", "Parent Inc Actual", "Parent Inc Budget", "Parent Inc Variance", "Parent Inc % of Budget"])
        #expect(titles.suffix(4) == ["Total Actual", "Total Budget", "Total Variance", "Total % of Budget"])
        // Sub's €300.00 at 1.11 and €400.00 at 1.21.
        let subSales: Int64 = 333_00 + 484_00, groupSales: Int64 = 300_00 + subSales
        #expect(money(sink, "4020 Service Revenue", "Parent Inc Budget") == 300_00)
        #expect(money(sink, "4020 Service Revenue", "Sub GmbH Budget") == subSales)
        #expect(money(sink, "4020 Service Revenue", "Total Budget") == groupSales)
        #expect(money(sink, "6010 Rent", "Total Budget") == 60_50 as Int64?)
        // The intercompany fee budgeted by one side only is eliminated onto the differences line, as its actual would be.
        #expect(money(sink, "4500 Intercompany Fees", "Eliminations Budget") == -100_00 as Int64?)
        #expect(money(sink, "4500 Intercompany Fees", "Total Budget") == 0 as Int64?)
        #expect(money(sink, "Intercompany differences", "Total Budget") == 100_00 as Int64?)

        // The actuals are the group profit and loss's consolidated figures.
        let plain = try Self.run("profit-and-loss", store: store) { _ in }
        let actual = try #require(money(plain, "4020 Service Revenue", "Consolidated"))
        #expect(money(sink, "4020 Service Revenue", "Total Actual") == actual)
        #expect(money(sink, "4020 Service Revenue", "Total Variance") == actual - groupSales)
        #expect(value(sink, "4020 Service Revenue", "Total % of Budget") == .percent(Decimal(actual) / Decimal(groupSales)))
        let netActual = try #require(money(plain, "Net Income", "Consolidated"))
        let netBudget = groupSales + 100_00 - 100_00 + 100_00 - 60_50  // sales, the fee and its elimination, the difference, costs
        #expect(money(sink, "Net Income", "Total Budget") == netBudget)
        #expect(money(sink, "Net Income", "Total Variance") == netActual - netBudget)
        #expect(sink.layout?.notes.contains { $0.hasPrefix("Budget: each company's \"Plan\", translated at the monthly average rates") } == true)
    }

    @Test func byMonthAPartOfAMonthAndOneMember() throws {
        let store = try Self.books()
        let months = try Self.run("budget-vs-actual", store: store) { $0.columns = .month }
        #expect(money(months, "4020 Service Revenue", "Jan 2026 Budget") == 100_00 + 333_00 as Int64?)
        #expect(money(months, "4020 Service Revenue", "Feb 2026 Budget") == 200_00 + 484_00 as Int64?)
        #expect(money(months, "4020 Service Revenue", "Total Budget") == 1_117_00 as Int64?)

        // Half of February: each company's February budget halved in its own currency, then translated.
        let half = try Self.run("budget-vs-actual", store: store) { $0.to = LocalDate(iso: "2026-02-14") }
        #expect(money(half, "4020 Service Revenue", "Total Budget") == 100_00 + 100_00 + 333_00 + 242_00 as Int64?)

        let sub = try Self.run("budget-vs-actual", store: store) { $0.member = "Sub GmbH" }
        #expect(money(sub, "4020 Service Revenue", "Budget") == 817_00 as Int64?)
        #expect(sub.layout?.entity == "Sub GmbH, in Test Group")
    }

    @Test func aMissingBudgetIsNotedAndTheLedgerLayoutIsRefused() throws {
        let store = try Self.books()
        try store.write { writer in
            let parent = try writer.reader.company(named: "Parent Inc")
            _ = try writer.addBudget(companyID: parent.id, name: "Stretch", fiscalYear: 2026)
        }
        let unchosen = #expect(throws: ReportError.self) { try Self.run("budget-vs-actual", store: store) { _ in } }
        #expect(unchosen?.description == "choose a budget with --budget: Plan, Stretch")
        let stretch = try Self.run("budget-vs-actual", store: store) { $0.budget = "stretch" }
        #expect(stretch.layout?.notes.contains("No budget named \"Stretch\", so budgeted as nothing: Sub GmbH") == true)
        let ledger = #expect(throws: ConsolidationError.self) {
            try Self.run("budget-vs-actual", store: store) { $0.budget = "Plan"; $0.layout = .budgetLedger }
        }
        #expect(ledger?.description.hasPrefix("--layout budget-ledger does not work with --group") == true)
    }
}
