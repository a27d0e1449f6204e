import Foundation
import Ledger

/// A number as a cell will hold it. XLSX stores numbers as doubles; `cellValue` is the only conversion to `Double`,
/// made at the moment the cell is written.
public enum XLSXNumber: Sendable, Equatable {
    /// Money in minor units of a currency with `digits` decimal places: `minorUnits(12345, digits: 2)` is 123.45.
    case minorUnits(Int64, digits: Int)
    case integer(Int64)
    case decimal(Decimal)
    /// A date as an Excel serial day number (1900 date system, right from 1900-03-01 on); give the cell a date
    /// number format.
    case date(LocalDate)

    package var cellValue: Double {
        switch self {
        case .minorUnits(let units, let digits):
            // Both operands are exact doubles, so the quotient is the double nearest the decimal amount.
            Double(units) / pow(10, Double(digits))
        case .integer(let value):
            Double(value)
        case .decimal(let value):
            // Decimal's description is plain POSIX notation; parsing it rounds correctly.
            Double(value.description) ?? NSDecimalNumber(decimal: value).doubleValue
        case .date(let date):
            // 1970-01-01 is Excel serial 25569.
            Double(date.dayNumber + 25_569)
        }
    }

    /// The number exactly, as a decimal: what `cellValue` approximates.
    package var exactValue: Decimal {
        switch self {
        case .minorUnits(let units, let digits):
            Decimal(sign: units < 0 ? .minus : .plus, exponent: -digits, significand: Decimal(units.magnitude))
        case .integer(let value):
            Decimal(value)
        case .decimal(let value):
            value
        case .date(let date):
            Decimal(date.dayNumber + 25_569)
        }
    }
}
