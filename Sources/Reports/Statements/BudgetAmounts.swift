import Ledger
import LedgerStore

/// A budget's lines by calendar month, ready to total over any span of dates for the postings a report filter keeps:
/// the budget side of a budget-versus-actual.
struct BudgetAmounts {
    private struct Line {
        let accountID: Int64
        let dimension: (id: Int64, kind: DimensionKind)?
        let months: [Int64]
    }

    let budget: Budget
    /// The first day of each of the budget's twelve months.
    let months: [LocalDate]
    private let lines: [Line]

    init(_ budget: Budget, company: Company, reader: LedgerReader) throws {
        self.budget = budget
        months = FiscalYear.months(of: budget.fiscalYear, startMonth: company.fiscalYearStartMonth)
        let kinds = Dictionary(uniqueKeysWithValues: try reader.dimensions(companyID: company.id).map { ($0.id, $0.kind) })
        lines = try reader.budgetLines(budgetID: budget.id).map { line in
            Line(accountID: line.accountID, dimension: line.dimensionID.flatMap { id in kinds[id].map { (id, $0) } },
                 months: line.months)
        }
    }

    /// The budget's dates: its fiscal year.
    var year: DateRange { DateRange(from: months[0], to: months[11].lastOfMonth) }

    /// The budget by account, on each account's normal side, over `range`: each month inside it in full, a month
    /// partly inside in proportion to its days in the range (rounded to the minor unit, half away from zero), months
    /// outside the budget's year as nothing. Only lines `filter` keeps count: with a class (or location) filter, the
    /// lines set for that class (or location); without class (or location), the lines set for none.
    func amounts(in range: DateRange, filter: PostingFilter) -> [Int64: Int64] {
        let shares: [(month: Int, days: Int, of: Int)] = months.enumerated().compactMap { index, first in
            let last = first.lastOfMonth
            let from = max(first, range.from), to = min(last, range.to)
            guard from <= to else { return nil }
            return (index, from.days(until: to) + 1, first.days(until: last) + 1)
        }
        var amounts: [Int64: Int64] = [:]
        for line in lines where Self.keeps(line, filter) {
            for share in shares where line.months[share.month] != 0 {
                amounts[line.accountID, default: 0] += Self.prorated(line.months[share.month], days: share.days, of: share.of)
            }
        }
        return amounts
    }

    private static func keeps(_ line: Line, _ filter: PostingFilter) -> Bool {
        let classID = line.dimension?.kind == .class ? line.dimension?.id : nil
        let locationID = line.dimension?.kind == .location ? line.dimension?.id : nil
        if let wanted = filter.classID, classID != wanted { return false }
        if let wanted = filter.locationID, locationID != wanted { return false }
        if filter.withoutClass, classID != nil { return false }
        if filter.withoutLocation, locationID != nil { return false }
        return true
    }

    /// `amount` × `days` / `total`, rounded half away from zero, in integers.
    private static func prorated(_ amount: Int64, days: Int, of total: Int) -> Int64 {
        guard days != total else { return amount }
        let scaled = amount * Int64(days) * 2, divisor = Int64(total) * 2
        return (scaled + (scaled < 0 ? -Int64(total) : Int64(total))) / divisor
    }
}
