/// A period named relative to a date ("this-fiscal-year-to-date"), kept by name in workbooks so a refresh moves with time.
public enum PeriodPreset: String, CaseIterable, Sendable, Codable {
    case today
    case thisMonth = "this-month"
    case thisMonthToDate = "this-month-to-date"
    case lastMonth = "last-month"
    case thisQuarter = "this-quarter"
    case thisQuarterToDate = "this-quarter-to-date"
    case lastQuarter = "last-quarter"
    case thisYear = "this-year"
    case thisYearToDate = "this-year-to-date"
    case lastYear = "last-year"
    case thisFiscalYear = "this-fiscal-year"
    case thisFiscalYearToDate = "this-fiscal-year-to-date"
    case lastFiscalYear = "last-fiscal-year"
    case last12Months = "last-12-months"

    /// The dates this preset covers on `asOf`, for a company whose fiscal year starts in `fiscalYearStartMonth`.
    /// Quarters and years are calendar ones; the fiscal presets follow the company.
    public func range(asOf: LocalDate, fiscalYearStartMonth: Int) -> DateRange {
        let month = asOf.firstOfMonth
        let quarter = month.adding(months: -((asOf.month - 1) % 3))
        let year = LocalDate(year: asOf.year, month: 1, day: 1)!
        let fiscalYear = Self.fiscalYearStart(containing: asOf, startMonth: fiscalYearStartMonth)
        switch self {
        case .today: return DateRange(from: asOf, to: asOf)
        case .thisMonth: return DateRange(from: month, to: asOf.lastOfMonth)
        case .thisMonthToDate: return DateRange(from: month, to: asOf)
        case .lastMonth: return DateRange(from: month.adding(months: -1), to: month.adding(days: -1))
        case .thisQuarter: return DateRange(from: quarter, to: quarter.adding(months: 2).lastOfMonth)
        case .thisQuarterToDate: return DateRange(from: quarter, to: asOf)
        case .lastQuarter: return DateRange(from: quarter.adding(months: -3), to: quarter.adding(days: -1))
        case .thisYear: return DateRange(from: year, to: year.adding(months: 11).lastOfMonth)
        case .thisYearToDate: return DateRange(from: year, to: asOf)
        case .lastYear: return DateRange(from: year.adding(months: -12), to: year.adding(days: -1))
        case .thisFiscalYear: return DateRange(from: fiscalYear, to: fiscalYear.adding(months: 11).lastOfMonth)
        case .thisFiscalYearToDate: return DateRange(from: fiscalYear, to: asOf)
        case .lastFiscalYear: return DateRange(from: fiscalYear.adding(months: -12), to: fiscalYear.adding(days: -1))
        case .last12Months: return DateRange(from: asOf.adding(months: -12).adding(days: 1), to: asOf)
        }
    }

    /// The first day of the fiscal year that contains `date`.
    public static func fiscalYearStart(containing date: LocalDate, startMonth: Int) -> LocalDate {
        let year = date.month >= startMonth ? date.year : date.year - 1
        return LocalDate(year: year, month: startMonth, day: 1)!
    }

    /// The valid names, for error messages.
    public static var allNames: String { allCases.map(\.rawValue).joined(separator: ", ") }
}
