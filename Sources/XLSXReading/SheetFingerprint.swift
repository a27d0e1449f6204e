import Foundation
import Ledger

/// A 128-bit hash of what a sheet's cells hold, blind to how the file stores it, so that a sheet opened and saved
/// again by Excel, LibreOffice or openpyxl keeps its fingerprint and any edit of a cell's content changes it.
///
/// Each cell with a value is hashed on its own, as its row, column and canonical value, and the cell hashes are
/// summed (wrapping), so the order cells come in does not matter. Canonical values: a formula cell is just
/// "a formula" (its text and cached value are ignored: openpyxl drops cached values and a shared formula's later
/// cells carry no text); text is the text; a number is its decimal rounded to 6 places; a date is its day; booleans
/// and errors are themselves. Blank cells and empty text count as nothing. Styles never count.
///
/// `XLSXWorksheet.fingerprint` computes it while writing; `of(sheet:in:)` while reading. Both type a cell alike:
/// a number written with a date format is read back as a date.
public struct SheetFingerprint: Hashable, Sendable, CustomStringConvertible {
    /// Two independent 64-bit sums of cell hashes.
    private var first: UInt64 = 0
    private var second: UInt64 = 0

    /// The fingerprint of a sheet with no values.
    public init() {}

    /// Parses the 32 hexadecimal digits of `description`.
    public init?(hex: String) {
        let text = hex.trimmingSpaces()
        guard text.utf8.count == 32, text.allSatisfy(\.isHexDigit),
              let first = UInt64(text.prefix(16), radix: 16), let second = UInt64(text.suffix(16), radix: 16) else { return nil }
        self.first = first
        self.second = second
    }

    /// 32 lowercase hexadecimal digits.
    public var description: String {
        Self.hex(first) + Self.hex(second)
    }

    /// Reads the sheet called `name` through `reader`, one row at a time.
    public static func of(sheet name: String, in reader: XLSXReader) throws -> SheetFingerprint {
        var fingerprint = SheetFingerprint()
        try reader.forEachRow(inSheet: name) { row in
            for (column, cell) in row.cells.enumerated() {
                if let cell { fingerprint.add(cell, row: row.number - 1, column: column) }
            }
        }
        return fingerprint
    }

    /// Counts one cell (row and column from 0), unless it holds nothing.
    package mutating func add(_ cell: XLSXCell, row: Int, column: Int) {
        guard let (kind, value) = Self.canonical(cell) else { return }
        add(kind, value, row: row, column: column)
    }

    /// Counts a number as `XLSXWorksheet` writes it, typed as a reader will type it: with a date format, a date
    /// when it names a day, with a time format a time. Money and integers are printed straight from their integer form.
    package mutating func add(_ number: XLSXNumber, kind: XLSXNumberKind, row: Int, column: Int) {
        switch number {
        case .minorUnits(let units, let digits) where kind == .number:
            add(UInt8(ascii: "n"), Self.plain(negative: units < 0, digits: units.magnitude, exponent: -digits), row: row, column: column)
        case .integer(let value) where kind == .number:
            add(UInt8(ascii: "n"), Self.plain(negative: value < 0, digits: value.magnitude, exponent: 0), row: row, column: column)
        case .date(let date) where kind == .date && date.dayNumber + 25_569 >= 61:
            // From 1900-03-01 on, the serial day reads back as the same day: no need to go through Decimal.
            add(UInt8(ascii: "d"), date.description, row: row, column: column)
        default:
            add(XLSXCell(value: XLSXSheetRows.value(number.exactValue, kind: kind, uses1904: false)), row: row, column: column)
        }
    }

