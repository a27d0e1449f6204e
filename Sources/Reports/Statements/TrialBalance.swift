import Ledger

/// Every account's balance as a debit or a credit at the end of a day; the two columns total the same.
struct TrialBalance: ReportDefinition {
    let name = "trial-balance"
    let summary = "Each account's debit or credit balance as of a date, with equal debit and credit totals"
    let options: Set<ReportOption> = [.period, .range, .asOf, .basis, .columns, .classFilter, .location]
    let defaultPeriod = DefaultPeriod.asOfDate

    func build(_ context: ReportContext, into sink: ReportSink) throws {
        let dates = BalanceColumns(context).dates
        var accounts: [Account] = []
        var amounts: [Int64: [Int64]] = [:]
        let running = RunningBalances(context)
        for (column, date) in dates.enumerated() {
            let fiscalYearStart = PeriodPreset.fiscalYearStart(containing: date, startMonth: context.company.fiscalYearStartMonth)
            let position = try FiscalPosition(context, through: date, fiscalYearStart: fiscalYearStart, running: running)
            accounts = position.accounts
            for account in accounts {
                let balance = position.balances[account.id] ?? 0
                amounts[account.id, default: Array(repeating: 0, count: dates.count * 2)][column * 2 + (balance < 0 ? 1 : 0)] = abs(balance)
            }
        }
        let titles = dates.count == 1 ? ["Debit", "Credit"] : dates.flatMap { ["\(ReportDates.short($0)) Debit", "\(ReportDates.short($0)) Credit"] }
        let columns = StatementColumns(titles: titles, derived: .none)
        try sink.begin(context.titledLayout(.statement, title: "Trial Balance", periodText: "As of \(ReportDates.long(context.endDate))",
                                            showingBasis: true, columns: [ReportColumn("Account", .label, width: 44)] + columns.reportColumns))
        let writer = StatementWriter(sink: sink, columns: columns)
        var rows: [RowRef] = []
        for account in accounts {
            guard let values = amounts[account.id], values.contains(where: { $0 != 0 }) else { continue }
            rows.append(try writer.detail(account.label, depth: 0, values: values))
        }
        try writer.subtotal("Total", depth: 0, of: rows, kind: .total)
        try writer.finish()
    }
}
