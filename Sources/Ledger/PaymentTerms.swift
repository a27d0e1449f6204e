import Foundation

/// When a customer's or vendor's documents fall due, and the discount for paying early: "Net 30", "Due on receipt",
/// "15th of next month", "2% 10 Net 30". A document whose due date is blank is due as its party's terms say.
public struct PaymentTerms: Hashable, Sendable {
    /// How the due date follows from the document date.
    public enum Due: Hashable, Sendable {
        /// This many days after the document date (0: due on receipt).
        case days(Int)
        /// This day of the month after the document date, or that month's last day when it is shorter.
        case dayOfNextMonth(Int)
    }

    public var id: Int64
    public var companyID: Int64
    public var name: String
    public var due: Due
    /// Percent off for paying within `discountDays` of the document date; stored for the user's reference.
    public var discountPercent: Decimal?
    public var discountDays: Int?
    public var isActive: Bool
    /// Counts edits, so a sheet edited from an old export is caught as a conflict.
    public var version: Int

    public init(id: Int64, companyID: Int64, name: String, due: Due, discountPercent: Decimal? = nil,
                discountDays: Int? = nil, isActive: Bool = true, version: Int = 1) {
        self.id = id
        self.companyID = companyID
        self.name = name
        self.due = due
        self.discountPercent = discountPercent
        self.discountDays = discountDays
        self.isActive = isActive
        self.version = version
    }

    /// The due date of a document dated `date`.
    public func dueDate(for date: LocalDate) -> LocalDate {
        switch due {
        case .days(let days):
            return date.adding(days: days)
        case .dayOfNextMonth(let day):
            let next = date.firstOfMonth.adding(months: 1)
            return LocalDate(year: next.year, month: next.month, day: min(day, next.lastOfMonth.day))!
        }
    }

    /// The last day the early-payment discount applies to a document dated `date`, if the terms give one.
    public func discountDate(for date: LocalDate) -> LocalDate? {
        guard discountPercent != nil, let discountDays else { return nil }
        return date.adding(days: discountDays)
    }

    /// The terms every new company starts with: due on receipt, and net 15, 30 and 60 days.
    public static let standard: [(name: String, days: Int)] = [("Due on receipt", 0), ("Net 15", 15), ("Net 30", 30), ("Net 60", 60)]

    /// The name of the standard-style terms of `days` days: "Net 45", or "Due on receipt" for none.
    public static func netName(days: Int) -> String { days == 0 ? "Due on receipt" : "Net \(days)" }
}
