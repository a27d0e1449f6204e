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
}
