import Foundation
import Ledger

/// The rows of one worksheet part, streamed: each `<row>` is gathered from its `<c>` elements and handed on at its
/// end, so only one row is ever held. Rows and cells without an `r` attribute follow the one before; `<dimension>`
/// is not consulted.
struct XLSXSheetRows {
    let reader: XMLPartReader
    let sharedStrings: [String]
    let dateStyles: XLSXDateStyles
    let uses1904Dates: Bool

    static let maxRow = 1_048_576
    static let maxColumns = 16_384

    func forEach(_ body: (XLSXRow) throws -> Void) throws {
        var row = XLSXRow(number: 0, cells: [])
        var column = -1
        while try reader.read() {
            if reader.isEndElement {
                if reader.hasLocalName("row"), !row.cells.isEmpty { try body(row) }
                continue
            }
            guard reader.isStartElement else { continue }
            if reader.hasLocalName("c") {
                column = try Self.columnIndex(reader.attribute("r"), after: column, row: row.number, part: reader.part,
                                               place: reader.place)
                if let cell = try cell(row: row.number, column: column) {
                    if row.cells.count <= column {
                        row.cells.append(contentsOf: repeatElement(nil, count: column + 1 - row.cells.count))
                    }
                    row.cells[column] = cell
                }
            } else if reader.hasLocalName("row") {
                row = XLSXRow(number: try Self.rowNumber(reader.attribute("r"), after: row.number, part: reader.part,
                                                          place: reader.place), cells: [])
                column = -1
            }
        }
    }

    /// The number of a row from its `r` attribute, or the one after `previous` without it.
    static func rowNumber(_ text: String?, after previous: Int, part: String,
                          place: ReadPlace) throws(SpreadsheetError) -> Int {
        guard let text else { return previous + 1 }
        guard let number = Int(text), (1...maxRow).contains(number) else {
            throw place.error("\(part) has a row numbered \"\(text)\"; rows go from 1 to \(maxRow)", row: previous + 1)
        }
        return number
    }

    /// The 0-based column from a cell's `r` (`B12` → 1), or the one after `previous` without it.
    static func columnIndex(_ reference: String?, after previous: Int, row: Int, part: String,
                            place: ReadPlace) throws(SpreadsheetError) -> Int {
        var index = previous + 1
        if let reference {
            guard let column = CellReference.columnIndex(reference) else {
                throw place.error("\(part) has a cell reference \"\(reference)\" without a column", row: row)
            }
            index = column
        }
        guard index < maxColumns else {
            throw place.error("\(part) has a cell beyond the last column, XFD", row: row)
        }
        return index
    }

    /// The cell whose `<c>` the reader is on, nil when it holds no value (a styled blank).
    private func cell(row: Int, column: Int) throws(SpreadsheetError) -> XLSXCell? {
        let type = try reader.attribute("t") ?? "n"
        let style = try reader.attribute("s").flatMap { Int($0) } ?? 0
        var value: String?, formula: String?
        if !reader.isEmptyElement {
            let depth = reader.depth
            while try reader.read(), !(reader.isEndElement && reader.depth == depth) {
                guard reader.isStartElement else { continue }
                if reader.hasLocalName("v") {
                    value = try reader.text()
                } else if reader.hasLocalName("f") {
                    formula = try reader.text()
                } else if reader.hasLocalName("is") {
                    value = try reader.stringItem()
                } else {
                    try reader.skipElement()
                }
            }
        }
        if value?.isEmpty == true, type != "inlineStr", type != "str" { value = nil }  // openpyxl: <f>…</f><v></v>, never calculated
        guard let value else { return formula.map { XLSXCell(value: .text(""), formula: $0) } }
        func failure(_ message: String) -> SpreadsheetError {
            reader.place.error(message, row: row, column: CellReference.column(column))
        }
        let typed: XLSXValue
        switch type {
        case "s":
            guard let index = Int(value), sharedStrings.indices.contains(index) else {
                throw failure("refers to shared string \(value), but the file has \(sharedStrings.count) shared strings")
            }
            typed = .text(sharedStrings[index])
        case "inlineStr": typed = .text(value)  // already unescaped by stringItem
        case "str": typed = .text(XLSXText.unescape(value))
        case "b":
            switch value {
            case "1", "true": typed = .bool(true)
            case "0", "false": typed = .bool(false)
            default: throw failure("\"\(value)\" is not a boolean")
            }
        case "e": typed = .error(value)
        case "d":
            guard let date = LocalDate(iso: String(value.prefix(10))) else { throw failure("\"\(value)\" is not an ISO date") }
            typed = .date(date)
        case "n":
            guard let number = Self.number(value) else { throw failure("\"\(value)\" is not a number") }
            typed = Self.value(number, isDate: dateStyles.isDate(style: style), uses1904: uses1904Dates)
        default:
            throw failure("unknown cell type \"\(type)\"")
        }
        return XLSXCell(value: typed, formula: formula)
    }

    /// What a number cell holds: with a date style, `.date` when the number is a serial naming a real day; else
    /// the number unchanged. The writer's fingerprint types the numbers it writes here too, so both read them alike.
    static func value(_ number: Decimal, isDate: Bool, uses1904: Bool) -> XLSXValue {
        guard isDate, number >= 0, number < 10_000_000,
              let date = XLSXDateSystem.date(serial: NSDecimalNumber(decimal: number).intValue, uses1904: uses1904)
        else { return .number(number) }
        return .date(date)
    }

    /// The number exactly as written: `[+-]digits[.digits][E[+-]digits]` and nothing else. One pass over the bytes
    /// checks the form and, for a number without exponent of at most 18 digits (almost every number in a sheet),
    /// makes the `Decimal` from its digits exactly: far cheaper than `Decimal(string:)`, which reads the rest.
    static func number(_ text: String) -> Decimal? {
        var digits: UInt64 = 0, count = 0, decimals = 0, negative = false
        var index = text.utf8.startIndex
        let end = text.utf8.endIndex
        if index < end, text.utf8[index] == UInt8(ascii: "+") || text.utf8[index] == UInt8(ascii: "-") {
            negative = text.utf8[index] == UInt8(ascii: "-")
            index = text.utf8.index(after: index)
        }
        var afterPoint = false
        while index < end {
            let byte = text.utf8[index]
            if byte == UInt8(ascii: "."), !afterPoint {
                afterPoint = true
            } else if (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) {
                if count < 18 { digits = digits * 10 + UInt64(byte - UInt8(ascii: "0")) }
                count += 1
                if afterPoint { decimals += 1 }
            } else {
                break
            }
            index = text.utf8.index(after: index)
        }
        guard count > 0 else { return nil }
        guard index < end else {
            guard count <= 18 else { return Decimal(string: text, locale: posix) }
            return Decimal(sign: negative && digits != 0 ? .minus : .plus, exponent: -decimals, significand: Decimal(digits))
        }
        // An exponent: `E`, an optional sign, digits, and nothing after them.
        guard text.utf8[index] == UInt8(ascii: "e") || text.utf8[index] == UInt8(ascii: "E") else { return nil }
        index = text.utf8.index(after: index)
        if index < end, text.utf8[index] == UInt8(ascii: "+") || text.utf8[index] == UInt8(ascii: "-") {
            index = text.utf8.index(after: index)
        }
        guard index < end, text.utf8[index...].allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) else { return nil }
        return Decimal(string: text, locale: posix)
    }

    private static let posix = Locale(identifier: "en_US_POSIX")
}
