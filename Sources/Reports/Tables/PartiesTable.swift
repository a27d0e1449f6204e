import Ledger
import LedgerStore

/// The customers (`customers`) or vendors (`vendors`) with their terms and what is open with each on the
/// as-of date: owed by a customer, or owed to a vendor, less credits.
struct PartiesTable: ReportDefinition {
    let kind: PartyKind

    var name: String { kind == .customer ? "customers" : "vendors" }

    var summary: String {
        kind == .customer ? "Table of customers with terms and open balances" : "Table of vendors with terms and open balances"
    }

    let options: Set<ReportOption> = [.asOf]
    let defaultPeriod = DefaultPeriod.none

    func build(_ context: ReportContext, into sink: ReportSink) throws {
        let columns = [ReportColumn("Name", .text, width: 32), ReportColumn("Parent", .text, width: 24),
                       ReportColumn("Email", .text, width: 32), ReportColumn("Phone", .text, width: 16),
                       ReportColumn("Tax ID", .text, width: 14), ReportColumn("Terms", .text, width: 16),
                       ReportColumn("Intercompany Company", .text, width: 24), ReportColumn("Active", .text, width: 8),
                       ReportColumn("Open Balance", .money)]
        try sink.begin(context.titledLayout(.dataTable, title: kind == .customer ? "Customers" : "Vendors", columns: columns))
        try context.reader.forEachParty(companyID: context.company.id, kind: kind, openAsOf: context.endDate) { row in
            try sink.add(ReportRow(.detail, cells: [
                .text(row.party.name), TableCell.text(row.parentName), TableCell.text(row.party.email),
                TableCell.text(row.party.phone), TableCell.text(row.party.taxID), TableCell.text(row.termsName),
                TableCell.text(row.intercompanyCompany), TableCell.yesNo(row.party.isActive), .money(row.openBalance),
            ]))
        }
        try sink.finish()
    }
}
