import Ledger
import LedgerStore

/// The statement of revenues, expenses and changes in net position of the proprietary funds (enterprise and internal
/// service), which report like businesses: operating revenues and expenses account by account, operating income,
/// non-operating revenues and expenses (interest earned and paid), transfers, the change in net position, and net
/// position at the beginning and end of the period. A column per fund and a total.
struct NetPositionChanges: ReportDefinition {
    let name = "net-position-changes"
    let summary = "Proprietary funds' operating and non-operating revenues and expenses and changes in net position"
    let options: Set<ReportOption> = [.period, .range, .asOf]
    let defaultPeriod = DefaultPeriod.preset(.thisFiscalYearToDate)

    func build(_ context: ReportContext, into sink: ReportSink) throws {
        let proprietary = try context.fundsReported(by: name).filter(\.type.isProprietary)
        let fundColumns = FundColumns(each: proprietary)
        let columns = StatementColumns(titles: fundColumns.titles, derived: .total)
        try sink.begin(context.titledLayout(.statement, title: "Statement of Revenues, Expenses and Changes in Net Position",
                                            columns: [ReportColumn("Proprietary Funds", .label, width: 48)] + columns.reportColumns)
            .adding(notes: ["Net position is each fund's assets less its liabilities; interest and other income and "
                            + "expense outside operations are non-operating"]))
        let writer = StatementWriter(sink: sink, columns: columns)
        let statement = try FundChangeStatement(context, columns: fundColumns, writer: writer)

        let revenues = try statement.section("Operating Revenues", total: "Total Operating Revenues", categories: [.income],
                                             financing: false, types: [.income], eachAccount: true)
        let expenses = try statement.section("Operating Expenses", total: "Total Operating Expenses", categories: [.expense],
                                             financing: false, types: [.expense, .costOfSales], eachAccount: true)
        let operating = try writer.combination("Operating Income (Loss)", depth: 0, adding: [revenues], subtracting: [expenses],
                                               kind: .subtotal)
        let nonOperating = try statement.section("Non-Operating Revenues (Expenses)", total: "Total Non-Operating Revenues (Expenses)",
                                                 categories: [.income, .expense], financing: false,
                                                 types: [.otherIncome, .otherExpense], eachAccount: true)
        let beforeTransfers = try writer.combination("Income (Loss) Before Transfers", depth: 0, adding: [operating, nonOperating],
                                                     subtracting: [], kind: .subtotal)
        let transfers = try statement.section("Transfers and Other Financing", total: "Total Transfers",
                                              categories: [.income, .expense], financing: true)
        let change = try writer.combination("Change in Net Position", depth: 0, adding: [beforeTransfers, transfers],
                                            subtracting: [], kind: .subtotal)
        try statement.writeBalances(change: change, beginning: "Net Position, Beginning of Period",
                                    ending: "Net Position, End of Period")
        try writer.finish()
    }
}
