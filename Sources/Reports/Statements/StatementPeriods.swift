import Ledger

/// The spans of a statement's money columns: the period split by month, fiscal quarter or fiscal year; the period
/// and the one it is compared with; or (a P&L by month or quarter compared with the previous year) each span beside
/// the same span a year earlier.
struct StatementPeriods {
    let ranges: [DateRange]
    let titles: [String]
    let derived: StatementColumns.Derived

    /// Columns for `range` as the request asks; `showsTotal` adds a total column to a split (P&L only).
    init(_ range: DateRange, request: ReportRequest, fiscalYearStartMonth: Int, showsTotal: Bool) {
        if request.compare == .previousYear, request.columns != .total {
            ranges = Self.split(range, by: request.columns, fiscalYearStartMonth: fiscalYearStartMonth)
                .flatMap { [$0, $0.previousYear] }
            derived = .pairedTotals
        } else if let comparison = request.compare {
            let earlier = comparison == .previousYear ? range.previousYear : range.previousPeriod
            ranges = [range, earlier]
            derived = .comparison
        } else {
            ranges = Self.split(range, by: request.columns, fiscalYearStartMonth: fiscalYearStartMonth)
            derived = showsTotal && ranges.count > 1 ? .total : .none
        }
        titles = ranges.map(Self.title)
    }

    var columns: StatementColumns { StatementColumns(titles: titles, derived: derived) }

    /// Consecutive spans covering `range`, cut at month, fiscal-quarter or fiscal-year starts.
    static func split(_ range: DateRange, by split: ReportRequest.ColumnSplit, fiscalYearStartMonth: Int) -> [DateRange] {
        let months: Int
        switch split {
        case .total, .class, .location: return [range]
        case .month: months = 1
        case .quarter: months = 3
        case .year: months = 12
        }
        var ranges: [DateRange] = []
        var start = range.from
        while start <= range.to {
            // Months since the fiscal year's first month, rounded up to the next boundary.
            let offset = ((start.month - fiscalYearStartMonth) % 12 + 12) % 12
            let next = start.firstOfMonth.adding(months: months - offset % months)
            let end = min(next.adding(days: -1), range.to)
            ranges.append(DateRange(from: start, to: end))
            start = next
        }
        return ranges
    }

    /// "Oct 2026", "Jan - Mar 2026", "Apr 2025 - Mar 2026", or "2026-01-05 - 2026-02-10" for spans that are not whole months.
    static func title(_ range: DateRange) -> String {
        guard range.isWholeMonths else { return range.from == range.to ? "\(range.to)" : "\(range.from) - \(range.to)" }
        let first = ReportDates.monthYear(range.from), last = ReportDates.monthYear(range.to)
        if first == last { return first }
        return range.from.year == range.to.year ? "\(first.prefix(3)) - \(last)" : "\(first) - \(last)"
    }
}
