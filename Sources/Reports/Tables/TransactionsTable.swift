import Ledger
import LedgerStore

/// Every posting in the period, one flat row each with its document, party, account and dimensions, for
/// pivot tables. Streams straight from the ledger, so a year of a large company never sits in memory.
struct TransactionsTable: ReportDefinition {
    let name = "transactions"
    let summary = "Table of every posting with its account, party, class and location, for pivot tables"
    let options: Set<ReportOption> = [.period, .range, .asOf, .classFilter, .location, .customer, .vendor]
    let defaultPeriod = DefaultPeriod.allDates

    func build(_ context: ReportContext, into sink: ReportSink) throws {
        let columns = [ReportColumn("Date", .date), ReportColumn("Year", .integer, width: 6), ReportColumn("Month", .text, width: 8),
                       ReportColumn("Type", .text, width: 18), ReportColumn("Number", .text, width: 14),
                       ReportColumn("Party", .text, width: 28), ReportColumn("Account Number", .text, width: 10),
                       ReportColumn("Account", .text, width: 28), ReportColumn("Account Type", .text, width: 22),
                       ReportColumn("Category", .text, width: 10), ReportColumn("Class", .text, width: 14),
                       ReportColumn("Location", .text, width: 14), ReportColumn("Description", .text, width: 32),
                       ReportColumn("Debit", .money), ReportColumn("Credit", .money), ReportColumn("Amount", .money)]
        try sink.begin(context.titledLayout(.dataTable, title: "Transactions", columns: columns))
        try context.reader.forEachTransaction(companyID: context.company.id, dates: context.range, filter: context.filter) { posting in
            let date = posting.date
            try sink.add(ReportRow(.detail, cells: [
                .date(date), .integer(Int64(date.year)), .text(String(date.description.prefix(7))), TableCell.kind(posting.documentKind),
                .text(posting.documentNumber), TableCell.text(posting.partyName), TableCell.text(posting.accountNumber),
                .text(posting.accountName), .text(posting.accountType.displayName),
                .text(TableCell.sentenceCase(posting.accountType.category.rawValue)), TableCell.text(posting.className),
                TableCell.text(posting.locationName), TableCell.text(posting.description),
                .money(max(posting.amount, 0)), .money(max(-posting.amount, 0)), .money(posting.amount),
            ]))
        }
        try sink.finish()
    }
}
