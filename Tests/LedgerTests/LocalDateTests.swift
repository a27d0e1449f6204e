import Testing
import Ledger

@Suite struct LocalDateTests {
    @Test func parsesOnlyRealIsoDates() {
        #expect(LocalDate(iso: "2024-02-29") != nil)
        #expect(LocalDate(iso: "2025-02-29") == nil)
        #expect(LocalDate(iso: "2025-13-01") == nil)
        #expect(LocalDate(iso: "2025-1-01") == nil)
        #expect(LocalDate(iso: "03/04/2026") == nil)
        for text in ["", "2026-03-041", "2026-03-0x", "2026--03-04", "2026-03-04-", "202-03-04", "20260-03-04", "２０２６-03-04",
                     " 2026-03-04", "2026-03-04T00:00", "0000-01-01"] {
            #expect(LocalDate(iso: text) == nil, "\(text)")
        }
        #expect(LocalDate(iso: "2026-03-04")?.description == "2026-03-04")
    }

    @Test func dayNumbersRoundTripAcrossCenturies() {
        #expect(LocalDate(iso: "1970-01-01")!.dayNumber == 0)
        #expect(LocalDate(iso: "2000-03-01")!.dayNumber == 11_017)
        for dayNumber in stride(from: -800_000, through: 800_000, by: 997) {
            #expect(LocalDate(dayNumber: dayNumber).dayNumber == dayNumber)
        }
    }

    @Test func arithmeticFollowsTheCalendar() {
        let jan31 = LocalDate(iso: "2024-01-31")!
        #expect(jan31.adding(months: 1).description == "2024-02-29")
        #expect(jan31.adding(months: 13).description == "2025-02-28")
        #expect(jan31.adding(months: -2).description == "2023-11-30")
        #expect(jan31.adding(days: 30).description == "2024-03-01")
        #expect(jan31.days(until: LocalDate(iso: "2024-03-01")!) == 30)
        #expect(LocalDate(iso: "2025-02-10")!.lastOfMonth.description == "2025-02-28")
    }

    @Test func rangesNeedBothEndsInOrder() throws {
        let (march1, march31) = (LocalDate(iso: "2026-03-01")!, LocalDate(iso: "2026-03-31")!)
        #expect(try DateRange.given(from: nil, to: nil) == nil)
        #expect(try DateRange.given(from: march1, to: march31) == DateRange(from: march1, to: march31))
        #expect(throws: DateRangeError.missingEnd("--to")) { try DateRange.given(from: march1, to: nil) }
        #expect(throws: DateRangeError.missingEnd("--from")) { try DateRange.given(from: nil, to: march31) }
        #expect(throws: DateRangeError.backwards(DateRange(from: march31, to: march1))) { try DateRange.given(from: march31, to: march1) }
    }

    @Test func monthsAreReadFromNumbersAndNames() {
        for (text, month) in [("4", 4), ("April", 4), ("apr", 4), ("Sept", 9), ("DECEMBER", 12), ("1", 1)] {
            #expect(MonthName.number(text) == month, "\(text)")
        }
        for text in ["13", "0", "ju", "Juni", ""] { #expect(MonthName.number(text) == nil, "\(text)") }
        #expect(MonthName.name(9) == "September" && MonthName.abbreviation(9) == "Sep")
    }
}
