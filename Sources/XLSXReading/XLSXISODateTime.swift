import Ledger

/// The ISO 8601 text of a `t="d"` cell: a date (`2020-07-23`), a date and time (`2020-07-23T09:00:00`, seconds,
/// fraction and zone optional), or a time alone (`09:00:00`). The zone, which spreadsheets do not keep, is dropped;
/// a fraction of a second is rounded.
enum XLSXISODateTime {
    static func value(_ text: String) -> XLSXValue? {
        guard let separator = text.firstIndex(of: "T") else {
            if let date = LocalDate(iso: text) { return .date(date) }
            return seconds(text).map { .time(seconds: $0) }
        }
        guard let date = LocalDate(iso: String(text[..<separator])),
              let seconds = seconds(String(text[text.index(after: separator)...])) else { return nil }
        // 24:00:00 is the end of the day: the next one's midnight.
        guard seconds < 86_400 else { return .date(date.adding(days: 1)) }
        return seconds == 0 ? .date(date) : .dateTime(date, seconds: seconds)
    }

    /// The seconds since midnight of `HH:MM[:SS[.fraction]]` with an optional `Z` or `±HH:MM` zone; nil otherwise.
    private static func seconds(_ text: String) -> Int? {
        var clock = Substring(text)
        if clock.hasSuffix("Z") {
            clock = clock.dropLast()
        } else if let sign = clock.lastIndex(where: { $0 == "+" || $0 == "-" }) {
            clock = clock[..<sign]
        }
        let fields = clock.split(separator: ":", omittingEmptySubsequences: false)
        guard (2...3).contains(fields.count), let hours = twoDigits(fields[0]), let minutes = twoDigits(fields[1]),
              hours <= 24, minutes < 60 else { return nil }
        var seconds = 0
        if fields.count == 3 {
            let parts = fields[2].split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
            guard let whole = twoDigits(parts[0]), whole < 60 else { return nil }
            seconds = whole
            if parts.count == 2 {
                guard let first = parts[1].first, parts[1].allSatisfy({ ("0"..."9").contains($0) }) else { return nil }
                if first >= "5" { seconds += 1 }
            }
        }
        let total = hours * 3600 + minutes * 60 + seconds
        return total <= 86_400 ? total : nil
    }

    private static func twoDigits(_ text: Substring) -> Int? {
        guard text.count == 2, text.allSatisfy({ ("0"..."9").contains($0) }) else { return nil }
        return Int(text)
    }
}
