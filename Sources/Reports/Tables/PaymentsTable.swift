import Ledger
import LedgerStore

/// Customer payments and bill payments, one row each, with the documents each settles. Sales receipts are
/// sales, not settlements, and appear in the transactions table. Amount is signed as it moves the bank
/// account: received positive, paid out negative; void payments show zero.
struct PaymentsTable: ReportDefinition {
    let name = "payments"
    let summary = "Table of customer and bill payments with the invoices and bills each settles"
    let options: Set<ReportOption> = [.period, .range, .asOf, .customer, .vendor]
    let defaultPeriod = DefaultPeriod.allDates

    func build(_ context: ReportContext, into sink: ReportSink) throws {
        let columns = [ReportColumn("Type", .text, width: 18), ReportColumn("Number", .text, width: 14), ReportColumn("Date", .date),
                       ReportColumn("Party", .text, width: 30), ReportColumn("Bank Account", .text, width: 24),
                       ReportColumn("Amount", .money), ReportColumn("Applied To", .text, width: 30),
                       ReportColumn("Status", .text, width: 8), ReportColumn("Memo", .text, width: 30)]
        try sink.begin(context.titledLayout(.dataTable, title: "Payments", columns: columns))
        try context.reader.forEachPayment(companyID: context.company.id, dates: context.range,
                                          partyID: context.filter.partyID) { payment in
            let sign: Int64 = payment.status == .void ? 0 : payment.kind == .customerPayment ? 1 : -1
            try sink.add(ReportRow(.detail, cells: [
                TableCell.kind(payment.kind), .text(payment.number), .date(payment.date), TableCell.text(payment.partyName),
                TableCell.text(payment.bankAccount), .money(sign * payment.amount),
                TableCell.text(payment.appliedTo.joined(separator: ", ")), TableCell.status(payment.status),
                TableCell.text(payment.memo),
            ]))
        }
        try sink.finish()
    }
}
