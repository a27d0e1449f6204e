import Ledger
import Spreadsheet
import LedgerStore

/// Invoices and credit memos (`invoices`), or bills and vendor credits (`bills`), one row each, dated in the
/// period. Credits' amounts are negative and void documents show zero, so each money column sums to what
/// the documents moved; Paid and Open Balance are as of the period's end.
struct InvoicesTable: ReportDefinition {
    let partyKind: PartyKind

    var name: String { partyKind == .customer ? "invoices" : "bills" }

    var summary: String {
        partyKind == .customer
            ? "Table of invoices and credit memos with amounts paid and open"
            : "Table of bills and vendor credits with amounts paid and open"
    }

    var options: Set<ReportOption> { [.period, .range, .asOf, partyKind == .customer ? .customer : .vendor] }
    let defaultPeriod = DefaultPeriod.allDates

    func build(_ context: ReportContext, into sink: ReportSink) throws {
        let money = ["Subtotal", "Tax", "Total", "Paid", "Open Balance"].map { ReportColumn($0, .money) }
        let columns = [ReportColumn("Type", .text, width: 14), ReportColumn("Number", .text, width: 14), ReportColumn("Date", .date),
                       ReportColumn("Due Date", .date), ReportColumn(partyKind == .customer ? "Customer" : "Vendor", .text, width: 30),
                       ReportColumn("Status", .text, width: 8), ReportColumn("Memo", .text, width: 30)]
            + money + [ReportColumn("Currency", .text, width: 8)]
        try sink.begin(context.titledLayout(.dataTable, title: partyKind == .customer ? "Invoices" : "Bills", columns: columns))
        try context.reader.forEachInvoiceOrBill(companyID: context.company.id, partyKind: partyKind, dates: context.range,
                                                partyID: context.filter.partyID, paidThrough: context.endDate) { document in
            let sign: Int64 = document.status == .void ? 0 : document.kind.isCredit ? -1 : 1
            let amounts = [document.subtotal, document.tax, document.total, document.paid, document.total - document.paid]
            let cells: [CellValue] = [TableCell.kind(document.kind), .text(document.number), .date(document.date),
                                       TableCell.date(document.dueDate), TableCell.text(document.partyName),
                                       TableCell.status(document.status), TableCell.text(document.memo)]
                + amounts.map { .money(sign * $0) } + [.text(document.currency)]
            try sink.add(ReportRow(.detail, cells: cells))
        }
        try sink.finish()
    }
}
