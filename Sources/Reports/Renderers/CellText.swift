import Foundation
import Ledger

/// Cell values as text: `display` for people (1,234.50, (75.00), 12.5%), `plain` for machines (1234.50, -75.00, 0.125).
enum CellText {
    static func display(_ cell: ReportCell, currency: Currency) -> String {
        switch cell.value {
        case .money(let units):
            let text = grouped(String(Money.plainText(minorUnits: units, digits: currency.minorUnitDigits).drop { $0 == "-" }))
            return units < 0 ? "(\(text))" : text
        case .percent(let ratio): return DecimalText.format(DecimalText.roundedHalfUp(ratio * 100, scale: 1)) + "%"
        default: return plain(cell, currency: currency)
        }
    }

    static func plain(_ cell: ReportCell, currency: Currency) -> String {
        switch cell.value {
        case .empty, .formula: return ""
        case .text(let text): return text
        case .money(let units): return Money.plainText(minorUnits: units, digits: currency.minorUnitDigits)
        case .integer(let value): return String(value)
        case .decimal(let value), .percent(let value): return DecimalText.format(value)
        case .date(let date): return date.description
        }
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
