/// Text as XLSX stores it: `_xHHHH_` escapes for characters XML cannot carry, and rich-text string items.
package enum XLSXText {
    /// Decodes `_xHHHH_` escapes (`_x000D_` is a carriage return). `_x005F_` is the underscore itself, so
    /// `_x005F_x000D_` reads as the literal text `_x000D_`. UTF-16 surrogate pairs written as two escapes are joined.
    static func unescape(_ text: String) -> String {
        // A byte scan, not Foundation's `contains`: most text has no underscore at all.
        guard text.utf8.count >= 7, text.utf8.contains(UInt8(ascii: "_")) else { return text }
        let units = Array(text.utf16)
        var result: [UInt16] = []
        result.reserveCapacity(units.count)
        var index = 0
        while index < units.count {
            if let unit = escapedUnit(units, at: index) {
                result.append(unit)
                index += 7
            } else {
                result.append(units[index])
                index += 1
            }
        }
        // An unpaired surrogate from a stray escape becomes U+FFFD rather than invalid text.
        return String(decoding: result, as: UTF16.self)
    }

    /// The text as a string item stores it, so that `unescape` gives it back: characters XML cannot carry (control
    /// characters other than tab, line feed and carriage return; U+FFFE and U+FFFF) become `_xHHHH_`, and an underscore
    /// that would start such an escape becomes `_x005F_`.
    package static func escape(_ text: String) -> String {
        guard text.utf8.contains(where: mayNeedEscape) else { return text }
        let units = Array(text.utf16)
        var result: [UInt16] = []
        result.reserveCapacity(units.count)
        for (index, unit) in units.enumerated() {
            let unsafe = (unit < 0x20 && ![0x09, 0x0A, 0x0D].contains(unit)) || unit >= 0xFFFE
            if unsafe || (unit == 0x5F && escapedUnit(units, at: index) != nil) {
                let hex = String(unit, radix: 16, uppercase: true)
                result.append(contentsOf: ("_x" + String(repeating: "0", count: 4 - hex.count) + hex + "_").utf16)
            } else {
                result.append(unit)
            }
        }
        return String(decoding: result, as: UTF16.self)
    }

    /// Whether a UTF-8 byte may belong to something `escape` changes: a control character, an underscore, or the lead
    /// byte of U+FFFE or U+FFFF. Text without any (almost all text) is written as it is.
    private static func mayNeedEscape(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == UInt8(ascii: "_") || byte == 0xEF
    }

    /// The code unit of the escape `_xHHHH_` starting at `index`, if one does.
    private static func escapedUnit(_ units: [UInt16], at index: Int) -> UInt16? {
        guard index + 7 <= units.count, units[index] == 0x5F, units[index + 1] == 0x78, units[index + 6] == 0x5F else {
            return nil
        }
        var value: UInt16 = 0
        for unit in units[(index + 2)..<(index + 6)] {
            let digit: UInt16
            switch unit {
            case 0x30...0x39: digit = unit - 0x30        // 0-9
            case 0x41...0x46: digit = unit - 0x41 + 10   // A-F
            case 0x61...0x66: digit = unit - 0x61 + 10   // a-f
            default: return nil
            }
            value = value << 4 | digit
        }
        return value
    }
}
