import Ledger
import LedgerStore

/// Income less cost of sales and expenses over a period: gross profit, net operating income, net income.
struct ProfitAndLoss: ReportDefinition {
    let name = "profit-and-loss"
    let summary = "Income, cost of sales and expenses for a period, down to gross profit and net income"
    let options: Set<ReportOption> = [.period, .range, .asOf, .basis, .columns, .dimensionColumns, .compare, .classFilter, .location]
    let defaultPeriod = DefaultPeriod.preset(.thisFiscalYearToDate)

    func build(_ context: ReportContext, into sink: ReportSink) throws {
        let range = context.range!
        let basis: RecognitionBasis = context.request.basis == .cash ? .cash : .accrual
        // Each money column is a span of dates with a filter: the period's spans, or its classes or locations.
        let spans: [(range: DateRange, filter: PostingFilter)]
        let columns: StatementColumns
        if let dimension = context.request.columns.dimension {
            let split = try DimensionColumns(dimension, context: context, range: range, basis: basis)
            spans = split.filters.map { (range, $0) }
            columns = split.columns
        } else {
            let periods = StatementPeriods(range, request: context.request,
                                           fiscalYearStartMonth: context.company.fiscalYearStartMonth, showsTotal: true)
            spans = periods.ranges.map { ($0, context.filter) }
            columns = periods.columns
        }
        let activity = try spans.map {
            try context.reader.activity(companyID: context.company.id, from: $0.range.from, through: $0.range.to,
                                        basis: basis, filter: $0.filter)
        }
        let accounts = try context.reader.accounts(companyID: context.company.id)
        var amounts: [Int64: [Int64]] = [:]
        for account in accounts where [.income, .expense].contains(account.type.category) {
            amounts[account.id] = activity.map { ($0[account.id] ?? 0) * account.type.displaySign }
        }
        let tree = AccountTree(accounts: accounts, amounts: amounts, columnCount: spans.count)

        try sink.begin(context.titledLayout(.statement, title: "Profit and Loss", showingBasis: true,
                                            columns: [ReportColumn("Account", .label, width: 44)] + columns.reportColumns))
        try Self.writeSections(of: tree, to: StatementWriter(sink: sink, columns: columns))
    }

    /// The statement's rows: income, cost of sales, gross profit, expenses, net operating income, other income and
    /// expenses when there are any, net income; then the end of the report.
    static func writeSections(of tree: AccountTree, to writer: StatementWriter) throws {
        let section = StatementSection(tree: tree, writer: writer)
        let income = try section.write("Income", [.income])
        let costOfSales = try section.write("Cost of Sales", [.costOfSales])
        let grossProfit = try writer.combination("Gross Profit", depth: 0, adding: [income], subtracting: [costOfSales])
        let expenses = try section.write("Expenses", [.expense])
        let operating = try writer.combination("Net Operating Income", depth: 0, adding: [grossProfit], subtracting: [expenses])
        var netIncomeParts = [operating]
        if tree.hasAmounts(in: [.otherIncome, .otherExpense]) {
            let otherIncome = try section.write("Other Income", [.otherIncome])
            let otherExpenses = try section.write("Other Expenses", [.otherExpense])
            netIncomeParts.append(try writer.combination("Net Other Income", depth: 0, adding: [otherIncome],
                                                         subtracting: [otherExpenses]))
        }
        try writer.combination("Net Income", depth: 0, adding: netIncomeParts, subtracting: [])
        try writer.finish()
    }
}

/// Writes one titled section of a statement: a heading, its accounts as a tree, and its total.
struct StatementSection {
    let tree: AccountTree
    let writer: StatementWriter

    func write(_ title: String, _ types: Set<AccountType>, depth: Int = 0) throws -> RowRef {
        let sense = writer.varianceSense
        writer.varianceSense = types.allSatisfy(\.category.isCreditNormal) ? .aboveBudgetIsFavourable : .belowBudgetIsFavourable
        defer { writer.varianceSense = sense }
        try writer.heading(title, depth: depth)
        let parts = try tree.write(types, depth: depth + 1, to: writer)
        return try writer.subtotal("Total \(title)", depth: depth, of: parts)
    }
}
