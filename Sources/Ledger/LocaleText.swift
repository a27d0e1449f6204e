import Foundation

/// Reads dates and numbers the way people at a company type or paste them into a sheet: `03/04/2026` is
/// March 4 in `en_US` and 3 April in `en_GB`; `$1,234.50`, `(75.00)` and `1.234,50 €` are numbers.
/// Anything that could be read two ways is refused with a message saying how to write it.
public struct LocaleText: Sendable {
    /// The order of the parts of a date written with numbers only.
    public enum DateOrder: Sendable {
        case monthDayYear, dayMonthYear, yearMonthDay

        /// "month/day/year", for messages.
        public var description: String {
            switch self {
            case .monthDayYear: "month/day/year"
            case .dayMonthYear: "day/month/year"
            case .yearMonthDay: "year-month-day"
            }
        }
    }

    public let identifier: String
    public let dateOrder: DateOrder
    public let decimalSeparator: Character
    public let groupingSeparator: Character
    /// What the locale writes between the parts of a numeric date: "/" in `en_US` and `en_GB`, "." in `de_DE`.
    public let dateSeparator: Character

    public init(identifier: String) {
        self.identifier = identifier
        let locale = Locale(identifier: identifier)
        let pattern = DateFormatter.dateFormat(fromTemplate: "yMd", options: 0, locale: locale) ?? "y-MM-dd"
        let positions = ["y", "M", "d"].map { pattern.firstIndex(of: Character($0)) ?? pattern.endIndex }
        dateOrder = positions[1] < positions[2] ? (positions[0] < positions[1] ? .yearMonthDay : .monthDayYear) : .dayMonthYear
        dateSeparator = pattern.first { !$0.isLetter && !$0.isWhitespace && $0 != "'" } ?? "-"
        decimalSeparator = locale.decimalSeparator?.first ?? "."
        let grouping = locale.groupingSeparator?.first ?? ","
        groupingSeparator = grouping.isWhitespace ? " " : grouping
    }

    /// Whether Foundation knows `identifier` as a locale with its own date and number conventions.
    public static func isKnown(_ identifier: String) -> Bool {
        Locale.availableIdentifiers.contains(identifier)
    }

    // MARK: Dates

    /// A date from ISO text (`2026-03-04`), numbers in the locale's order (`3/4/2026`, `3/4/26`), or an English
    /// month name (`4 Mar 2026`, `March 4, 2026`). The error says how to write it.
    public func date(_ text: String) -> Result<LocalDate, TextValueError> {
        let trimmed = text.trimmingSpaces(.whitespacesAndNewlines)
        if let date = LocalDate(iso: trimmed) { return .success(date) }
        let tokens = trimmed.split { !$0.isLetter && !$0.isNumber }.map(String.init)
        let words = tokens.filter { $0.first?.isLetter == true }
        let numbers = tokens.filter { $0.allSatisfy(\.isNumber) }.compactMap { Int($0) }
        let digitTokens = tokens.filter { $0.allSatisfy(\.isNumber) }
        let notADate = TextValueError("\"\(trimmed)\" is not a date; write it as YYYY-MM-DD (such as 2026-03-04) or as \(dateOrder.description)")
        guard numbers.count + words.count == tokens.count, !tokens.isEmpty else { return .failure(notADate) }
        if words.count == 1, numbers.count == 2 {
            guard let month = MonthName.number(named: words[0]) else { return .failure(notADate) }
            let yearIndex = digitTokens[0].count >= 3 || numbers[0] > 31 ? 0 : 1
            return made(year: numbers[yearIndex], month: month, day: numbers[1 - yearIndex], text: trimmed)
        }
        guard words.isEmpty, numbers.count == 3 else { return .failure(notADate) }
        if digitTokens[0].count == 4 { return made(year: numbers[0], month: numbers[1], day: numbers[2], text: trimmed) }
        let (first, second, year) = (numbers[0], numbers[1], numbers[2])
        // Dots mean day.month.year to most people who write them; where the locale writes dates otherwise,
        // `04.03.2026` could be either, so it is refused rather than guessed.
        let separator = trimmed.first { !$0.isNumber }
        if separator == ".", dateSeparator != ".", dateOrder == .monthDayYear, first <= 12, second <= 12, first != second {
            return .failure(TextValueError("\"\(trimmed)\" could be day.month.year (as dots usually mean) or month/day/year (\(identifier)); write it as YYYY-MM-DD"))
        }
        switch dateOrder {
        case .monthDayYear: return made(year: year, month: first, day: second, text: trimmed)
        case .dayMonthYear: return made(year: year, month: second, day: first, text: trimmed)
        case .yearMonthDay:
            if first > 12 || first == second { return made(year: year, month: second, day: first, text: trimmed) }
            if second > 12 { return made(year: year, month: first, day: second, text: trimmed) }
            return .failure(TextValueError("\"\(trimmed)\" could be read as day/month or month/day; write it as YYYY-MM-DD"))
        }
    }

