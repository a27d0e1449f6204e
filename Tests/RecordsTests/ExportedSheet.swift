import Foundation
import Ledger
import Testing
import XLSXReading

/// An exported entry sheet read back with the project's own XLSX reader: its rows as cells keyed by column name
/// (the header without the " *" of required columns).
struct ExportedSheet {
    let header: [String]
    let rows: [[String: XLSXValue]]

    init(path: String, sheet: String) throws {
        var header: [String] = []
        var rows: [[String: XLSXValue]] = []
        try XLSXReader(path: path).forEachRow(inSheet: sheet) { row in
            guard row.number > 1 else {
                header = row.cells.map { cell in
                    guard case .text(let text)? = cell?.value else { return "" }
                    return text.hasSuffix(" *") ? String(text.dropLast(2)) : text
                }
                return
            }
            var cells: [String: XLSXValue] = [:]
            for (index, cell) in row.cells.enumerated() where index < header.count {
                if let cell { cells[header[index]] = cell.value }
            }
            rows.append(cells)
        }
        self.header = header
        self.rows = rows
    }

    /// The rows of each Record ID, in sheet order.
    var rowsByRecordID: [Int64: [[String: XLSXValue]]] {
        Dictionary(grouping: rows) { row in Self.integer(row["Record ID"]) ?? -1 }
    }

    static func integer(_ value: XLSXValue?) -> Int64? {
        guard case .number(let number)? = value else { return nil }
        return Int64(DecimalText.format(number))
    }

    /// Minor units of a money cell. XLSX numbers are doubles, and libxlsxwriter writes them with 16 significant
    /// digits (670.44 as 670.4400000000001), which the reader keeps as written; rounding to the currency's decimals
    /// recovers the amount, since the error is far below a minor unit.
    static func minorUnits(_ value: XLSXValue?, in currency: Currency) throws -> Int64? {
        guard case .number(let number)? = value else { return nil }
        let units = try Money(rounding: number, in: currency)
        #expect(abs(units.decimalValue - number) < Decimal(string: "0.000000001")!, "\(number) is not a whole number of minor units")
        return units.minorUnits
    }

    static func text(_ value: XLSXValue?) -> String? {
        guard case .text(let text)? = value else { return nil }
        return text
    }
}
