import Ledger
import LedgerStore

/// A budget as a statement: its income, cost of sales and expense accounts in chart order, month by month through
/// its fiscal year, with a live Total, down to gross profit and net income. An account's amount in a month is the sum
/// of its lines (the account as a whole and its classes and locations). Amounts are shown as budgeted, on each
/// account's normal side.
struct BudgetOverview: ReportDefinition {
    let name = "budget-overview"
    let summary = "A budget's income and expenses by month of its fiscal year, down to net income (--budget NAME)"
    let options: Set<ReportOption> = [.budget]
    let defaultPeriod = DefaultPeriod.none

    func build(_ context: ReportContext, into sink: ReportSink) throws {
        let budget = try context.chosenBudget()
        let months = FiscalYear.months(of: budget.fiscalYear, startMonth: context.company.fiscalYearStartMonth)
        var amounts: [Int64: [Int64]] = [:]
        for line in try context.reader.budgetLines(budgetID: budget.id) {
            amounts[line.accountID] = zip(amounts[line.accountID] ?? Array(repeating: 0, count: 12), line.months).map { $0 + $1 }
        }
        let accounts = try context.reader.accounts(companyID: context.company.id)
        let tree = AccountTree(accounts: accounts, amounts: amounts, columnCount: months.count)
        let columns = StatementColumns(titles: months.map(ReportDates.monthYear), derived: .total)
        let dates = FiscalYear.range(of: budget.fiscalYear, startMonth: context.company.fiscalYearStartMonth)
        try sink.begin(context.titledLayout(
            .statement, title: "Budget Overview: \(budget.name)",
            periodText: "Fiscal year \(budget.fiscalYear): \(ReportDates.long(dates.from)) to \(ReportDates.long(dates.to))",
            columns: [ReportColumn("Account", .label, width: 44)] + columns.reportColumns))
        try ProfitAndLoss.writeSections(of: tree, to: StatementWriter(sink: sink, columns: columns))
    }
}
