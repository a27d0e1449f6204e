import Foundation
import Ledger
import LedgerStore
import Reports
import Spreadsheet
import Testing

/// Budget versus actual on the Northwind books against a budget made here month by month: every budget figure is
/// worked out in the test from the lines it set (a part of a month in proportion to its days), every actual is the
/// plain profit and loss's, and the variances and percentages follow from those with the sign an accountant reads.
@Suite struct BudgetVsActualTests {
    /// A budget of fiscal 2026 for the US company: product sales (credit side), freight in (a cost), rent (an expense)
    /// for the whole company, and extra product sales for the class Retail.
    private struct MadeBudget {
        let name: String
        let sales: [Int64], freight: [Int64], rent: [Int64], retailSales: [Int64]
    }

    private static let made = Result<MadeBudget, Error> {
        let name = "BvA \(UUID().uuidString.prefix(8))"
        let sales = (0..<12).map { Int64(600_000_00 + $0 * 10_000_00) }
        let freight = (0..<12).map { Int64(50_000_00 + $0 * 333) }
        let rent = Array(repeating: Int64(28_000_00), count: 12)
        let retailSales = (0..<12).map { Int64(20_000_00 + $0) }
        try NorthwindBooks.store.get().write { writer in
            let company = try writer.reader.company(named: NorthwindBooks.us)
            let accounts = try writer.reader.accounts(companyID: company.id)
            func id(_ number: String) -> Int64 { accounts.first { $0.number == number }?.id ?? -1 }  // -1 fails the lines' foreign key
            let retail = try #require(try writer.reader.dimensions(companyID: company.id).first { $0.kind == .class && $0.name == "Retail" })
            let budget = try writer.addBudget(companyID: company.id, name: name, fiscalYear: 2026)
            _ = try writer.setBudgetLines(budgetID: budget.id, [
                BudgetLine(accountID: id("4010"), months: sales),
                BudgetLine(accountID: id("4010"), dimensionID: retail.id, months: retailSales),
                BudgetLine(accountID: id("5020"), months: freight),
                BudgetLine(accountID: id("6210"), months: rent),
            ], expectedVersion: 1)
        }
        return MadeBudget(name: name, sales: sales, freight: freight, rent: rent, retailSales: retailSales)
    }

    private func build(_ report: String, _ configure: (inout ReportRequest) -> Void) throws -> RecordingSink {
        var request = ReportRequest(report: report, company: NorthwindBooks.us)
        request.budget = try Self.made.get().name
        request.asOf = LocalDate(iso: "2026-10-31")
        configure(&request)
        return try NorthwindBooks.run(request)
    }

    private func money(_ sink: RecordingSink, _ label: String, _ title: String) -> Int64? {
        guard let row = sink.row(labelled: label), let column = sink.column(title), column < row.cells.count,
              case .money(let units) = row.cells[column].value else { return nil }
        return units
    }

    private func percent(_ sink: RecordingSink, _ label: String, _ title: String) -> Decimal? {
        guard let row = sink.row(labelled: label), let column = sink.column(title), column < row.cells.count,
              case .percent(let ratio) = row.cells[column].value else { return nil }
        return ratio
    }

    private func isFormula(_ sink: RecordingSink, _ label: String, _ title: String) -> Bool {
        guard let row = sink.row(labelled: label), let column = sink.column(title), column < row.cells.count,
              case .formula = row.cells[column] else { return false }
        return true
    }

    /// The plain profit and loss's figure for `label` over `from` to `to` (its one money column).
    private func plainActual(_ label: String, from: String, to: String) throws -> Int64 {
        var request = ReportRequest(report: "profit-and-loss", company: NorthwindBooks.us)
        request.from = LocalDate(iso: from)
        request.to = LocalDate(iso: to)
        let row = try #require(try NorthwindBooks.run(request).row(labelled: label), "\(label) in the plain P&L")
        guard case .money(let units) = row.cells[1].value else {
            Issue.record("\(label): the plain P&L has no amount")
            return 0
        }
        return units
    }

    /// January through May in full and 15 of June's 30 days, half a cent rounding away from zero.
    private func januaryToMidJune(_ months: [Int64]) -> Int64 {
        months[0..<5].reduce(0, +) + (months[5] * 15 * 2 + 30) / 60
    }

    @Test func actualBudgetVarianceAndPercentOfAPeriodWithPartOfAMonth() throws {
        let made = try Self.made.get()
        let report = try build("budget-vs-actual") { $0.from = LocalDate(iso: "2026-01-01"); $0.to = LocalDate(iso: "2026-06-15") }
        #expect(try #require(report.layout).columns.map(\.title) == ["Account", "Actual", "Budget", "Variance", "% of Budget"])

        let sales = januaryToMidJune(made.sales) + januaryToMidJune(made.retailSales)
        let freight = januaryToMidJune(made.freight), rent = januaryToMidJune(made.rent)
        let expected: [(label: String, budget: Int64, incomeLike: Bool)] = [
            ("4010 Product Sales", sales, true), ("Total Income", sales, true),
            ("5020 Freight In", freight, false), ("Total Cost of Sales", freight, false),
            ("Gross Profit", sales - freight, true),
            ("6210 Rent", rent, false), ("Total Expenses", rent, false),
            ("Net Income", sales - freight - rent, true),
        ]
        for row in expected {
            let actual = try plainActual(row.label, from: "2026-01-01", to: "2026-06-15")
            #expect(money(report, row.label, "Actual") == actual, "\(row.label): actual")
            #expect(money(report, row.label, "Budget") == row.budget, "\(row.label): budget")
            let variance = row.incomeLike ? actual - row.budget : row.budget - actual
            #expect(money(report, row.label, "Variance") == variance, "\(row.label): variance, favourable positive")
            #expect(percent(report, row.label, "% of Budget") == Decimal(actual) / Decimal(row.budget), "\(row.label): %")
            #expect(isFormula(report, row.label, "Variance") && isFormula(report, row.label, "% of Budget"), "\(row.label): live")
        }
        // An account with actuals and no budget shows a budget of zero and no percentage.
        let zero: Int64 = 0
        #expect(money(report, "4020 Service Revenue", "Budget") == zero)
        #expect(percent(report, "4020 Service Revenue", "% of Budget") == nil)
    }

