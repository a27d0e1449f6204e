import Foundation

/// Strict conversions between `Decimal` and text, independent of the user's locale.
public enum DecimalText {
    private static let posix = Locale(identifier: "en_US_POSIX")

    /// Parses `[+-]digits[.digits]` and nothing else: no exponents, no separators, no trailing junk.
    /// `Decimal(string:)` alone would accept "12abc" as 12.
    public static func parse(_ text: String) -> Decimal? {
        let trimmed = text.trimmingSpaces()
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

    /// Plain decimal text with a dot ("1.5", "-0.08875"), as stored in the ledger. `Decimal`'s own description is
    /// exactly that, whatever the locale, and cheaper than `NSDecimalString`.
    public static func format(_ value: Decimal) -> String {
        value.description
    }

    /// Rounds half away from zero ("half-up" as accountants say) to `scale` decimal places.
    public static func roundedHalfUp(_ value: Decimal, scale: Int) -> Decimal {
        // A value with no more than `scale` decimals is already rounded; most amounts and quantities are.
        guard value.exponent < -scale else { return value }
        var input = value
        var result = Decimal()
        NSDecimalRound(&result, &input, scale, .plain)
        return result
    }

    /// The integer `value × 10^shift`, exactly; nil when that has a fraction or does not fit in `Int64`.
    public static func integer(_ value: Decimal, shiftedBy shift: Int) -> Int64? {
        guard !value.isZero else { return 0 }
        guard value.isFinite else { return nil }
        // value = significand × 10^exponent; trailing zeros of the significand count toward the exponent (10.00 is 10).
        var digits = value.significand.description, exponent = value.exponent + shift
        while exponent < 0, digits.last == "0" {
            digits.removeLast()
            exponent += 1
        }
        guard (0...18).contains(exponent), let significand = Int64((value.sign == .minus ? "-" : "") + digits) else {
            return nil
        }
        var result = significand
        for _ in 0..<exponent {
            let (product, overflow) = result.multipliedReportingOverflow(by: 10)
            guard !overflow else { return nil }
            result = product
        }
        return result
    }
}
