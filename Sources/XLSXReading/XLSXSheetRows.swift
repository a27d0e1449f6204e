import Foundation
import Ledger
import SpreadsheetBasics
import XMLParts
import ZipParts

/// The rows of one worksheet part, streamed: libxml2's SAX parser reads the part a piece at a time, `XLSXSheetEvents`
/// gathers each `<row>` from its `<c>` elements, and the rows ended in a piece are handed on after it, so only a
/// piece's rows are ever held. Rows and cells without an `r` attribute follow the one before; `<dimension>` is not
/// consulted.
package struct XLSXSheetRows {
    let stream: ZipEntryStream
    let place: ReadPlace
    let sharedStrings: [String]
    let dateStyles: XLSXDateStyles
    let uses1904Dates: Bool

    package static let maxRow = 1_048_576
    package static let maxColumns = CellReference.columnCount

    func forEach(_ body: (XLSXRow) throws -> Void) throws {
        let decoder = XLSXCellDecoder(sharedStrings: sharedStrings, dateStyles: dateStyles, uses1904Dates: uses1904Dates,
                                      place: place)
        let events = XMLEventBox(XLSXSheetEvents(part: stream.part, decoder: decoder))
        let parser = try XMLPartParser(stream: stream, place: place, handler: events)
        var more = true
        while more {
            more = parser.parseNextChunk()
            try events.handler.handOn(body)
            try parser.check()
        }
    }

    /// The number of a row from its `r` attribute, or the one after `previous` without it.
    package static func rowNumber(_ text: String?, after previous: Int, part: String,
                          place: ReadPlace) throws(SpreadsheetError) -> Int {
        guard let text else { return previous + 1 }
        return try rowNumber(Int(text), text: text, after: previous, part: part, place: place)
    }

    /// The number of a row from its `r` attribute's bytes, or the one after `previous` without it.
    static func rowNumber(_ bytes: UnsafeBufferPointer<UInt8>?, after previous: Int, part: String,
                          place: ReadPlace) throws(SpreadsheetError) -> Int {
        guard let bytes else { return previous + 1 }
        return try rowNumber(XMLBytes.integer(bytes), text: XMLBytes.string(bytes), after: previous, part: part, place: place)
    }

    private static func rowNumber(_ number: Int?, text: @autoclosure () -> String, after previous: Int, part: String,
                                  place: ReadPlace) throws(SpreadsheetError) -> Int {
        guard let number, (1...maxRow).contains(number) else {
            throw place.error("\(part) has a row numbered \"\(text())\"; rows go from 1 to \(maxRow)", row: previous + 1)
        }
        // Rows stored out of order (or twice) are read differently by different programs; Excel repairs such a file.
        guard number > previous else {
            throw place.error("\(part) stores row \(number) after row \(previous); rows must go top to bottom: open the file in Excel or LibreOffice and save it again, which puts them in order", row: number)
        }
        return number
    }

    /// The 0-based column from a cell's `r` (`B12` → 1), or the one after `previous` without it.
    package static func columnIndex(_ reference: String?, after previous: Int, row: Int, part: String,
                            place: ReadPlace) throws(SpreadsheetError) -> Int {
        try columnIndex(reference?.utf8, text: reference ?? "", after: previous, row: row, part: part, place: place)
    }

    /// The 0-based column from the bytes of a cell's `r`, or the one after `previous` without it.
    static func columnIndex(_ reference: UnsafeBufferPointer<UInt8>?, after previous: Int, row: Int, part: String,
                            place: ReadPlace) throws(SpreadsheetError) -> Int {
        try columnIndex(reference, text: reference.map(XMLBytes.string) ?? "", after: previous, row: row, part: part,
                        place: place)
    }

    private static func columnIndex(_ reference: (some Collection<UInt8>)?, text: @autoclosure () -> String,
                                    after previous: Int, row: Int, part: String,
                                    place: ReadPlace) throws(SpreadsheetError) -> Int {
        var index = previous + 1
        if let reference {
            guard let column = CellReference.columnIndex(utf8: reference) else {
                throw place.error("\(part) has a cell reference \"\(text())\" without a column", row: row)
            }
            // The row the reference names, when it names one, is the row it is stored in.
            var named = 0, digits = 0
            for byte in reference where (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) {
                named = named &* 10 &+ Int(byte - UInt8(ascii: "0"))
                digits += 1
            }
            guard digits == 0 || (digits <= 7 && named == row) else {
                throw place.error("\(part) stores cell \(text()) in row \(row); open the file in Excel or LibreOffice and save it again", row: row)
            }
            index = column
        }
        guard index < maxColumns else {
            throw place.error("\(part) has a cell beyond the last column, XFD", row: row)
        }
        // Cells stored out of order (or twice) are read differently by different programs.
        guard index > previous else {
            throw place.error("\(part) has cell \(CellReference.column(index)) after \(CellReference.column(previous)); "
                              + "the cells of a row must go left to right: open the file in Excel or LibreOffice and save it again",
                              row: row, column: CellReference.column(index))
        }
        return index
    }

    /// What a number cell holds: with a date style, `.date` (or `.dateTime` with a fraction of a day) when the
    /// number is a serial naming a real day; with a time style, `.time`; else the number unchanged. The writer's
    /// fingerprint types the numbers it writes here too, so both read them alike.
    static func value(_ number: Decimal, kind: XLSXNumberKind, uses1904: Bool) -> XLSXValue {
        guard kind != .number, number > -10_000_000, number < 10_000_000 else { return .number(number) }
        var seconds = NSDecimalNumber(decimal: DecimalText.roundedHalfUp(number * 86_400, scale: 0)).intValue
        if kind == .time { return .time(seconds: seconds) }
        guard number >= 0 else { return .number(number) }
        let day = seconds / 86_400
        seconds %= 86_400
        guard let date = XLSXDateSystem.date(serial: day, uses1904: uses1904) else { return .number(number) }
        return seconds == 0 ? .date(date) : .dateTime(date, seconds: seconds)
    }

    /// The number the bytes spell exactly as written: `[+-]digits[.digits][E[+-]digits]` and nothing else. One pass
    /// over the bytes checks the form and, for a number without exponent of at most 18 digits (almost every number in
    /// a sheet), makes the `Decimal` from its digits exactly: far cheaper than `Decimal(string:)`, which reads the rest.
    static func number(utf8 text: UnsafeBufferPointer<UInt8>) -> Decimal? {
        var digits: UInt64 = 0, count = 0, decimals = 0, negative = false
        var index = 0
        let end = text.count
        if index < end, text[index] == UInt8(ascii: "+") || text[index] == UInt8(ascii: "-") {
            negative = text[index] == UInt8(ascii: "-")
            index += 1
        }
        var afterPoint = false
        while index < end {
            let byte = text[index]
            if byte == UInt8(ascii: "."), !afterPoint {
                afterPoint = true
            } else if (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) {
                if count < 18 { digits = digits * 10 + UInt64(byte - UInt8(ascii: "0")) }
                count += 1
                if afterPoint { decimals += 1 }
            } else {
                break
            }
            index += 1
        }
        guard count > 0 else { return nil }
        guard index < end else {
            guard count <= 18 else { return Decimal(string: String(decoding: text, as: UTF8.self), locale: posix) }
            return Decimal(sign: negative && digits != 0 ? .minus : .plus, exponent: -decimals, significand: Decimal(digits))
        }
        // An exponent: `E`, an optional sign, digits, and nothing after them.
        guard text[index] == UInt8(ascii: "e") || text[index] == UInt8(ascii: "E") else { return nil }
        index += 1
        if index < end, text[index] == UInt8(ascii: "+") || text[index] == UInt8(ascii: "-") { index += 1 }
        guard index < end, text[index...].allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) else { return nil }
        return Decimal(string: String(decoding: text, as: UTF8.self), locale: posix)
    }

    private static let posix = Locale(identifier: "en_US_POSIX")
}
