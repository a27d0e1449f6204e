import Ledger
import LedgerStore

/// The recap of a month (or any period) by fund and account: each revenue and expenditure account's activity in a
/// column per fund, with live section totals and a total column, so the clerk can post the month to each fund's
/// ledger and see every fund's net for the month.
struct FundRecap: ReportDefinition {
    let name = "fund-recap"
    let summary = "Revenues and expenditures of a period by account, a column per fund and a total (last month by default)"
    let options: Set<ReportOption> = [.period, .range, .asOf]
    let defaultPeriod = DefaultPeriod.preset(.lastMonth)

    func build(_ context: ReportContext, into sink: ReportSink) throws {
        let funds = try context.fundsReported(by: name)
        let fundColumns = FundColumns(each: funds)
        let span = context.spanReported
        let accounts = try context.reader.accounts(companyID: context.company.id)
        let activity = try context.reader.activityByFund(companyID: context.company.id, from: span.from, through: span.to)
        let amounts = fundColumns.amounts(activity, accounts: accounts) { account in
            [.income, .expense].contains(account.type.category) ? account.type.displaySign : nil
        }
        let columns = StatementColumns(titles: fundColumns.titles, derived: .total)
        try sink.begin(context.titledLayout(.statement, title: "Recap by Fund and Account",
                                            columns: [ReportColumn("Account", .label, width: 44)] + columns.reportColumns)
            .adding(notes: ["Net Income is each fund's revenues less its expenditures, transfers included"]))
        let tree = AccountTree(accounts: accounts, amounts: amounts, columnCount: funds.count)
        try ProfitAndLoss.writeSections(of: tree, to: StatementWriter(sink: sink, columns: columns))
    }
}
