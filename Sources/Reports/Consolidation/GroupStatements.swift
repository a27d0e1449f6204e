import Ledger
import LedgerStore

/// The profit and loss, balance sheet, trial balance and budget versus actual of a group: one translated column per
/// company, the eliminations, and the consolidated total, laid out as a company's statements are. Split into periods or compared,
/// the columns are the consolidated figures of each period. A request for one `member` shows that company's translated
/// figures instead; a request for the `rates` shows the exchange rates the statement was translated with.
enum GroupStatements {
    static func build(_ context: ReportContext, group: CompanyGroup, books: CompanyGroupBooks, into sink: ReportSink) throws {
        let member = try context.request.member.map { try books.memberIndex(named: $0) }
        let statement: GroupStatement = switch context.request.report {
        case "profit-and-loss": try profitAndLoss(context, books: books, member: member)
        case "balance-sheet": try balanceSheet(context, books: books, member: member)
        case "budget-vs-actual": try budgetVsActual(context, books: books, member: member)
        default: try trialBalance(context, books: books, member: member)
        }
        if context.request.rates {
            try GroupRatesSheet.write(books.rates.used, for: statement.title, context, into: sink)
            return
        }
        let entity = member.map { "\(books.members[$0].company.name), in \(group.name)" } ?? group.name
        try sink.begin(context.titledLayout(.statement, title: statement.title, periodText: statement.periodText, showingBasis: true,
                                            columns: [ReportColumn("Account", .label, width: 44)] + statement.columns.reportColumns)
            .about(entity).adding(notes: notes(books, statement: statement, translatedOnly: member != nil)))
        try statement.write(StatementWriter(sink: sink, columns: statement.columns))
    }

    private static func profitAndLoss(_ context: ReportContext, books: CompanyGroupBooks, member: Int?) throws -> GroupStatement {
        let periods = StatementPeriods(context.range!, request: context.request, fiscalYearStartMonth: books.fiscalYearStartMonth,
                                       showsTotal: true)
        let (columns, figures) = try split(periods.ranges.count == 1 && context.request.compare == nil, member: member,
                                           books: books, spans: periods.ranges, titles: periods.titles, derived: periods.derived) {
            try books.profitAndLoss($0)
        }
        return GroupStatement(title: "Profit and Loss", periodText: context.periodText, columns: columns) { writer in
            try ProfitAndLoss.writeSections(of: tree(books.chart, figures), to: writer)
        }
    }

    /// Income and expenses against each company's budget of one name, translated and added up (`GroupBudget`): for one
    /// span, each company's actual and budget, the eliminations and the consolidated total; by
    /// month or quarter, the consolidated figures of each; for one member, its own.
    private static func budgetVsActual(_ context: ReportContext, books: CompanyGroupBooks, member: Int?) throws -> GroupStatement {
        guard context.request.layout == nil else { throw ConsolidationError.budgetLedgerNotForGroups }
        let budget = try GroupBudget(named: context.request.budget, books: books, reader: context.reader)
        let range = context.requestedRange ?? budget.yearToDate(asOf: context.asOf) ?? context.range!
        let periods = StatementPeriods(range, request: context.request, fiscalYearStartMonth: books.fiscalYearStartMonth,
                                       showsTotal: false)
        var titles = periods.titles
        var figures: [[Int64: Int64]] = []  // actual then budget of each column
        if periods.ranges.count == 1, member == nil {
            let (companies, eliminations) = try books.profitAndLoss(range)
            let budgets = try budget.amounts(range, books: books)
            for (actual, planned) in zip(companies + [eliminations], budgets.companies + [budgets.eliminations]) {
                figures += [actual, planned]
            }
            titles = books.members.map(\.company.name) + ["Eliminations"]
        } else {
            for span in periods.ranges {
                let (companies, eliminations) = try books.profitAndLoss(span)
                let budgets = try budget.amounts(span, books: books)
                figures += member.map { [companies[$0], budgets.companies[$0]] }
                    ?? [added(companies + [eliminations]), added(budgets.companies + [budgets.eliminations])]
            }
        }
        let notes = budget.notes(over: range, books: books)
            + ["Variance is favourable when positive: income above budget, costs below it; a part of a month is budgeted in "
               + "proportion to its days"]
        return GroupStatement(title: "Budget vs. Actual: \(budget.name)",
                              periodText: "\(ReportDates.long(range.from)) to \(ReportDates.long(range.to))",
                              columns: StatementColumns(titles: titles, derived: .budgetComparison), notes: notes) { writer in
            try ProfitAndLoss.writeSections(of: tree(books.chart, figures), to: writer)
        }
    }

    private static func balanceSheet(_ context: ReportContext, books: CompanyGroupBooks, member: Int?) throws -> GroupStatement {
        let (dates, columns, figures) = try atDates(context, books: books, member: member, figures: books.balanceSheet)
        return GroupStatement(title: "Balance Sheet", periodText: dates.periodText, columns: columns) { writer in
            try BalanceSheet.writeSections(of: tree(books.chart, figures), to: writer)
        }
    }

