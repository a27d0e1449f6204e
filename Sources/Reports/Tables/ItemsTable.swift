import Ledger
import Spreadsheet
import LedgerStore

/// The products and services, with the accounts and tax code their lines use by default.
struct ItemsTable: ReportDefinition {
    let name = "items"
    let summary = "Table of products and services with their rates, accounts and tax codes"
    let options: Set<ReportOption> = []
    let defaultPeriod = DefaultPeriod.none

    func build(_ context: ReportContext, into sink: ReportSink) throws {
        let columns = [ReportColumn("Name", .text, width: 28), ReportColumn("Kind", .text, width: 9),
                       ReportColumn("Description", .text, width: 36), ReportColumn("Rate", .decimal),
                       ReportColumn("Income Account", .text, width: 28), ReportColumn("Expense Account", .text, width: 28),
                       ReportColumn("Tax Code", .text, width: 14), ReportColumn("Active", .text, width: 8)]
        try sink.begin(context.titledLayout(.dataTable, title: "Items", columns: columns))
        try context.reader.forEachItem(companyID: context.company.id) { row in
            let item = row.item
            try sink.add(ReportRow(.detail, cells: [
                .text(item.name), .text(TableCell.sentenceCase(item.kind.rawValue)), TableCell.text(item.description),
                item.rate.map(CellValue.decimal) ?? .empty, TableCell.text(row.incomeAccount),
                TableCell.text(row.expenseAccount), TableCell.text(row.taxCode), TableCell.yesNo(item.isActive),
            ]))
        }
        try sink.finish()
    }
}