    /// Adds the hash of a cell whose canonical value is `value` of kind `kind`.
    private mutating func add(_ kind: UInt8, _ value: String, row: Int, column: Int) {
        // Two FNV-1a hashes from different offset bases over the row, the column (4 bytes each), the kind and the value.
        var a: UInt64 = 0xcbf2_9ce4_8422_2325, b: UInt64 = 0x6c62_272e_07bb_0142
        func feed(_ byte: UInt8) {
            a = (a ^ UInt64(byte)) &* Self.prime
            b = (b ^ UInt64(byte)) &* Self.prime
        }
        for shift in stride(from: 0, to: 32, by: 8) { feed(UInt8(truncatingIfNeeded: row >> shift)) }
        for shift in stride(from: 0, to: 32, by: 8) { feed(UInt8(truncatingIfNeeded: column >> shift)) }
        feed(kind)
        for byte in value.utf8 { feed(byte) }
        first &+= Self.mix(a, 0xff51_afd7_ed55_8ccd, 0xc4ce_b9fe_1a85_ec53)
        second &+= Self.mix(b, 0xbf58_476d_1ce4_e5b9, 0x94d0_49bb_1331_11eb)
    }

    /// What a cell counts as: its kind (f formula, t text, n number, d date, b boolean, e error), so a number never
    /// equals the same digits as text, and its value in that kind; nil for nothing.
    static func canonical(_ cell: XLSXCell) -> (kind: UInt8, value: String)? {
        if cell.formula != nil { return (UInt8(ascii: "f"), "") }
        switch cell.value {
        case .text(let text): return text.isEmpty ? nil : (UInt8(ascii: "t"), text)
        case .number(let number): return (UInt8(ascii: "n"), canonical(number))
        case .date, .dateTime, .time: return (UInt8(ascii: "d"), cell.value.plainText)
        case .bool(let value): return (UInt8(ascii: "b"), value ? "TRUE" : "FALSE")
        case .error(let error): return (UInt8(ascii: "e"), error)
        }
    }

    /// The number rounded half away from zero to 6 decimals, in plain notation without trailing zeros ("-1234.5",
    /// "0"): files hold numbers as doubles written with 15 to 17 significant digits, which agree to 6 decimals on
    /// anything a spreadsheet keeps exactly.
    static func canonical(_ number: Decimal) -> String {
        // A significand of up to 19 digits (almost every number) is rounded and printed in integer arithmetic, five
        // times cheaper than Decimal's description, which prints the rest.
        let significand = number.significand
        let digits = NSDecimalNumber(decimal: significand).uint64Value
        guard Decimal(digits) == significand else {
            let rounded = DecimalText.roundedHalfUp(number, scale: 6)
            return rounded.isZero ? "0" : DecimalText.format(rounded)
        }
        return plain(negative: number.sign == .minus, digits: digits, exponent: number.exponent)
    }

    /// ±`digits` × 10^`exponent`, rounded and printed as `canonical(_:)` does.
    private static func plain(negative: Bool, digits: UInt64, exponent: Int) -> String {
        var digits = digits, exponent = exponent
        if exponent < -6 {
            let dropped = -6 - exponent
            if dropped > 19 {
                digits = 0  // less than 2 × 10^19 over 10^20 or more rounds to 0
            } else {
                let divisor = (0..<dropped).reduce(UInt64(1)) { power, _ in power * 10 }
                let (quotient, remainder) = digits.quotientAndRemainder(dividingBy: divisor)
                digits = quotient + (remainder >= divisor - remainder ? 1 : 0)
            }
            exponent = -6
        }
        guard digits != 0 else { return "0" }
        while exponent < 0, digits % 10 == 0 {
            digits /= 10
            exponent += 1
        }
        var text = String(digits)
        if exponent >= 0 {
            text += String(repeating: "0", count: exponent)
        } else if text.count > -exponent {
            text.insert(".", at: text.index(text.endIndex, offsetBy: exponent))
        } else {
            text = "0." + String(repeating: "0", count: -exponent - text.count) + text
        }
        return negative ? "-" + text : text
    }

    private static let prime: UInt64 = 0x0000_0100_0000_01b3

    /// A 64-bit finaliser (MurmurHash3's shape), so that nearby cells give unrelated hashes to sum.
    private static func mix(_ value: UInt64, _ m1: UInt64, _ m2: UInt64) -> UInt64 {
        var hash = (value ^ (value >> 33)) &* m1
        hash = (hash ^ (hash >> 33)) &* m2
        return hash ^ (hash >> 33)
    }

    private static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
