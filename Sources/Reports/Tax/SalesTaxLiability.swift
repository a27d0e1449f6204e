import Foundation
import Ledger
import LedgerStore

/// The sales tax a period's documents charged, per agency and, under each, per simple tax code (a combined code counts
/// under each of its components): the taxable amount and the tax, with the tax of each agency and the total owed for
/// the period. Purchases taxed by a code and credit memos count against the sales.
struct SalesTaxLiability: ReportDefinition {
    let name = "sales-tax-liability"
    let summary = "Sales tax charged in a period, per tax agency and tax code: the taxable amount and the tax"
    let options: Set<ReportOption> = [.period, .range]
    let defaultPeriod = DefaultPeriod.preset(.lastMonth)

    func build(_ context: ReportContext, into sink: ReportSink) throws {
        let range = context.range ?? DateRange(from: context.endDate, to: context.endDate)
        let codes = Dictionary(uniqueKeysWithValues: try context.reader.taxCodes(companyID: context.company.id).map { ($0.id, $0) })
        let agencies = Dictionary(uniqueKeysWithValues: try context.reader.parties(companyID: context.company.id, kind: .vendor).map { ($0.id, $0.name) })
        let activity = try context.reader.taxActivity(companyID: context.company.id, range: range)
        let byAgency = Dictionary(grouping: activity) { codes[$0.taxCodeID]?.agencyID.flatMap { agencies[$0] } ?? "" }

        let columns = StatementColumns(titles: ["Taxable Amount", "Tax"], derived: .none)
        try sink.begin(context.titledLayout(.statement, title: "Sales Tax Liability",
                                            columns: [ReportColumn("Agency and Tax Code", .label, width: 44)] + columns.reportColumns))
        let writer = StatementWriter(sink: sink, columns: columns)
        var subtotals: [RowRef] = []
        // Agencies by name; tax of codes without an agency last.
        for agency in byAgency.keys.sorted(by: { ($0.isEmpty ? 1 : 0, $0.lowercased()) < ($1.isEmpty ? 1 : 0, $1.lowercased()) }) {
            try writer.heading(agency.isEmpty ? "No agency" : agency, depth: 0)
            var rows: [RowRef] = []
            for line in byAgency[agency]!.sorted(by: { (codes[$0.taxCodeID]?.name ?? "") < (codes[$1.taxCodeID]?.name ?? "") }) {
                let code = codes[line.taxCodeID]
                let label = code.map { "\($0.name) (\(DecimalText.format($0.ratePercent))%)" } ?? "Tax code #\(line.taxCodeID)"
                rows.append(try writer.detail(label, depth: 1, values: [line.taxable, line.tax]))
            }
            subtotals.append(try writer.subtotal("Total \(agency.isEmpty ? "without an agency" : agency)", depth: 0, of: rows,
                                                 inColumns: [1], kind: .subtotal))
        }
        // A line taxed by state and county is taxable under both codes, so taxable amounts do not add up; only the tax does.
        try writer.subtotal("Total tax", depth: 0, of: subtotals, inColumns: [1], kind: .total)
        try writer.finish()
    }
}
