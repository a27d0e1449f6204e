import Ledger
import LedgerStore

/// The chart of accounts, one row per account in chart order, with each balance (debit positive) at the end
/// of the as-of date or period; on the terminal, sub-accounts' names are indented under their parents'.
struct AccountsTable: ReportDefinition {
    let name = "accounts"
    let summary = "Table of the chart of accounts with each account's balance as of a date"
    let options: Set<ReportOption> = [.period, .asOf]
    let defaultPeriod = DefaultPeriod.asOfDate

    func build(_ context: ReportContext, into sink: ReportSink) throws {
        let columns = [ReportColumn("Number", .text, width: 10), ReportColumn("Name", .text, width: 32),
                       ReportColumn("Type", .text, width: 24), ReportColumn("Category", .text, width: 10),
                       ReportColumn("Parent", .text, width: 32), ReportColumn("Group Code", .text, width: 12),
                       ReportColumn("Active", .text, width: 8), ReportColumn("Balance", .money)]
        var layout = context.titledLayout(.dataTable, title: "Accounts", columns: columns)
        layout.indentedColumn = 1
        try sink.begin(layout)
        try context.reader.forEachAccount(companyID: context.company.id, balanceThrough: context.endDate) { row in
            let account = row.account
            try sink.add(ReportRow(.detail, depth: row.depth, cells: [
                TableCell.text(account.number), .text(account.name), .text(account.type.displayName),
                .text(TableCell.sentenceCase(account.type.category.rawValue)), TableCell.text(row.parentLabel),
                TableCell.text(account.groupCode), TableCell.yesNo(account.isActive), .money(row.balance),
            ]))
        }
        try sink.finish()
    }
}
