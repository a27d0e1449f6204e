/// A named budget of one company for one fiscal year, such as "2026 Adopted" or "2026 Revised": amounts per account
/// per month (`BudgetLine`), optionally per class or location. Amounts are on the account's normal side, so planned
/// income and planned expenses are both positive numbers.
public struct Budget: Hashable, Sendable {
    public var id: Int64
    public var companyID: Int64
    public var name: String
    /// The fiscal year, named by the calendar year it ends in (`FiscalYear`).
    public var fiscalYear: Int
    /// Raised by each revision, so an edit made from an older export is caught.
    public var version: Int
    /// In a fund-accounted company, the fund whose appropriations the budget holds; nil for a company-wide budget.
    public var fundID: Int64?

    public init(id: Int64, companyID: Int64, name: String, fiscalYear: Int, version: Int = 1, fundID: Int64? = nil) {
        self.id = id
        self.companyID = companyID
        self.name = name
        self.fiscalYear = fiscalYear
        self.version = version
        self.fundID = fundID
    }
}

/// One account's budget for the twelve months of the fiscal year (in minor units of the company's currency, on the
/// account's normal side), for the whole company or for one class or location.
public struct BudgetLine: Hashable, Sendable {
    public var accountID: Int64
    /// A class or location of the company; nil for the account as a whole.
    public var dimensionID: Int64?
    /// Twelve amounts; the first is the fiscal year's first month.
    public var months: [Int64]

    public init(accountID: Int64, dimensionID: Int64? = nil, months: [Int64]) {
        precondition(months.count == 12, "a budget line has twelve months")
        self.accountID = accountID
        self.dimensionID = dimensionID
        self.months = months
    }

    /// A line of `total` spread evenly over the twelve months to the minor unit, the remainder in the last month.
    public init(accountID: Int64, dimensionID: Int64? = nil, total: Int64) {
        self.init(accountID: accountID, dimensionID: dimensionID, months: Self.spread(total))
    }

    public var total: Int64 { months.reduce(0, +) }

    /// `total` in twelve equal parts cut to the minor unit (toward zero), the last month taking what is left, so the
    /// parts add up to `total` exactly.
    public static func spread(_ total: Int64) -> [Int64] {
        let part = total / 12
        return Array(repeating: part, count: 11) + [total - part * 11]
    }
}

/// The fiscal years budgets are set for. A fiscal year is named by the calendar year it ends in: for a company whose
/// year starts in July, 2026 runs from 1 July 2025 to 30 June 2026; for one that starts in January, it is 2026.
public enum FiscalYear {
    /// The first day of each of the twelve months of fiscal year `year`.
    public static func months(of year: Int, startMonth: Int) -> [LocalDate] {
        let first = LocalDate(year: startMonth == 1 ? year : year - 1, month: startMonth, day: 1)!
        return (0..<12).map { first.adding(months: $0) }
    }

    /// The dates of fiscal year `year`.
    public static func range(of year: Int, startMonth: Int) -> DateRange {
        let months = months(of: year, startMonth: startMonth)
        return DateRange(from: months[0], to: months[11].lastOfMonth)
    }

    /// The fiscal year `date` falls in.
    public static func year(containing date: LocalDate, startMonth: Int) -> Int {
        let start = PeriodPreset.fiscalYearStart(containing: date, startMonth: startMonth)
        return startMonth == 1 ? start.year : start.year + 1
    }
}
