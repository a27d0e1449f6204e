import Ledger
import LedgerStore
import Spreadsheet

/// Each fund's share of the cash all funds keep together: beginning balance, receipts, disbursements, transfers
/// between funds, and the ending balance as a live formula; the total of the endings is the cash in the accounts.
struct FundCash: ReportDefinition {
    let name = "fund-cash"
    let summary = "Cash by fund: beginning, receipts, disbursements, transfers and ending balance of each fund's share"
    let options: Set<ReportOption> = [.period, .range, .asOf]
    let defaultPeriod = DefaultPeriod.preset(.thisFiscalYearToDate)

    func build(_ context: ReportContext, into sink: ReportSink) throws {
        let funds = try context.fundsReported(by: name)
        let movements = try context.reader.fundCash(companyID: context.company.id, in: context.spanReported)
        let titles = ["Beginning Balance", "Receipts", "Disbursements", "Transfers", "Ending Balance"]
        try sink.begin(context.titledLayout(.statement, title: "Cash Balance by Fund",
                                            columns: [ReportColumn("Fund", .label, width: 36)] + titles.map { ReportColumn($0, .money) })
            .adding(notes: ["Cash is the bank and undeposited-receipts accounts the funds share; "
                            + "a transfer moves cash from one fund to another"]))
        for (row, fund) in funds.enumerated() {
            let movement = movements[fund.id] ?? FundCashMovement()
            let ending = Formula.subtract(.add([.cell(row: row, column: 1), .cell(row: row, column: 2), .cell(row: row, column: 4)]),
                                          .cell(row: row, column: 3))
            try sink.add(ReportRow(.detail, cells: [.text(fund.label), .money(movement.beginning), .money(movement.receipts),
                                                    .money(movement.disbursements), .money(movement.transfers),
                                                    .formula(ending, value: .money(movement.ending))]))
        }
        let all = funds.map { movements[$0.id] ?? FundCashMovement() }
        let totals = [all.map(\.beginning), all.map(\.receipts), all.map(\.disbursements), all.map(\.transfers), all.map(\.ending)]
        let rows = Array(funds.indices)
        try sink.add(ReportRow(.total, cells: [.text("Total Cash")] + totals.enumerated().map { column, values in
            .formula(Formula.total(ofRows: rows, column: column + 1), value: .money(values.reduce(0, +)))
        }))
        try sink.finish()
    }
}
