import Ledger
import LedgerStore

/// Income and expenses against a budget, the profit and loss's accounts and sections: for the period (or each month,
/// quarter, class or location of it) the actual, the budget, the variance and the actual as a % of budget, with a
/// total of each; variance is favourable when positive (income above budget, costs below it). The budget-ledger
/// layout public bodies keep instead shows the annual budget, month to date, year to date, what remains and the %
/// used. Without a period, the budget's fiscal year to the as-of date.
struct BudgetVsActual: ReportDefinition {
    let name = "budget-vs-actual"
    let summary = "Income and expenses against a budget: actual, budget, variance and % of budget (--budget NAME)"
    let options: Set<ReportOption> = [.period, .range, .asOf, .basis, .columns, .dimensionColumns, .classFilter, .location,
                                      .budget, .layout]
    let defaultPeriod = DefaultPeriod.preset(.thisFiscalYearToDate)

    func build(_ context: ReportContext, into sink: ReportSink) throws {
        let chosen = try context.chosenBudget()
        let budget = try BudgetAmounts(chosen, company: context.company, reader: context.reader)
        // A fund's budget is compared with that fund's postings only.
        var filter = context.filter
        filter.fundID = chosen.fundID
        let range = context.requestedRange ?? budget.yearToDate(asOf: context.asOf)
        let columns: StatementColumns
        let values: (Account) throws -> [Int64]
        let title: String, periodText: String
        if context.request.layout == .budgetLedger {
            guard context.request.columns == .total else { throw ReportError.layoutTakesNoColumns(layout: "budget-ledger") }
            guard budget.year.contains(range.to) else {
                throw ReportError.outsideBudgetYear(date: range.to, budget: budget.budget.name, year: budget.year)
            }
            let ledger = try BudgetLedgerFigures(budget, through: range.to, filter: filter, context: context)
            (columns, values, title) = (ledger.columns, ledger.values, "Budget Ledger")
            periodText = "As of \(ReportDates.long(range.to)), fiscal year \(budget.budget.fiscalYear)"
        } else {
            let comparison = try BudgetComparisonFigures(budget, over: range, filter: filter, context: context)
            (columns, values, title) = (comparison.columns, comparison.values, "Budget vs. Actual")
            periodText = "\(ReportDates.long(range.from)) to \(ReportDates.long(range.to))"
        }
        let accounts = try context.reader.accounts(companyID: context.company.id)
        var amounts: [Int64: [Int64]] = [:]
        for account in accounts where [.income, .expense].contains(account.type.category) {
            amounts[account.id] = try values(account)
        }
        let tree = AccountTree(accounts: accounts, amounts: amounts, columnCount: columns.valueCount)
        let fund = try chosen.fundID.flatMap { id in try context.reader.funds(companyID: context.company.id).first { $0.id == id } }
        let heading = "\(title): \(budget.budget.name)" + (fund.map { ", \($0.label)" } ?? "")
        try sink.begin(context.titledLayout(.statement, title: heading, periodText: periodText,
                                            showingBasis: true,
                                            columns: [ReportColumn("Account", .label, width: 44)] + columns.reportColumns)
            .adding(notes: Self.notes(ledger: context.request.layout == .budgetLedger)))
        try ProfitAndLoss.writeSections(of: tree, to: StatementWriter(sink: sink, columns: columns))
    }

    private static func notes(ledger: Bool) -> [String] {
        ledger ? ["Remaining budget is the annual budget less the year to date; % used is the year to date of the annual budget"]
            : ["Variance is favourable when positive: income above budget, costs below it; "
               + "a part of a month is budgeted in proportion to its days"]
    }
}

/// The actual and budget of each span (a month, a quarter, a class, or the whole period) of a budget-versus-actual.
private struct BudgetComparisonFigures {
    let columns: StatementColumns
    private let actuals: [[Int64: Int64]]
    private let budgets: [[Int64: Int64]]

    init(_ budget: BudgetAmounts, over range: DateRange, filter: PostingFilter, context: ReportContext) throws {
        let spans: [(range: DateRange, filter: PostingFilter)]
        if let dimension = context.request.columns.dimension {
            let split = try DimensionColumns(dimension, context: context, range: range, basis: context.basis)
            spans = split.filters.map { var dimension = $0; dimension.fundID = filter.fundID; return (range, dimension) }
            columns = StatementColumns(titles: split.titles, derived: .budgetComparison)
        } else {
            let periods = StatementPeriods(range, request: context.request,
                                           fiscalYearStartMonth: context.company.fiscalYearStartMonth, showsTotal: false)
            spans = periods.ranges.map { ($0, filter) }
            columns = StatementColumns(titles: periods.titles, derived: .budgetComparison)
        }
        actuals = try spans.map {
            try context.reader.activity(companyID: context.company.id, from: $0.range.from, through: $0.range.to,
                                        basis: context.basis, filter: $0.filter)
        }
        budgets = spans.map { budget.amounts(in: $0.range, filter: $0.filter) }
    }

    /// Actual then budget for each span, on the account's normal side.
    func values(_ account: Account) -> [Int64] {
        zip(actuals, budgets).flatMap { actual, budget in
            [(actual[account.id] ?? 0) * account.type.displaySign, budget[account.id] ?? 0]
        }
    }
}

/// A budget ledger's figures as of a day of the budget's year: the annual budget, the actuals of the month to date
/// and of the year to date.
private struct BudgetLedgerFigures {
    let columns = StatementColumns(titles: ["Annual Budget", "Month to Date", "Year to Date"], derived: .budgetLedger)
    private let annual: [Int64: Int64]
    private let monthToDate: [Int64: Int64]
    private let yearToDate: [Int64: Int64]

    init(_ budget: BudgetAmounts, through date: LocalDate, filter: PostingFilter, context: ReportContext) throws {
        annual = budget.amounts(in: budget.year, filter: filter)
        func actual(from start: LocalDate) throws -> [Int64: Int64] {
            try context.reader.activity(companyID: context.company.id, from: start, through: date, basis: context.basis,
                                        filter: filter)
        }
        monthToDate = try actual(from: date.firstOfMonth)
        yearToDate = try actual(from: budget.year.from)
    }

    func values(_ account: Account) -> [Int64] {
        [annual[account.id] ?? 0, (monthToDate[account.id] ?? 0) * account.type.displaySign,
         (yearToDate[account.id] ?? 0) * account.type.displaySign]
    }
}

extension BudgetAmounts {
    /// The budget's year up to `asOf`: all of it once the year is over or before it has begun.
    func yearToDate(asOf: LocalDate) -> DateRange {
        year.contains(asOf) ? DateRange(from: year.from, to: asOf) : year
    }
}

extension ReportContext {
    /// The company's budget the request names (any case), or without a name the one budget it has.
    func chosenBudget() throws -> Budget {
        guard let name = request.budget else {
            let budgets = try reader.budgets(companyID: company.id)
            guard budgets.count == 1 else {
                throw ReportError.budgetNotChosen(company: company.name, budgets: budgets.map(\.name))
            }
            return budgets[0]
        }
        return try reader.budget(named: name, of: company)
    }
}
