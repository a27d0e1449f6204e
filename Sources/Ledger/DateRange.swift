/// An inclusive span of days, as reports cover them: `from` through `to`.
public struct DateRange: Hashable, Sendable, Codable, CustomStringConvertible {
    public var from: LocalDate
    public var to: LocalDate

    public init(from: LocalDate, to: LocalDate) {
        self.from = from
        self.to = to
    }

    public var description: String { "\(from) to \(to)" }

    /// True when the range starts on the 1st of a month and ends on the last day of a month.
    public var isWholeMonths: Bool { from.day == 1 && to == to.lastOfMonth }

    /// True when `date` is one of the range's days.
    public func contains(_ date: LocalDate) -> Bool { from <= date && date <= to }

    /// The range of the same shape just before this one: the previous N months for whole months, else the previous N days.
    public var previousPeriod: DateRange {
        if isWholeMonths {
            let months = (to.year - from.year) * 12 + to.month - from.month + 1
            return DateRange(from: from.adding(months: -months), to: from.adding(days: -1))
        }
        let length = from.days(until: to) + 1
        return DateRange(from: from.adding(days: -length), to: from.adding(days: -1))
    }

    /// The same range a year earlier; a range ending on a month's last day still does (Feb 29 → Feb 28).
    public var previousYear: DateRange {
        let end = to.adding(months: -12)
        return DateRange(from: from.adding(months: -12), to: to == to.lastOfMonth ? end.lastOfMonth : end)
    }
}

extension DateRange {
    /// The range a first and a last day name, nil when neither is given; both or neither, in order.
    public static func given(from: LocalDate?, to: LocalDate?) throws(DateRangeError) -> DateRange? {
        switch (from, to) {
        case (nil, nil): return nil
        case (_, nil): throw .missingEnd("--to")
        case (nil, _): throw .missingEnd("--from")
        case (let from?, let to?):
            let range = DateRange(from: from, to: to)
            guard from <= to else { throw .backwards(range) }
            return range
        }
    }
}

/// A first and last day that do not make a range; requests spell them `--from` and `--to`, as the command line does.
public enum DateRangeError: Error, Equatable, CustomStringConvertible {
    /// One end is given without the other, named as the option that is missing.
    case missingEnd(String)
    case backwards(DateRange)

    public var description: String {
        switch self {
        case .missingEnd(let option): "--from and --to go together: add \(option) (dates as YYYY-MM-DD)"
        case .backwards(let range): "--from \(range.from) is after --to \(range.to): swap them"
        }
    }
}
