import Ledger

/// Assets, liabilities and equity at the end of a day, with this fiscal year's net income in equity.
struct BalanceSheet: ReportDefinition {
    let name = "balance-sheet"
    let summary = "Assets, liabilities and equity as of a date; total assets equal total liabilities and equity"
    let options: Set<ReportOption> = [.period, .range, .asOf, .basis, .columns, .compare, .classFilter, .location]
    let defaultPeriod = DefaultPeriod.asOfDate

    static let netIncomeID: Int64 = -1

    func build(_ context: ReportContext, into sink: ReportSink) throws {
        let columns = BalanceColumns(context)
        var amounts: [Int64: [Int64]] = [:]
        var accounts: [Account] = []
        let running = RunningBalances(context)
        for (column, date) in columns.dates.enumerated() {
            let fiscalYearStart = PeriodPreset.fiscalYearStart(containing: date, startMonth: context.company.fiscalYearStartMonth)
            let position = try FiscalPosition(context, through: date, fiscalYearStart: fiscalYearStart, running: running)
            accounts = position.accounts
            var netIncome: Int64 = 0
            for account in position.accounts {
                let balance = position.balances[account.id] ?? 0
                if [.income, .expense].contains(account.type.category) {
                    netIncome -= balance
                } else {
                    amounts[account.id, default: Array(repeating: 0, count: columns.dates.count)][column] = balance * account.type.displaySign
                }
            }
            amounts[Self.netIncomeID, default: Array(repeating: 0, count: columns.dates.count)][column] = netIncome
        }
        accounts.append(Account(id: Self.netIncomeID, companyID: context.company.id, number: nil, name: "Net Income", type: .equity))
        let tree = AccountTree(accounts: accounts, amounts: amounts, columnCount: columns.dates.count)

        try sink.begin(context.titledLayout(.statement, title: "Balance Sheet", periodText: columns.periodText, showingBasis: true,
                                            columns: [ReportColumn("Account", .label, width: 44)] + columns.statementColumns.reportColumns))
        try Self.writeSections(of: tree, to: StatementWriter(sink: sink, columns: columns.statementColumns))
    }

    /// The statement's rows: assets by kind, liabilities, equity, and the two totals; then the end of the report.
    static func writeSections(of tree: AccountTree, to writer: StatementWriter) throws {
        let section = StatementSection(tree: tree, writer: writer)
        func optional(_ title: String, _ types: Set<AccountType>, depth: Int) throws -> RowRef? {
            tree.hasAmounts(in: types) ? try section.write(title, types, depth: depth) : nil
        }

        try writer.heading("Assets", depth: 0)
        try writer.heading("Current Assets", depth: 1)
        let currentAssets = try [optional("Bank Accounts", [.bank], depth: 2),
                                 optional("Accounts Receivable", [.accountsReceivable], depth: 2),
                                 optional("Other Current Assets", [.otherCurrentAsset, .clearing], depth: 2)].compactMap { $0 }
        var assets = [try writer.subtotal("Total Current Assets", depth: 1, of: currentAssets)]
        assets += try [optional("Fixed Assets", [.fixedAsset], depth: 1),
                       optional("Other Assets", [.otherAsset], depth: 1)].compactMap { $0 }
        try writer.subtotal("Total Assets", depth: 0, of: assets, kind: .total)

        try writer.heading("Liabilities and Equity", depth: 0)
        try writer.heading("Liabilities", depth: 1)
        try writer.heading("Current Liabilities", depth: 2)
        let currentLiabilities = try [optional("Accounts Payable", [.accountsPayable], depth: 3),
                                      optional("Credit Cards", [.creditCard], depth: 3),
                                      optional("Other Current Liabilities", [.otherCurrentLiability], depth: 3)].compactMap { $0 }
        var liabilities = [try writer.subtotal("Total Current Liabilities", depth: 2, of: currentLiabilities)]
        liabilities += try [optional("Long-Term Liabilities", [.longTermLiability], depth: 2)].compactMap { $0 }
        let totalLiabilities = try writer.subtotal("Total Liabilities", depth: 1, of: liabilities)
        let equity = try section.write("Equity", [.equity], depth: 1)
        try writer.subtotal("Total Liabilities and Equity", depth: 0, of: [totalLiabilities, equity], kind: .total)
        try writer.finish()
    }
}

/// The dates a balance sheet's columns stand at: the as-of date, one per month/quarter/year end, or the
/// as-of date and the date it is compared with.
struct BalanceColumns {
    let dates: [LocalDate]
    let derived: StatementColumns.Derived
    let periodText: String

    init(_ context: ReportContext) {
        let end = context.endDate
        let request = context.request
        if let comparison = request.compare {
            let earlier: LocalDate = switch (comparison, context.requestedRange) {
            case (.previousYear, let range?): range.previousYear.to
            case (.previousPeriod, let range?): range.previousPeriod.to
            case (.previousYear, nil): Self.sameDay(of: end, monthsEarlier: 12)
            case (.previousPeriod, nil): Self.sameDay(of: end, monthsEarlier: 1)
            }
            dates = [end, earlier]
            derived = .comparison
        } else if request.columns != .total {
            let span = context.requestedRange ?? DateRange(
                from: PeriodPreset.fiscalYearStart(containing: end, startMonth: context.company.fiscalYearStartMonth), to: end)
            dates = StatementPeriods.split(span, by: request.columns,
                                           fiscalYearStartMonth: context.company.fiscalYearStartMonth).map(\.to)
            derived = .none
        } else {
            dates = [end]
            derived = .none
        }
        periodText = "As of \(ReportDates.long(end))"
    }

    var statementColumns: StatementColumns {
        StatementColumns(titles: dates.map(ReportDates.short), derived: derived)
    }

    /// The same day some months earlier; a month's last day stays a month's last day.
    private static func sameDay(of date: LocalDate, monthsEarlier months: Int) -> LocalDate {
        let earlier = date.adding(months: -months)
        return date == date.lastOfMonth ? earlier.lastOfMonth : earlier
    }
}
