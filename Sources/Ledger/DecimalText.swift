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

    /// Plain decimal text with a dot ("1.5", "-0.08875"), as stored in the ledger: what `Decimal`'s own description
    /// gives, whatever the locale. A significand of up to 18 digits (almost every number) is written from its
    /// integer digits, several times faster than the description's long division; any other falls back to it.
    public static func format(_ value: Decimal) -> String {
        let exponent = value.exponent
        guard (-30...18).contains(exponent), var units = smallSignificand(value) else { return value.description }
        guard units != 0 else { return "0" }
        var decimals = -exponent
        while decimals < 0 {
            let (product, overflow) = units.multipliedReportingOverflow(by: 10)
            guard !overflow else { return value.description }
            units = product
            decimals += 1
        }
        while decimals > 0, units % 10 == 0 {
            units /= 10
            decimals -= 1
        }
        var digitCount = 1
        var rest = units / 10
        while rest > 0 {
            digitCount += 1
            rest /= 10
        }
        let negative = value.sign == .minus
        let digits = max(digitCount, decimals + 1)
        let length = (negative ? 1 : 0) + digits + (decimals > 0 ? 1 : 0)
        return String(unsafeUninitializedCapacity: length) { text in
            if negative { text[0] = UInt8(ascii: "-") }
            var position = length
            for written in 0..<digits {
                if decimals > 0, written == decimals {
                    position -= 1
                    text[position] = UInt8(ascii: ".")
                }
                position -= 1
                text[position] = UInt8(ascii: "0") + UInt8(units % 10)
                units /= 10
            }
            return length
        }
    }

    /// The significand (the digits without the point) as an integer when it has at most 18 digits, read without
    /// the long division that `description` does; nil for a longer one (or NaN).
    private static func smallSignificand(_ value: Decimal) -> UInt64? {
        guard value.isFinite else { return nil }
        let significand = value.significand
        guard significand <= largestExactSignificand else { return nil }
        return NSDecimalNumber(decimal: significand).uint64Value
    }

    private static let largestExactSignificand = Decimal(999_999_999_999_999_999 as UInt64)

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
        var exponent = value.exponent + shift
        var significand: Int64
        if var units = smallSignificand(value) {
            while exponent < 0, units % 10 == 0 {
                units /= 10
                exponent += 1
            }
            significand = Int64(units)  // at most 18 digits
            if value.sign == .minus { significand = -significand }
        } else {
            var digits = value.significand.description
            while exponent < 0, digits.last == "0" {
                digits.removeLast()
                exponent += 1
            }
            guard let parsed = Int64((value.sign == .minus ? "-" : "") + digits) else { return nil }
            significand = parsed
        }
        guard (0...18).contains(exponent) else { return nil }
        var result = significand
        for _ in 0..<exponent {
            let (product, overflow) = result.multipliedReportingOverflow(by: 10)
            guard !overflow else { return nil }
            result = product
        }
        return result
    }
}
