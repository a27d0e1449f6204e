import Ledger
import LedgerStore

/// The statement of revenues, expenditures and changes in fund balances of the governmental funds: a column per major
/// fund, the others combined, and a total. Revenues by source, expenditures by department (function), other financing
/// sources and uses (transfers, bond proceeds), the net change, and fund balance at the beginning and end of the
/// period, where fund balance is the fund's assets less its liabilities.
struct FundBalanceChanges: ReportDefinition {
    let name = "fund-balance-changes"
    let summary = "Governmental funds' revenues, expenditures and changes in fund balance: a column per major fund, others combined"
    let options: Set<ReportOption> = [.period, .range, .asOf]
    let defaultPeriod = DefaultPeriod.preset(.thisFiscalYearToDate)

    func build(_ context: ReportContext, into sink: ReportSink) throws {
        let governmental = try context.fundsReported(by: name).filter(\.type.isGovernmental)
        let fundColumns = FundColumns(majorsOf: governmental, othersTitle: "Other Governmental Funds")
        let columns = StatementColumns(titles: fundColumns.titles, derived: .total)
        try sink.begin(context.titledLayout(.statement, title: "Statement of Revenues, Expenditures and Changes in Fund Balances",
                                            columns: [ReportColumn("Governmental Funds", .label, width: 48)] + columns.reportColumns)
            .adding(notes: ["Fund balance is each fund's assets less its liabilities; the total column adds the fund columns"]))
        let writer = StatementWriter(sink: sink, columns: columns)
        let statement = try FundChangeStatement(context, columns: fundColumns, writer: writer)

        let revenues = try statement.section("Revenues", total: "Total Revenues", categories: [.income], financing: false)
        let expenditures = try statement.section("Expenditures", total: "Total Expenditures", categories: [.expense],
                                                 financing: false)
        let excess = try writer.combination("Excess (Deficiency) of Revenues over Expenditures", depth: 0,
                                            adding: [revenues], subtracting: [expenditures], kind: .subtotal)
        let financing = try statement.section("Other Financing Sources (Uses)", total: "Total Other Financing Sources (Uses)",
                                              categories: [.income, .expense], financing: true)
        let change = try writer.combination("Net Change in Fund Balances", depth: 0, adding: [excess, financing],
                                            subtracting: [], kind: .subtotal)
        try statement.writeBalances(change: change, beginning: "Fund Balances, Beginning of Period",
                                    ending: "Fund Balances, End of Period")
        try writer.finish()
    }
}

/// What statements of changes by fund share: the period's activity and the balances before it, summed into fund
/// columns, written as sections of account lines with live totals.
struct FundChangeStatement {
    let columns: FundColumns
    let writer: StatementWriter
    let chart: FundChart
    private let activity: [Int64: [Int64: Int64]]
    private let before: [Int64: [Int64: Int64]]
    private let equityAccounts: [Account]
    private let balanceSheetAccounts: [Account]

    init(_ context: ReportContext, columns: FundColumns, writer: StatementWriter) throws {
        self.columns = columns
        self.writer = writer
        let span = context.spanReported
        chart = FundChart(try context.reader.accounts(companyID: context.company.id))
        equityAccounts = chart.accounts.filter { $0.type.category == .equity }
        balanceSheetAccounts = chart.accounts.filter { [.asset, .liability].contains($0.type.category) }
        activity = try context.reader.activityByFund(companyID: context.company.id, from: span.from, through: span.to)
        before = try context.reader.activityByFund(companyID: context.company.id, from: nil, through: span.from.adding(days: -1))
    }

    /// A heading, a line per revenue source, department or financing account of `categories` (of `types` alone when
    /// given) with amounts, and its total: income and other sources positive, costs positive in a section of costs
    /// alone, negative among income.
    func section(_ title: String, total: String, categories: Set<AccountCategory>, financing: Bool,
                 types: Set<AccountType>? = nil, eachAccount: Bool = false) throws -> RowRef {
        try writer.heading(title, depth: 0)
        let sign: Int64 = categories == [.expense] ? 1 : -1
        var rows: [RowRef] = []
        for line in chart.lines(in: categories, financing: financing, eachAccount: eachAccount) {
            let kept = line.accounts.filter { types?.contains($0.type) ?? true }
            let values = columns.values { fund in kept.reduce(Int64(0)) { $0 + (activity[fund]?[$1.id] ?? 0) } * sign }
            guard values.contains(where: { $0 != 0 }) else { continue }
            rows.append(try writer.detail(line.line.label, depth: 1, values: values))
        }
        return try writer.subtotal(total, depth: 0, of: rows)
    }

    /// The balance at the start (assets less liabilities), any entry made straight to fund balance or net position in
    /// the period, and the balance at the end as a live total.
    func writeBalances(change: RowRef, beginning: String, ending: String) throws {
        let opening = try writer.detail(beginning, depth: 0, values: columns.values { netAssets(before[$0]) })
        var parts = [change, opening]
        let direct = columns.values { fund in
            equityAccounts.reduce(Int64(0)) { $0 - (activity[fund]?[$1.id] ?? 0) }
        }
        if direct.contains(where: { $0 != 0 }) {
            parts.append(try writer.detail("Entries Made Directly to Balance", depth: 0, values: direct))
        }
        try writer.subtotal(ending, depth: 0, of: parts, kind: .total)
    }

    /// A fund's assets less its liabilities from its account sums.
    private func netAssets(_ sums: [Int64: Int64]?) -> Int64 {
        balanceSheetAccounts.reduce(Int64(0)) { $0 + (sums?[$1.id] ?? 0) }
    }
}
