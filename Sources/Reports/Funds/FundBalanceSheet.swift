import Ledger
import LedgerStore

/// The balance sheet by fund as of a date: each fund's assets, liabilities and fund balance (or net position) in a
/// column of its own, with a total. Revenues less expenditures not yet closed to fund balance show as a line of it,
/// so every fund's column balances.
struct FundBalanceSheet: ReportDefinition {
    let name = "fund-balance-sheet"
    let summary = "Balance sheet by fund: each fund's assets, liabilities and fund balance as of a date, and a total"
    let options: Set<ReportOption> = [.period, .range, .asOf]
    let defaultPeriod = DefaultPeriod.asOfDate

    static let unclosedID: Int64 = -1

    func build(_ context: ReportContext, into sink: ReportSink) throws {
        let funds = try context.fundsReported(by: name)
        let fundColumns = FundColumns(each: funds)
        var accounts = try context.reader.accounts(companyID: context.company.id)
        let balances = try context.reader.activityByFund(companyID: context.company.id, from: nil, through: context.endDate)
        var amounts = fundColumns.amounts(balances, accounts: accounts) { account in
            [.income, .expense].contains(account.type.category) ? nil : account.type.displaySign
        }
        let operating = accounts.filter { [.income, .expense].contains($0.type.category) }
        amounts[Self.unclosedID] = fundColumns.values { fund in operating.reduce(Int64(0)) { $0 - (balances[fund]?[$1.id] ?? 0) } }
        accounts.append(Account(id: Self.unclosedID, companyID: context.company.id, number: nil,
                                name: "Revenues less Expenditures, Not Yet Closed", type: .equity))
        let columns = StatementColumns(titles: fundColumns.titles, derived: .total)
        try sink.begin(context.titledLayout(.statement, title: "Balance Sheet by Fund",
                                            periodText: "As of \(ReportDates.long(context.endDate))",
                                            columns: [ReportColumn("Account", .label, width: 44)] + columns.reportColumns)
            .adding(notes: ["Equity is each fund's fund balance or net position; the funds share the cash accounts"]))
        let tree = AccountTree(accounts: accounts, amounts: amounts, columnCount: funds.count)
        try BalanceSheet.writeSections(of: tree, to: StatementWriter(sink: sink, columns: columns))
    }
}
