import Ledger

/// Excel serial day numbers to dates, in either of the workbook date systems.
public enum XLSXDateSystem {
    /// The date of the serial's whole-day part; nil for serials that name no real day: before the system's first day,
    /// after 9999-12-31, or 60 in the 1900 system (the 1900-02-29 that Excel keeps from Lotus 1-2-3).
    public static func date(serial day: Int, uses1904: Bool) -> LocalDate? {
        // LocalDate.dayNumber counts from 1970-01-01: serial 24107 in the 1904 system, 25569 in the 1900 system
        // from 1900-03-01 (serial 61) on; serials 1 to 59 are one day later than that formula gives.
        let dayNumber: Int
        if uses1904 {
            guard day >= 0 else { return nil }
            dayNumber = day - 24_107
        } else {
            guard day >= 1, day != 60 else { return nil }
            dayNumber = day < 60 ? day - 25_568 : day - 25_569
        }
        guard dayNumber <= maxDayNumber else { return nil }
        return LocalDate(dayNumber: dayNumber)
    }

    private static let maxDayNumber = LocalDate(year: 9999, month: 12, day: 31)!.dayNumber
}
