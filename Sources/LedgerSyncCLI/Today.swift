import Foundation
import Ledger

extension LocalDate {
    /// Today in the local time zone, the default as-of date.
    static var today: LocalDate {
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        return LocalDate(year: parts.year!, month: parts.month!, day: parts.day!)!
    }
}
