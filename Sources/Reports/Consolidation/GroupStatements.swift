import Ledger
import LedgerStore

/// The profit and loss and balance sheet of a group: one translated column per company, the eliminations, and the
/// consolidated total, laid out as a company's statements are. Split into periods or compared, the columns are the
/// consolidated figures of each period.
enum GroupStatements {
    static func profitAndLoss(_ context: ReportContext, group: CompanyGroup, into sink: ReportSink) throws {
        let books = try CompanyGroupBooks(group, reader: context.reader, basis: context.basis, differenceType: .otherIncome)
        let periods = StatementPeriods(context.range!, request: context.request, fiscalYearStartMonth: books.fiscalYearStartMonth,
                                       showsTotal: true)
        let (titles, columns, derived) = try split(periods.ranges.count == 1 && context.request.compare == nil, books: books,
                                                   spans: periods.ranges, titles: periods.titles, derived: periods.derived) {
            try books.profitAndLoss($0)
        }
        let statementColumns = StatementColumns(titles: titles, derived: derived)
        try sink.begin(context.titledLayout(.statement, title: "Profit and Loss", showingBasis: true,
                                            columns: [ReportColumn("Account", .label, width: 44)] + statementColumns.reportColumns)
            .adding(notes: notes(books)))
        try ProfitAndLoss.writeSections(of: tree(books.chart, columns), to: StatementWriter(sink: sink, columns: statementColumns))
    }

    static func balanceSheet(_ context: ReportContext, group: CompanyGroup, into sink: ReportSink) throws {
        let books = try CompanyGroupBooks(group, reader: context.reader, basis: context.basis, differenceType: .otherCurrentAsset)
        let dates = BalanceColumns(context)
        let spans = dates.dates.map { DateRange(from: $0, to: $0) }
        let (titles, columns, derived) = try split(dates.dates.count == 1, books: books, spans: spans,
                                                   titles: dates.dates.map(ReportDates.short), derived: dates.derived) {
            try books.balanceSheet(at: $0.to)
        }
        let statementColumns = StatementColumns(titles: titles, derived: derived)
        try sink.begin(context.titledLayout(.statement, title: "Balance Sheet", periodText: dates.periodText, showingBasis: true,
                                            columns: [ReportColumn("Account", .label, width: 44)] + statementColumns.reportColumns)
            .adding(notes: notes(books)))
        try BalanceSheet.writeSections(of: tree(books.chart, columns), to: StatementWriter(sink: sink, columns: statementColumns))
    }

    /// The money columns, debit positive by line: per company, eliminations and a consolidated total when `byCompany`;
    /// else the consolidated figures of each span.
    private static func split(_ byCompany: Bool, books: CompanyGroupBooks, spans: [DateRange], titles: [String],
                              derived: StatementColumns.Derived,
                              figures: (DateRange) throws -> (companies: [[Int64: Int64]], eliminations: [Int64: Int64]))
        throws -> ([String], [[Int64: Int64]], StatementColumns.Derived) {
        if byCompany {
            let (companies, eliminations) = try figures(spans[0])
            return (books.members.map(\.company.name) + ["Eliminations"], companies + [eliminations], .consolidated)
        }
        let consolidated = try spans.map { span in
            let (companies, eliminations) = try figures(span)
            return (companies + [eliminations]).reduce(into: [Int64: Int64]()) { total, column in
                for (line, amount) in column { total[line, default: 0] += amount }
            }
        }
        return (titles, consolidated, derived)
    }

    /// The chart's lines with their amounts as statements show them (credits positive on income, liabilities, equity).
    private static func tree(_ chart: GroupChart, _ columns: [[Int64: Int64]]) -> AccountTree {
        var amounts: [Int64: [Int64]] = [:]
        for line in chart.lines {
            amounts[line.id] = columns.map { ($0[line.id] ?? 0) * line.type.displaySign }
        }
        return AccountTree(accounts: chart.lines, amounts: amounts, columnCount: columns.count)
    }

    /// How the figures were translated, and any account that mapped nowhere.
    private static func notes(_ books: CompanyGroupBooks) -> [String] {
        var notes = ["Consolidated in \(books.group.currency.code) (IAS 21): income and expenses at monthly average rates, "
                     + "assets and liabilities at the closing rate, equity at historical rates; rates on the Rates sheet"]
        if !books.chart.unmapped.isEmpty {
            notes.append("Unmapped accounts, shown on Unmapped lines: " + books.chart.unmapped.joined(separator: "; "))
        }
        return notes
    }
}

extension ReportLayout {
    /// The layout with `notes` added to its title block, before the build time.
    func adding(notes extra: [String]) -> ReportLayout {
        var layout = self
        layout.notes.insert(contentsOf: extra, at: max(layout.notes.count - 1, 0))
        return layout
    }
}

extension ReportContext {
    /// When income and expenses count, as the request says.
    var basis: RecognitionBasis { request.basis == .cash ? .cash : .accrual }
}
