import Foundation
import XLSXEditing
import XLSXReading
import XLSXWriting

extension XLSXCellEdit {
    /// The edit that writes `cell`'s value into an existing cell: text as text, numbers and dates as numbers (money
    /// with `digits` decimals, a date as its serial day), an empty cell or a formula without a value as a blank.
    public init(_ cell: CellValue, digits: Int) {
        switch cell.value {
        case .empty, .formula: self = .blank
        case .text(let text): self = .text(text)
        case .money(let units): self = .number(XLSXNumber.minorUnits(units, digits: digits).exactValue)
        case .integer(let value): self = .number(Decimal(value))
        case .decimal(let value), .percent(let value): self = .number(value)
        case .date(let date): self = .number(XLSXNumber.date(date).exactValue)
        }
    }
}
