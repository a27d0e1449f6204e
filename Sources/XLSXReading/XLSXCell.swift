import Foundation
import Ledger

/// What a cell of a read XLSX sheet holds, typed as the file stores it.
public enum XLSXValue: Equatable, Sendable {
    case text(String)
    /// The number exactly as written in the file, parsed as `Decimal` (never through `Double`).
    case number(Decimal)
    /// A number cell with a date format holding a whole day, or a `t="d"` cell with a date alone.
    case date(LocalDate)
    /// A number cell with a date format whose serial has a time of day (or a `t="d"` date and time): the day and the
    /// seconds since its midnight, rounded to the second.
    case dateTime(LocalDate, seconds: Int)
    /// A number cell with a time or elapsed-time format (or a `t="d"` time alone): the seconds it spans, rounded to the
    /// second; negative, or a day or more, for durations.
    case time(seconds: Int)
    case bool(Bool)
    /// An error value such as `#DIV/0!` or `#N/A`.
    case error(String)

    /// The value as plain text: text and errors as they are, numbers in plain notation (`-1234.5`), dates ISO
    /// (`2020-07-23`, `2020-07-23T09:00:00`), times as hours, minutes and seconds (`09:30:00`, `26:15:00`,
    /// `-01:30:00`), booleans `TRUE` and `FALSE`.
    public var plainText: String {
        switch self {
        case .text(let text), .error(let text): text
        case .number(let number): DecimalText.format(number)
        case .date(let date): date.description
        case .dateTime(let date, let seconds): date.description + "T" + Self.clock(seconds)
        case .time(let seconds): Self.clock(seconds)
        case .bool(let flag): flag ? "TRUE" : "FALSE"
        }
    }

    /// `HH:MM:SS` with hours past 23 as they come, and a minus sign for a negative span.
    private static func clock(_ seconds: Int) -> String {
        func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }
        let span = seconds.magnitude
        let text = twoDigits(Int(span / 3600)) + ":" + twoDigits(Int(span / 60 % 60)) + ":" + twoDigits(Int(span % 60))
        return seconds < 0 ? "-" + text : text
    }
}

/// One cell: its value and, for a formula cell, the formula (without `=`) whose cached result `value` is.
/// A formula with no cached result has the value `.text("")`.
public struct XLSXCell: Equatable, Sendable {
    public var value: XLSXValue
    /// The formula without `=`; nil for a cell without one. It is "" for the later cells of a shared formula, which
    /// carry only a reference to the formula the first cell wrote (Excel and LibreOffice write these).
    public var formula: String?

    public init(value: XLSXValue, formula: String? = nil) {
        self.value = value
        self.formula = formula
    }
}

/// One row of a sheet that has at least one cell with a value.
public struct XLSXRow: Equatable, Sendable {
    /// The row number as the spreadsheet shows it (1-based).
    public var number: Int
    /// Cells by 0-based column index (`A` is 0); nil where the row has no value.
    public var cells: [XLSXCell?]

    public init(number: Int, cells: [XLSXCell?]) {
        self.number = number
        self.cells = cells
    }

    /// The cell at a 0-based column index, nil when absent or beyond the last cell.
    public subscript(column: Int) -> XLSXCell? {
        cells.indices.contains(column) ? cells[column] : nil
    }
}
