import Ledger

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
            guard let date = LocalDate(iso: String(text().prefix(10))) else { throw failure("\"\(text())\" is not an ISO date") }
            return .date(date)
        case .number:
            let isDate = dateStyles.isDate(style: style)
            if isDate, let serial = Self.dateSerial(value),
               let date = XLSXDateSystem.date(serial: serial, uses1904: uses1904Dates) {
                return .date(date)
            }
            guard let number = XLSXSheetRows.number(utf8: value) else { throw failure("\"\(text())\" is not a number") }
            return XLSXSheetRows.value(number, isDate: isDate, uses1904: uses1904Dates)
        case .unknown(let name):
            throw failure("unknown cell type \"\(name)\"")
        }
    }

    /// The day of a date cell's serial written plainly (`46121`, `46121.5`): its whole part, read from the bytes as
    /// `XLSXSheetRows.value` reads it from the `Decimal`, without making one. At most 7 digits before the point and 8
    /// after, so that no rounding could tell the two apart; nil for anything else, which is read the long way.
    private static func dateSerial(_ value: UnsafeBufferPointer<UInt8>) -> Int? {
        var serial = 0, index = 0
        while index < value.count, index < 8, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(value[index]) {
            serial = serial * 10 + Int(value[index] - UInt8(ascii: "0"))
            index += 1
        }
        guard (1...7).contains(index) else { return nil }
        guard index < value.count else { return serial }
        guard value[index] == UInt8(ascii: "."), value.count - index - 1 <= 8,
              value[(index + 1)...].allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) else { return nil }
        return serial
    }
}
