import Testing
import Ledger

@Suite struct PeriodPresetTests {
    private func date(_ text: String) -> LocalDate { LocalDate(iso: text)! }

    private func range(_ preset: PeriodPreset, asOf: String, fiscalStart: Int = 1) -> String {
        preset.range(asOf: date(asOf), fiscalYearStartMonth: fiscalStart).description
    }

    @Test func calendarPresetsCountFromTheAsOfDate() {
        #expect(range(.today, asOf: "2026-11-21") == "2026-11-21 to 2026-11-21")
        #expect(range(.thisMonth, asOf: "2026-02-10") == "2026-02-01 to 2026-02-28")
        #expect(range(.thisMonthToDate, asOf: "2026-11-21") == "2026-11-01 to 2026-11-21")
        #expect(range(.lastMonth, asOf: "2026-03-31") == "2026-02-01 to 2026-02-28")
        #expect(range(.lastMonth, asOf: "2026-01-15") == "2025-12-01 to 2025-12-31")
        #expect(range(.thisQuarter, asOf: "2026-11-21") == "2026-10-01 to 2026-12-31")
        #expect(range(.thisQuarterToDate, asOf: "2026-05-02") == "2026-04-01 to 2026-05-02")
        #expect(range(.lastQuarter, asOf: "2026-02-14") == "2025-10-01 to 2025-12-31")
        #expect(range(.thisYear, asOf: "2026-11-21") == "2026-01-01 to 2026-12-31")
        #expect(range(.thisYearToDate, asOf: "2026-11-21") == "2026-01-01 to 2026-11-21")
        #expect(range(.lastYear, asOf: "2026-11-21") == "2025-01-01 to 2025-12-31")
        #expect(range(.last12Months, asOf: "2026-11-21") == "2025-11-22 to 2026-11-21")
    }

    @Test func fiscalPresetsFollowTheCompanysFirstMonth() {
        // An April fiscal year: on 2026-02-10 the year began 2025-04-01.
        #expect(range(.thisFiscalYear, asOf: "2026-02-10", fiscalStart: 4) == "2025-04-01 to 2026-03-31")
        #expect(range(.thisFiscalYearToDate, asOf: "2026-02-10", fiscalStart: 4) == "2025-04-01 to 2026-02-10")
        #expect(range(.lastFiscalYear, asOf: "2026-04-01", fiscalStart: 4) == "2025-04-01 to 2026-03-31")
        #expect(range(.thisFiscalYearToDate, asOf: "2026-11-21") == "2026-01-01 to 2026-11-21")
    }

    @Test func comparisonPeriodsKeepTheShapeOfTheRange() {
        let quarter = DateRange(from: date("2026-04-01"), to: date("2026-06-30"))
        #expect(quarter.previousPeriod.description == "2026-01-01 to 2026-03-31")
        #expect(quarter.previousYear.description == "2025-04-01 to 2025-06-30")
        let leap = DateRange(from: date("2024-02-01"), to: date("2024-02-29"))
        #expect(leap.previousYear.description == "2023-02-01 to 2023-02-28")
        let tenDays = DateRange(from: date("2026-03-05"), to: date("2026-03-14"))
        #expect(tenDays.previousPeriod.description == "2026-02-23 to 2026-03-04")
    }
}
