import Ledger
import SpreadsheetBasics
import XMLParts

/// A cell's type, from its `t` attribute (a number without one).
enum XLSXCellType: Equatable {
    case number, sharedString, inlineString, string, bool, error, date
    case unknown(String)

    init(_ bytes: UnsafeBufferPointer<UInt8>?) {
        guard let bytes else {
            self = .number
            return
        }
        switch bytes.count {
        case 1 where bytes[0] == UInt8(ascii: "s"): self = .sharedString
        case 1 where bytes[0] == UInt8(ascii: "n"): self = .number
        case 1 where bytes[0] == UInt8(ascii: "b"): self = .bool
        case 1 where bytes[0] == UInt8(ascii: "e"): self = .error
        case 1 where bytes[0] == UInt8(ascii: "d"): self = .date
        case 3 where XMLBytes.equals(bytes, "str"): self = .string
        case 9 where XMLBytes.equals(bytes, "inlineStr"): self = .inlineString
        default: self = .unknown(XMLBytes.string(bytes))
        }
    }
}

/// Makes a cell from what its `<c>` held, typed as the file stores it: shared strings looked up, numbers with a date
/// style made dates, booleans and errors read.
struct XLSXCellDecoder {
    let sharedStrings: [String]
    let dateStyles: XLSXDateStyles
    let uses1904Dates: Bool
    let place: ReadPlace

    /// The cell, nil when it holds neither value nor formula (a styled blank). `value` is the text of its `<v>`, or of
    /// its `<is>` already unescaped.
    func cell(type: XLSXCellType, style: Int, value: UnsafeBufferPointer<UInt8>?, formula: String?,
              row: Int, column: Int) throws(SpreadsheetError) -> XLSXCell? {
        // openpyxl writes `<f>…</f><v></v>` for a formula never calculated.
        guard let value, !value.isEmpty || type == .inlineString || type == .string else {
            return formula.map { XLSXCell(value: .text(""), formula: $0) }
        }
        return XLSXCell(value: try typed(value, type: type, style: style, row: row, column: column), formula: formula)
    }

    private func typed(_ value: UnsafeBufferPointer<UInt8>, type: XLSXCellType, style: Int, row: Int,
                       column: Int) throws(SpreadsheetError) -> XLSXValue {
        func text() -> String { String(decoding: value, as: UTF8.self) }
        func failure(_ message: String) -> SpreadsheetError {
            place.error(message, row: row, column: CellReference.column(column))
        }
        switch type {
        case .sharedString:
            guard let index = XMLBytes.integer(value), sharedStrings.indices.contains(index) else {
                throw failure("refers to shared string \(text()), but the file has \(sharedStrings.count) shared strings")
            }
            return .text(sharedStrings[index])
        case .inlineString: return .text(text())
        case .string: return .text(XLSXText.unescape(text()))
        case .bool:
            if XMLBytes.equals(value, "1") || XMLBytes.equals(value, "true") { return .bool(true) }
            if XMLBytes.equals(value, "0") || XMLBytes.equals(value, "false") { return .bool(false) }
            throw failure("\"\(text())\" is not a boolean")
        case .error: return .error(text())
        case .date:
            guard let value = XLSXISODateTime.value(text()) else { throw failure("\"\(text())\" is not an ISO date or time") }
            return value
        case .number:
            let kind = dateStyles.kind(style: style)
            if kind == .date, let serial = Self.wholeDaySerial(value),
               let date = XLSXDateSystem.date(serial: serial, uses1904: uses1904Dates) {
                return .date(date)
            }
            guard let number = XLSXSheetRows.number(utf8: value) else { throw failure("\"\(text())\" is not a number") }
            return XLSXSheetRows.value(number, kind: kind, uses1904: uses1904Dates)
        case .unknown(let name):
            throw failure("unknown cell type \"\(name)\"")
        }
    }

    /// A date cell's serial written as plain digits (`46121`, the common case), read from the bytes without making a
    /// `Decimal`; nil for anything else (a time of day, a sign, more than 7 digits), which is read the long way.
    private static func wholeDaySerial(_ value: UnsafeBufferPointer<UInt8>) -> Int? {
        guard (1...7).contains(value.count) else { return nil }
        var serial = 0
        for byte in value {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
            serial = serial * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return serial
    }
}