    private func made(year: Int, month: Int, day: Int, text: String) -> Result<LocalDate, TextValueError> {
        let fullYear = year < 100 ? 2000 + year : year
        guard let date = LocalDate(year: fullYear, month: month, day: day) else {
            return .failure(TextValueError("\"\(text)\" is not a date in \(dateOrder.description) order (\(identifier)); write it as YYYY-MM-DD"))
        }
        return .success(date)
    }

    // MARK: Numbers

    /// A number as typed or pasted: currency symbols or codes, the locale's thousands separators (in groups of
    /// three), parentheses or a trailing minus for negatives. `1,5` in `en_US` is refused rather than guessed.
    public func number(_ text: String) -> Result<Decimal, TextValueError> {
        var body = text.trimmingSpaces(Self.blanks)
        let original = body
        var negative = false
        if body.hasPrefix("("), body.hasSuffix(")") {
            negative = true
            body = String(body.dropFirst().dropLast())
        }
        body = body.trimmingCharacters(in: Self.currencyMarks)
        if body.hasPrefix("-") || body.hasSuffix("-") {
            guard !negative else { return .failure(notANumber(original)) }
            negative = true
            body = body.hasPrefix("-") ? String(body.dropFirst()) : String(body.dropLast())
        } else if body.hasPrefix("+") {
            body.removeFirst()
        }
        body = body.trimmingCharacters(in: Self.currencyMarks)
        guard let plain = ungrouped(body) else { return .failure(notANumber(original)) }
        guard let value = DecimalText.parse(plain) else { return .failure(notANumber(original)) }
        return .success(negative ? -value : value)
    }

    /// The digits with the decimal separator as ".", or nil when separators are misplaced.
    private func ungrouped(_ body: String) -> String? {
        let parts = body.split(separator: decimalSeparator, omittingEmptySubsequences: false)
        guard parts.count <= 2, let whole = parts.first else { return nil }
        let groups = whole.split(omittingEmptySubsequences: false) { $0 == groupingSeparator || Self.isSpace($0) }
        if groups.count > 1 {
            guard let lead = groups.first, (1...3).contains(lead.count), groups.dropFirst().allSatisfy({ $0.count == 3 }) else { return nil }
        }
        let digits = groups.joined()
        guard digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        if parts.count == 2 {
            guard parts[1].allSatisfy({ $0.isASCII && $0.isNumber }), !parts[1].isEmpty || !digits.isEmpty else { return nil }
            return (digits.isEmpty ? "0" : digits) + "." + parts[1]
        }
        return digits
    }

    private func notANumber(_ text: String) -> TextValueError {
        let example = "1\(groupingSeparator)234\(decimalSeparator)50"
        return TextValueError("\"\(text)\" is not a number; write it like \(example) (\(identifier): decimal \"\(decimalSeparator)\", thousands \"\(groupingSeparator)\")")
    }

    private static let spaces = CharacterSet(charactersIn: "\u{00A0}\u{202F}\u{2009}")
    /// White space, line breaks and the spaces above, trimmed from around a number.
    private static let blanks = CharacterSet.whitespacesAndNewlines.union(spaces)
    /// Currency symbols and codes around an amount: `$`, `US$`, `£`, `€`, `USD`, and the spaces beside them.
    /// Codes are capitals, so "12abc" stays junk.
    private static let currencyMarks = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZ$£€¥₹₩₽¤")
        .union(.whitespaces).union(spaces)

    private static func isSpace(_ character: Character) -> Bool {
        character.unicodeScalars.allSatisfy { CharacterSet.whitespaces.contains($0) || spaces.contains($0) }
    }
}

/// Why a typed value could not be read, worded as the fix.
public struct TextValueError: Error, Equatable, Sendable, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}
