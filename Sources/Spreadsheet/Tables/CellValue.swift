import CSVFiles
import Foundation
import Ledger

/// A typed value of one cell that a table writes, whatever the table is (a report, a records template or export) and
/// whatever the file (XLSX, CSV, text). Formulas carry the value they compute, so every output shows it without
/// recalculating.
public enum CellValue: Sendable, Equatable {
    case empty
    case text(String)
    /// Minor units of the table's currency.
    case money(Int64)
    case integer(Int64)
    case decimal(Decimal)
    case date(LocalDate)
    /// A ratio: 0.125 is 12.5 %.
    case percent(Decimal)
    /// A live formula with its computed value (`.money`, `.percent`, `.text`, or `.empty` when undefined).
    indirect case formula(Formula, value: CellValue)

    /// The value shown: a formula's computed value, otherwise the cell itself.
    public var value: CellValue {
        if case .formula(_, let value) = self { return value }
        return self
    }

    /// The value in plain notation, for files that machines read: money with exactly `digits` decimals (`-75.00`),
    /// numbers as they are (`0.125`), ISO dates, a formula's computed value; "" for an empty cell.
    public func plainText(digits: Int) -> String {
        switch value {
        case .empty, .formula: ""
        case .text(let text): text
        case .money(let units): Money.plainText(minorUnits: units, digits: digits)
        case .integer(let value): String(value)
        case .decimal(let value), .percent(let value): DecimalText.format(value)
        case .date(let date): date.description
        }
    }

    /// The value for people: money grouped with negatives in parentheses (`1,234.50`, `(75.00)`), percentages
    /// (`12.5%`), everything else as `plainText`.
    public func displayText(digits: Int) -> String {
        switch value {
        case .money(let units):
            let text = Self.grouped(String(Money.plainText(minorUnits: units, digits: digits).drop { $0 == "-" }))
            return units < 0 ? "(\(text))" : text
        case .percent(let ratio): return DecimalText.format(DecimalText.roundedHalfUp(ratio * 100, scale: 1)) + "%"
        default: return plainText(digits: digits)
        }
    }

    /// The value as a CSV field: text guarded as text, everything else in plain notation.
    public func csvField(digits: Int) -> CSVField {
        if case .text(let text) = value { return .text(text) }
        return .plain(plainText(digits: digits))
    }

    /// "1234567.89" → "1,234,567.89"
    private static func grouped(_ plain: String) -> String {
        let parts = plain.split(separator: ".", maxSplits: 1)
        var whole = String(parts[0])
        var groups: [Substring] = []
        while whole.count > 3 {
            groups.insert(whole.suffix(3)[...], at: 0)
            whole.removeLast(3)
        }
        groups.insert(whole[...], at: 0)
        return groups.joined(separator: ",") + (parts.count > 1 ? "." + parts[1] : "")
    }
}
