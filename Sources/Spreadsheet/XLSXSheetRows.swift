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
                if reader.localName == "row", !row.cells.isEmpty { try body(row) }
                continue
            }
            guard reader.isStartElement else { continue }
            switch reader.localName {
            case "row":
                row = XLSXRow(number: try Self.rowNumber(reader.attribute("r"), after: row.number, part: reader.part,
                                                          place: reader.place), cells: [])
                column = -1
            case "c":
                column = try Self.columnIndex(reader.attribute("r"), after: column, row: row.number, part: reader.part,
                                               place: reader.place)
                if let cell = try cell(row: row.number, column: column) {
                    if row.cells.count <= column {
                        row.cells.append(contentsOf: repeatElement(nil, count: column + 1 - row.cells.count))
                    }
                    row.cells[column] = cell
                }
            default:
                break
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
                switch reader.localName {
                case "v": value = try reader.text()
                case "f": formula = try reader.text()
                case "is": value = try reader.stringItem()
                default: try reader.skipElement()
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

    /// The number exactly as written: `[+-]digits[.digits][E[+-]digits]` and nothing else, parsed by `Decimal`.
    static func number(_ text: String) -> Decimal? {
        var rest = text.utf8[...]
        func skipSign() { if rest.first == UInt8(ascii: "+") || rest.first == UInt8(ascii: "-") { rest.removeFirst() } }
        func skipDigits() -> Int {
            let count = rest.prefix { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }.count
            rest.removeFirst(count)
            return count
        }
        skipSign()
        var digits = skipDigits()
        if rest.first == UInt8(ascii: ".") { rest.removeFirst(); digits += skipDigits() }
        guard digits > 0 else { return nil }
        if rest.first == UInt8(ascii: "e") || rest.first == UInt8(ascii: "E") {
            rest.removeFirst()
            skipSign()
            guard skipDigits() > 0 else { return nil }
        }
        guard rest.isEmpty else { return nil }
        return plainNumber(text) ?? Decimal(string: text, locale: posix)
    }

    /// A number written `[+-]digits[.digits]` with at most 18 digits (almost every number in a sheet), made from
    /// its digits and decimals exactly: far cheaper than `Decimal(string:)`. Nil for any other number.
    private static func plainNumber(_ text: String) -> Decimal? {
        var digits: UInt64 = 0, count = 0, decimals = 0, negative = false, afterPoint = false
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "-"): negative = true
            case UInt8(ascii: "+"): break
            case UInt8(ascii: "."): afterPoint = true
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                guard count < 18 else { return nil }
                digits = digits * 10 + UInt64(byte - UInt8(ascii: "0"))
                count += 1
                if afterPoint { decimals += 1 }
            default:
                return nil  // an exponent
            }
        }
        return Decimal(sign: negative && digits != 0 ? .minus : .plus, exponent: -decimals, significand: Decimal(digits))
    }

    private static let posix = Locale(identifier: "en_US_POSIX")
}
