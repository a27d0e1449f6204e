import Ledger

/// The Rates sheet of a group report: how its figures were translated, and every exchange rate it used, so an auditor
/// can follow each translated amount back to the stored rates.
enum GroupRatesSheet {
    static func write(_ used: [GroupRateUse], for statement: String, _ context: ReportContext, into sink: ReportSink) throws {
        let columns = [ReportColumn("Used for", .text, width: 18), ReportColumn("From", .text, width: 6),
                       ReportColumn("To", .text, width: 6), ReportColumn("First Day", .date), ReportColumn("Last Day", .date),
                       ReportColumn("Rate", .decimal, width: 12)]
        var layout = context.titledLayout(.dataTable, title: "Exchange Rates for the \(statement)", columns: columns)
        layout = layout.adding(notes: method(context))
        try sink.begin(layout)
        let kinds: [GroupRateUse.Kind] = [.average, .closing, .historical]
        let rows = used.sorted {
            ($0.from.code, kinds.firstIndex(of: $0.kind)!, $0.range.from) < ($1.from.code, kinds.firstIndex(of: $1.kind)!, $1.range.from)
        }
        for rate in rows {
            try sink.add(ReportRow(.detail, cells: [.text(rate.kind.rawValue), .text(rate.from.code), .text(rate.to.code),
                                                    .date(rate.range.from), .date(rate.range.to), .decimal(rate.rate)]))
        }
        try sink.finish()
    }

    /// The translation method (IAS 21), one title line per kind of amount.
    private static func method(_ context: ReportContext) -> [String] {
        let currency = context.currency.code
        return [
            "Each company's figures are translated into \(currency), each rate rounded to six decimals and each amount to the cent:",
            "Income and expenses: each month's average of the stored daily or monthly rates (Monthly average)",
            "Assets and liabilities: the last stored rate on or before the report date, at most 31 days old (Closing rate)",
            "Contributed equity: the rate of the day it was posted (Historical rate); earlier years' profit: the average rates of the months it was made in",
            "Cumulative translation adjustment: what makes each translated balance sheet balance",
        ]
    }
}
