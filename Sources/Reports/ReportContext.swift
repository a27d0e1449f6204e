import Foundation
import Ledger
import LedgerStore

/// The dates a report covers, once its request is resolved against the as-of date and the company's fiscal year.
public enum ReportPeriod: Sendable, Equatable {
    /// Activity from one date through another (P&L, general ledger, transactions).
    case span(DateRange)
    /// Balances at the end of one day (balance sheet, trial balance, aging).
    case asOf(LocalDate)
    /// Every date in the ledger.
    case allDates
    /// Lists with no dates (customers, items).
    case none
}

/// A request resolved against one ledger: the company, the period, the filters as IDs, and a reader to query with.
public struct ReportContext {
    public let request: ReportRequest
    public let company: Company
    public let period: ReportPeriod
    /// The span the user named with `--period` or `--from/--to`, even for an as-of report; nil when none.
    public let requestedRange: DateRange?
    /// The date relative periods were counted from (today unless `--as-of`).
    public let asOf: LocalDate
    public let filter: PostingFilter
    /// The filters as the user wrote them, for the title block: "Class: Retail".
    public let filterNotes: [String]
    public let builtAt: Date
    public let reader: LedgerReader

    public var currency: Currency { company.baseCurrency }

    /// When income and expenses count, as the request says.
    var basis: RecognitionBasis { request.basis == .cash ? .cash : .accrual }

    /// The last day the report covers: the span's end, the as-of date, or the as-of date for undated reports.
    public var endDate: LocalDate {
        switch period {
        case .span(let range): range.to
        case .asOf(let date): date
        case .allDates, .none: asOf
        }
    }

    /// The span covered, or nil when the report is not a span.
    public var range: DateRange? {
        if case .span(let range) = period { return range }
        return nil
    }

    /// "January 1, 2026 to October 31, 2026", "As of October 31, 2026", "All dates".
    public var periodText: String {
        switch period {
        case .span(let range): "\(ReportDates.long(range.from)) to \(ReportDates.long(range.to))"
        case .asOf(let date): "As of \(ReportDates.long(date))"
        case .allDates: "All dates"
        case .none: "As of \(ReportDates.long(asOf))"
        }
    }

    /// A report's layout with the usual title block: the company, `title`, the period (`periodText` unless given),
    /// the basis when it matters, the filters and the build time; money in the company's currency.
    func titledLayout(_ style: ReportLayout.Style, title: String, periodText: String? = nil, showingBasis: Bool = false,
                      columns: [ReportColumn]) -> ReportLayout {
        ReportLayout(style: style, title: title, entity: company.name, periodText: periodText ?? self.periodText,
                     notes: notes(showingBasis: showingBasis), columns: columns, currency: currency)
    }

    /// Title-block lines under the period: basis (when it matters), filters, and when the report was built.
    public func notes(showingBasis: Bool) -> [String] {
        var notes: [String] = []
        if showingBasis { notes.append(request.basis == .cash ? "Cash basis" : "Accrual basis") }
        notes += filterNotes
        notes.append("Built \(ReportDates.timestamp(builtAt)) from the ledger")
        return notes
    }
}

/// Dates as reports print them.
public enum ReportDates {
    /// "October 31, 2026"
    public static func long(_ date: LocalDate) -> String { "\(MonthName.name(date.month)) \(date.day), \(date.year)" }

    /// "Oct 31, 2026"
    public static func short(_ date: LocalDate) -> String { "\(MonthName.abbreviation(date.month)) \(date.day), \(date.year)" }

    /// "Oct 2026"
    public static func monthYear(_ date: LocalDate) -> String { "\(MonthName.abbreviation(date.month)) \(date.year)" }

    /// "2026-11-21 14:05 UTC"
    public static func timestamp(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd HH:mm 'UTC'"
        return formatter.string(from: date)
    }
}
