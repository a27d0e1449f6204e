import Ledger
import Testing

/// A budget line's twelve months, and the fiscal years budgets are set for.
@Suite struct BudgetLineTests {
    @Test(arguments: [100_000, 5, 0, -100_000, 1_199, 12, 999_999_999_999])
    func aTotalSpreadsEvenlyToTheMinorUnitWithTheRemainderInTheLastMonth(total: Int64) {
        let months = BudgetLine.spread(total)
        #expect(months.count == 12)
        #expect(months.reduce(0, +) == total)
        let part = total / 12
        #expect(months.dropLast().allSatisfy { $0 == part })
        #expect(abs(months[11] - part) < 12, "the last month takes less than a minor unit per month more")
    }

    @Test func aThousandSpreadsAsAccountantsWriteIt() {
        #expect(BudgetLine(accountID: 1, total: 100_000).months == Array(repeating: 8_333, count: 11) + [8_337])
    }

    @Test func aFiscalYearIsNamedByTheYearItEndsIn() {
        let july = FiscalYear.range(of: 2026, startMonth: 7)
        #expect(july.description == "2025-07-01 to 2026-06-30")
        #expect(FiscalYear.range(of: 2026, startMonth: 1).description == "2026-01-01 to 2026-12-31")
        #expect(FiscalYear.months(of: 2026, startMonth: 10).map(\.description).prefix(4) == ["2025-10-01", "2025-11-01", "2025-12-01", "2026-01-01"])
        for month in 1...12 {
            let date = LocalDate(year: 2026, month: month, day: 15)!
            #expect(FiscalYear.year(containing: date, startMonth: 7) == (month >= 7 ? 2027 : 2026))
            let range = FiscalYear.range(of: FiscalYear.year(containing: date, startMonth: 4), startMonth: 4)
            #expect(range.from <= date && date <= range.to)
        }
    }
}