    @Test func byMonthEachMonthHasItsBudgetAndTheTotalAddsThemUp() throws {
        let made = try Self.made.get()
        let report = try build("budget-vs-actual") { $0.period = .thisFiscalYearToDate; $0.columns = .month }
        let titles = try #require(report.layout).columns.map(\.title)
        #expect(titles.count == 1 + 11 * 4, "ten months and the total, four columns each: \(titles)")
        #expect(Array(titles[1...4]) == ["Jan 2026 Actual", "Jan 2026 Budget", "Jan 2026 Variance", "Jan 2026 % of Budget"])
        var actualTotal: Int64 = 0
        for month in 0..<10 {
            let title = ReportDates.monthYear(LocalDate(year: 2026, month: month + 1, day: 1)!)
            let budget: Int64 = made.rent[month]
            #expect(money(report, "6210 Rent", "\(title) Budget") == budget, "\(title)")
            let actual = try #require(money(report, "6210 Rent", "\(title) Actual"))
            #expect(money(report, "6210 Rent", "\(title) Variance") == budget - actual, "\(title): below budget is favourable")
            actualTotal += actual
        }
        let budgetTotal: Int64 = made.rent[0..<10].reduce(0, +)
        #expect(money(report, "6210 Rent", "Total Actual") == actualTotal)
        #expect(money(report, "6210 Rent", "Total Budget") == budgetTotal)
        #expect(money(report, "6210 Rent", "Total Variance") == budgetTotal - actualTotal)
        #expect(isFormula(report, "6210 Rent", "Total Actual") && isFormula(report, "Net Income", "Total Variance"))
    }

    @Test func byClassTheClassesBudgetLandsInItsColumn() throws {
        let made = try Self.made.get()
        let report = try build("budget-vs-actual") { $0.period = .thisFiscalYear; $0.columns = .class }
        let retail: Int64 = made.retailSales.reduce(0, +), whole: Int64 = made.sales.reduce(0, +)
        #expect(money(report, "4010 Product Sales", "Retail Budget") == retail)
        #expect(money(report, "4010 Product Sales", "No class Budget") == whole)
        #expect(money(report, "4010 Product Sales", "Total Budget") == retail + whole)
        let onlyRetail = try build("budget-vs-actual") { $0.period = .thisFiscalYear; $0.className = "Retail" }
        #expect(money(onlyRetail, "4010 Product Sales", "Budget") == retail)
        #expect(money(onlyRetail, "6210 Rent", "Budget") == nil || money(onlyRetail, "6210 Rent", "Budget") == 0)
    }

    @Test func theBudgetLedgerShowsAnnualMonthAndYearToDateRemainingAndUsed() throws {
        let made = try Self.made.get()
        let report = try build("budget-vs-actual") { $0.layout = .budgetLedger; $0.asOf = LocalDate(iso: "2026-08-20") }
        #expect(try #require(report.layout).columns.map(\.title)
            == ["Account", "Annual Budget", "Month to Date", "Year to Date", "Remaining Budget", "% Used"])
        func actual(_ from: String) throws -> Int64 { try plainActual("6210 Rent", from: from, to: "2026-08-20") }
        let annual: Int64 = made.rent.reduce(0, +)
        let yearToDate = try actual("2026-01-01")
        #expect(money(report, "6210 Rent", "Annual Budget") == annual)
        #expect(money(report, "6210 Rent", "Month to Date") == (try actual("2026-08-01")))
        #expect(money(report, "6210 Rent", "Year to Date") == yearToDate)
        #expect(money(report, "6210 Rent", "Remaining Budget") == annual - yearToDate)
        #expect(percent(report, "6210 Rent", "% Used") == Decimal(yearToDate) / Decimal(annual))
        #expect(isFormula(report, "6210 Rent", "Remaining Budget") && isFormula(report, "Net Income", "% Used"))
    }

    @Test func withoutAPeriodTheBudgetsYearToDateAndRefusals() throws {
        let report = try build("budget-vs-actual") { _ in }
        #expect(report.layout?.periodText == "January 1, 2026 to October 31, 2026")
        #expect(throws: ReportError.layoutTakesNoColumns(layout: "budget-ledger")) {
            try build("budget-vs-actual") { $0.layout = .budgetLedger; $0.columns = .month }
        }
        let outside = #expect(throws: ReportError.self) {
            try build("budget-vs-actual") { $0.layout = .budgetLedger; $0.asOf = LocalDate(iso: "2025-06-30") ; $0.period = .thisMonth }
        }
        #expect(outside?.description.hasPrefix("2025-06-30 is outside the fiscal year of budget") == true)
        let compared = #expect(throws: ReportError.self) { try build("budget-vs-actual") { $0.compare = .previousYear } }
        #expect(compared?.description.hasPrefix("budget-vs-actual does not take --compare;") == true)
    }
}
