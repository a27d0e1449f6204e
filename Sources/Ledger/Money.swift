import Foundation

/// An amount of money: whole minor units (cents, pence, fils) of a currency known at run time.
public struct Money: Hashable, Sendable, CustomStringConvertible {
    public var minorUnits: Int64
    public var currency: Currency

    public init(minorUnits: Int64, currency: Currency) {
        self.minorUnits = minorUnits
        self.currency = currency
    }

    /// The value rounded half-up to the currency's minor unit, the one place where money is rounded.
    public init(rounding value: Decimal, in currency: Currency) throws(LedgerError) {
        let rounded = DecimalText.roundedHalfUp(value, scale: currency.minorUnitDigits)
        guard let units = DecimalText.integer(rounded, shiftedBy: currency.minorUnitDigits) else {
            throw .amountOutOfRange(DecimalText.format(value))
        }
        self.init(minorUnits: units, currency: currency)
    }

    /// Parses plain decimal text ("1234.5", "-0.01") exactly; more decimals than the currency has is an error.
    public init(parsing text: String, in currency: Currency) throws(LedgerError) {
        guard let value = DecimalText.parse(text) else { throw .invalidAmount(text) }
        let money = try Money(rounding: value, in: currency)
        guard money.decimalValue == value else { throw .tooManyDecimals(text, currency) }
        self = money
    }

    /// The exact decimal value, in major units.
    public var decimalValue: Decimal {
        // Setting the exponent is exact, and far cheaper than dividing.
        Decimal(sign: minorUnits < 0 ? .minus : .plus, exponent: -currency.minorUnitDigits,
                significand: Decimal(minorUnits.magnitude))
    }

    /// The amount as plain text with exactly the currency's decimals: "1234.50", "-7", "0.125".
    public var plainText: String {
        Self.plainText(minorUnits: minorUnits, digits: currency.minorUnitDigits)
    }

    public var description: String { "\(plainText) \(currency.code)" }

    /// Plain text for a count of minor units with `digits` decimals, without going through `Decimal`.
    public static func plainText(minorUnits: Int64, digits: Int) -> String {
        let sign = minorUnits < 0 ? "-" : ""
        let magnitude = String(minorUnits.magnitude)
        guard digits > 0 else { return sign + magnitude }
        let padded = String(repeating: "0", count: max(0, digits + 1 - magnitude.count)) + magnitude
        return sign + padded.dropLast(digits) + "." + padded.suffix(digits)
    }
}
