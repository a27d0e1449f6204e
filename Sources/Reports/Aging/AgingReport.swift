import Ledger
import LedgerStore

/// What customers owe (A/R) or what is owed to vendors (A/P) on a date, by how long it is past due:
/// one row per customer or vendor, or with `--detail` one row per open invoice, bill or credit.
///
/// A document's open balance is its total less the payments dated on or before the aging date; credits
/// count negative and age from their own date. The total equals the control account's balance that day.
struct AgingReport: ReportDefinition {
    let partyKind: PartyKind

    var name: String { partyKind == .customer ? "ar-aging" : "ap-aging" }

    var summary: String {
        partyKind == .customer
            ? "Open invoices and credit memos by customer and days past due, as of a date"
            : "Open bills and vendor credits by vendor and days past due, as of a date"
    }

    var options: Set<ReportOption> { [.period, .asOf, partyKind == .customer ? .customer : .vendor, .detail] }
    let defaultPeriod = DefaultPeriod.asOfDate

    /// The label column's heading: "Customer" or "Vendor".
    var partyTitle: String { partyKind == .customer ? "Customer" : "Vendor" }

    func build(_ context: ReportContext, into sink: ReportSink) throws {
        let side = partyKind == .customer ? "A/R" : "A/P"
        if context.request.detail {
            try sink.begin(context.titledLayout(.statement, title: "\(side) Aging Detail", columns: AgingDetailWriter.columns(partyTitle: partyTitle)))
            let writer = AgingDetailWriter(sink: sink)
            try context.reader.forEachOpenItem(companyID: context.company.id, partyKind: partyKind, asOf: context.endDate,
                                               partyID: context.filter.partyID, writer.add)
            try writer.finish()
        } else {
            let columns = StatementColumns(titles: AgingBucket.allCases.map(\.title), derived: .total)
            try sink.begin(context.titledLayout(.statement, title: "\(side) Aging Summary",
                                                columns: [ReportColumn(partyTitle, .label)] + columns.reportColumns))
            let writer = StatementWriter(sink: sink, columns: columns)
            var rows: [RowRef] = []
            try context.reader.forEachPartyAging(companyID: context.company.id, partyKind: partyKind, asOf: context.endDate,
                                                 partyID: context.filter.partyID) { aging in
                rows.append(try writer.detail(aging.partyName, depth: 0, values: aging.amounts))
            }
            try writer.subtotal("Total", depth: 0, of: rows, kind: .total)
            try writer.finish()
        }
    }
}

extension AgingBucket {
    /// The column heading: "Current", "1-30", …, "Over 90".
    var title: String {
        switch self {
        case .current: "Current"
        case .days1To30: "1-30"
        case .days31To60: "31-60"
        case .days61To90: "61-90"
        case .over90: "Over 90"
        }
    }
}
