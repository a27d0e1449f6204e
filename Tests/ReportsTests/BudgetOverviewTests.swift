import ExampleBooks
import Foundation
import Ledger
import LedgerStore
import Reports
import Spreadsheet
import Testing

/// A budget as a statement: the months of its fiscal year as columns, each section's total and net income the sums of
/// the budget's lines, worked out here from the lines themselves.
@Suite struct BudgetOverviewTests {
    private func money(_ row: ReportRow?, _ column: Int) -> Int64? {
        guard let row, column < row.cells.count, case .money(let units) = row.cells[column].value else { return nil }
        return units
    }

    @Test func monthsOfTheFiscalYearAddUpToTheBudgetsLines() throws {
        let store = try NorthwindBooks.store.get()
        let name = "Overview \(UUID().uuidString.prefix(8))"
        // The UK company's year starts in April: fiscal 2027 runs from April 2026 to March 2027.
        let (lines, accounts) = try store.write { writer in
            let company = try writer.reader.company(named: NorthwindBooks.uk)
            let budget = try writer.addBudget(companyID: company.id, name: name, fiscalYear: 2027)
            let lines = try writer.reader.budgetLines(company: company, fromActualsOf: 2026, changedBy: 5)
            _ = try writer.setBudgetLines(budgetID: budget.id, lines, expectedVersion: 1)
            return (lines, Dictionary(uniqueKeysWithValues: try writer.reader.accounts(companyID: company.id).map { ($0.id, $0) }))
        }
        var request = ReportRequest(report: "budget-overview", company: NorthwindBooks.uk)
        request.budget = name.lowercased()
        let sink = try NorthwindBooks.run(request)
        let titles = try #require(sink.layout).columns.map(\.title)
        #expect(titles.first == "Account" && titles.last == "Total")
        #expect(Array(titles.dropFirst().prefix(3)) == ["Apr 2026", "May 2026", "Jun 2026"])
        #expect(titles[12] == "Mar 2027")

        func sum(_ types: Set<AccountType>, month: Int) -> Int64 {
            lines.filter { types.contains(accounts[$0.accountID]!.type) }.reduce(0) { $0 + $1.months[month] }
        }
        for month in 0..<12 {
            let income = sum([.income], month: month), cost = sum([.costOfSales], month: month)
            let expenses = sum([.expense], month: month), other = sum([.otherIncome], month: month) - sum([.otherExpense], month: month)
            #expect(money(sink.row(labelled: "Total Income"), month + 1) == income, "\(titles[month + 1])")
            #expect(money(sink.row(labelled: "Total Expenses"), month + 1) == expenses, "\(titles[month + 1])")
            #expect(money(sink.row(labelled: "Net Income"), month + 1) == income - cost - expenses + other, "\(titles[month + 1])")
        }
        let annual = lines.reduce(Int64(0)) { total, line in
            let account = accounts[line.accountID]!
            return total + (account.type.category == .income ? line.total : -line.total)
        }
        #expect(money(sink.row(labelled: "Net Income"), 13) == annual)
    }

    @Test func aBudgetMustBeNamedWhenTheCompanyHasSeveral() throws {
        let second = "Second \(UUID().uuidString.prefix(8))"
        try NorthwindBooks.store.get().write { writer in
            _ = try writer.addBudget(companyID: try writer.reader.company(named: NorthwindBooks.canada).id, name: second, fiscalYear: 2026)
        }
        var request = ReportRequest(report: "budget-overview", company: NorthwindBooks.canada)
        let unchosen = #expect(throws: ReportError.self) { try NorthwindBooks.run(request) }
        guard case .budgetNotChosen(let company, let budgets) = unchosen else {
            Issue.record("\(String(describing: unchosen)) is not a request to choose a budget")
            return
        }
        #expect(company == NorthwindBooks.canada && budgets.contains(ExampleLoader.budgetName) && budgets.contains(second))
        request.budget = "Nope"
        let unknown = #expect(throws: StoreError.self) { try NorthwindBooks.run(request) }
        #expect(unknown?.description == "no budget named \"Nope\" in Northwind Canada Ltd")
    }
}
