import Foundation

/// Strict conversions between `Decimal` and text, independent of the user's locale.
public enum DecimalText {
    private static let posix = Locale(identifier: "en_US_POSIX")

    /// Parses `[+-]digits[.digits]` and nothing else: no exponents, no separators, no trailing junk.
    /// `Decimal(string:)` alone would accept "12abc" as 12.
    public static func parse(_ text: String) -> Decimal? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        var digitsBefore = 0, digitsAfter = 0, seenPoint = false
        for (index, byte) in trimmed.utf8.enumerated() {
            switch byte {
            case UInt8(ascii: "+"), UInt8(ascii: "-"):
                if index != 0 { return nil }
            case UInt8(ascii: "."):
                if seenPoint { return nil }
                seenPoint = true
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                if seenPoint { digitsAfter += 1 } else { digitsBefore += 1 }
            default:
                return nil
            }
        }
        guard digitsBefore + digitsAfter > 0, digitsBefore + digitsAfter <= 38 else { return nil }
        return Decimal(string: trimmed, locale: posix)
    }

    /// Plain decimal text with a dot ("1.5", "-0.08875"), as stored in the ledger.
    public static func format(_ value: Decimal) -> String {
        var copy = value
        return NSDecimalString(&copy, posix)
    }

    /// Rounds half away from zero ("half-up" as accountants say) to `scale` decimal places.
    public static func roundedHalfUp(_ value: Decimal, scale: Int) -> Decimal {
        var input = value
        var result = Decimal()
        NSDecimalRound(&result, &input, scale, .plain)
        return result
    }
}