    /// Every line's balance, debit positive and credit negative, as a consolidation worksheet shows them: each
    /// column adds up to zero. Income and expenses are this fiscal year's; earlier years' are in retained earnings.
    private static func trialBalance(_ context: ReportContext, books: CompanyGroupBooks, member: Int?) throws -> GroupStatement {
        let (dates, columns, figures) = try atDates(context, books: books, member: member, figures: books.trialBalance)
        let order = Dictionary(uniqueKeysWithValues: AccountType.allCases.enumerated().map { ($1, $0) })
        let lines = books.chart.lines.enumerated().sorted { (order[$0.element.type]!, $0.offset) < (order[$1.element.type]!, $1.offset) }
        return GroupStatement(title: "Trial Balance", periodText: dates.periodText, columns: columns,
                              notes: ["Debits positive, credits negative; each column adds up to zero"]) { writer in
            var rows: [RowRef] = []
            for (_, line) in lines {
                let values = figures.map { $0[line.id] ?? 0 }
                guard values.contains(where: { $0 != 0 }) else { continue }
                rows.append(try writer.detail(line.label, depth: 0, values: values))
            }
            try writer.subtotal("Total", depth: 0, of: rows, kind: .total)
            try writer.finish()
        }
    }

    /// The columns of a statement of balances at the end of days: the report date, each period's end, or the dates
    /// compared.
    private static func atDates(_ context: ReportContext, books: CompanyGroupBooks, member: Int?,
                                figures: (LocalDate) throws -> (companies: [[Int64: Int64]], eliminations: [Int64: Int64]))
        throws -> (BalanceColumns, StatementColumns, [[Int64: Int64]]) {
        let dates = BalanceColumns(context)
        let (columns, amounts) = try split(dates.dates.count == 1, member: member, books: books,
                                           spans: dates.dates.map { DateRange(from: $0, to: $0) },
                                           titles: dates.dates.map(ReportDates.short), derived: dates.derived) {
            try figures($0.to)
        }
        return (dates, columns, amounts)
    }

    /// The money columns, debit positive by line: per company, eliminations and a consolidated total when `byCompany`
    /// (one span, no comparison, no single member); else the figures of each span, consolidated or the member's.
    private static func split(_ byCompany: Bool, member: Int?, books: CompanyGroupBooks, spans: [DateRange], titles: [String],
                              derived: StatementColumns.Derived,
                              figures: (DateRange) throws -> (companies: [[Int64: Int64]], eliminations: [Int64: Int64]))
        throws -> (StatementColumns, [[Int64: Int64]]) {
        if byCompany, member == nil {
            let (companies, eliminations) = try figures(spans[0])
            return (StatementColumns(titles: books.members.map(\.company.name) + ["Eliminations"], derived: .consolidated),
                    companies + [eliminations])
        }
        let columns = try spans.map { span in
            let (companies, eliminations) = try figures(span)
            return member.map { companies[$0] } ?? added(companies + [eliminations])
        }
        let memberTitles = member.map { spans.count == 1 ? [books.members[$0].company.name] : titles } ?? titles
        return (StatementColumns(titles: memberTitles, derived: derived), columns)
    }

    /// The amounts of `columns` added up line by line.
    private static func added(_ columns: [[Int64: Int64]]) -> [Int64: Int64] {
        columns.reduce(into: [:]) { total, column in
            for (line, amount) in column { total[line, default: 0] += amount }
        }
    }

    /// The chart's lines with their amounts as statements show them (credits positive on income, liabilities, equity).
    private static func tree(_ chart: GroupChart, _ columns: [[Int64: Int64]]) -> AccountTree {
        var amounts: [Int64: [Int64]] = [:]
        for line in chart.lines {
            amounts[line.id] = columns.map { ($0[line.id] ?? 0) * line.type.displaySign }
        }
        return AccountTree(accounts: chart.lines, amounts: amounts, columnCount: columns.count)
    }

    /// How the figures were translated (one company's, or consolidated), and any account that mapped nowhere.
    private static func notes(_ books: CompanyGroupBooks, statement: GroupStatement, translatedOnly: Bool) -> [String] {
        var notes = ["\(translatedOnly ? "Translated into" : "Consolidated in") \(books.group.currency.code) (IAS 21): "
                     + "income and expenses at monthly average rates, "
                     + "assets and liabilities at the closing rate, equity at historical rates; every rate on the Rates sheet"]
        notes += statement.notes
        if !books.chart.unmapped.isEmpty {
            notes.append("Unmapped accounts, shown on Unmapped lines: " + books.chart.unmapped.joined(separator: "; "))
        }
        return notes
    }
}

/// A group statement worked out and ready to write: its title, period, money columns, and its rows.
private struct GroupStatement {
    let title: String
    let periodText: String
    let columns: StatementColumns
    var notes: [String]
    let write: (StatementWriter) throws -> Void

    init(title: String, periodText: String, columns: StatementColumns, notes: [String] = [],
         write: @escaping (StatementWriter) throws -> Void) {
        self.title = title
        self.periodText = periodText
        self.columns = columns
        self.notes = notes
        self.write = write
    }
}

extension ReportLayout {
    /// The layout with `notes` added to its title block, before the build time.
    func adding(notes extra: [String]) -> ReportLayout {
        var layout = self
        layout.notes.insert(contentsOf: extra, at: max(layout.notes.count - 1, 0))
        return layout
    }

    /// The layout about `entity` rather than the company it was made for.
    func about(_ entity: String) -> ReportLayout {
        var layout = self
        layout.entity = entity
        return layout
    }
}
