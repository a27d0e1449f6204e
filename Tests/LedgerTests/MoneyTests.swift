import Foundation
import Testing
import Ledger

@Suite struct MoneyTests {
    let usd = try! Currency(code: "USD")
    let jpy = try! Currency(code: "jpy")
    let bhd = try! Currency(code: "BHD")

    @Test func currenciesKnowTheirMinorUnits() throws {
        #expect(usd.minorUnitDigits == 2)
        #expect(jpy.code == "JPY" && jpy.minorUnitDigits == 0)
        #expect(bhd.minorUnitDigits == 3)
        #expect(throws: LedgerError.unknownCurrency("UDS")) { try Currency(code: "UDS") }
    }

    @Test(arguments: [
        ("29.985", "USD", Int64(2999)), ("-29.985", "USD", -2999), ("29.984999", "USD", 2998),
        ("499.5", "JPY", 500), ("-0.5", "JPY", -1), ("1.2345", "BHD", 1235), ("0.0004", "BHD", 0),
    ])
    func roundsHalfAwayFromZeroOnce(text: String, code: String, expected: Int64) throws {
        let money = try Money(rounding: DecimalText.parse(text)!, in: Currency(code: code))
        #expect(money.minorUnits == expected)
    }

    @Test func parsesOnlyExactPlainAmounts() throws {
        #expect(try Money(parsing: "1234.5", in: usd).minorUnits == 123_450)
        #expect(try Money(parsing: "-0.01", in: usd).minorUnits == -1)
        #expect(throws: LedgerError.tooManyDecimals("1.234", usd)) { try Money(parsing: "1.234", in: usd) }
        #expect(throws: LedgerError.tooManyDecimals("7.5", jpy)) { try Money(parsing: "7.5", in: jpy) }
        for junk in ["12abc", "1e5", "1,000", "", "-", "1.2.3", "+-1"] {
            #expect(throws: LedgerError.invalidAmount(junk)) { try Money(parsing: junk, in: usd) }
        }
    }

    @Test func refusesAmountsBeyondExactRange() {
        #expect(throws: LedgerError.self) { try Money(rounding: Decimal(string: "1e30")!, in: usd) }
    }

    @Test func printsExactlyTheCurrencysDecimals() {
        #expect(Money(minorUnits: 5, currency: usd).plainText == "0.05")
        #expect(Money(minorUnits: -123_456, currency: usd).plainText == "-1234.56")
        #expect(Money(minorUnits: 1234, currency: jpy).plainText == "1234")
        #expect(Money(minorUnits: 1, currency: bhd).plainText == "0.001")
        #expect(Money(minorUnits: Int64.min, currency: usd).plainText == "-92233720368547758.08")
    }

    @Test func decimalTextRoundTripsWithoutLocale() {
        #expect(DecimalText.format(DecimalText.parse("0.08875")!) == "0.08875")
        #expect(DecimalText.parse(" 19.99 ") == Decimal(string: "19.99"))
        #expect(DecimalText.parse("19,99") == nil)
    }

    @Test func decimalTextIsDecimalsOwnPlainText() {
        let written = ["0", "-0", "1.50", "-0.10", "100", "1E5", "1.5E-7", "0.000000001", "-8725.86", "123456789012345678",
                       "1234567890123456789", "0.123456789012345678", "12345678901234567890.5", "1E30", "-1E-35"]
        var values = written.map { Decimal(string: $0, locale: Locale(identifier: "en_US_POSIX"))! }
        let significands: [UInt64] = [0, 1, 7, 10, 99, 100, 12_345, 999_999, 1_000_000, 123_456_789_012_345_678,
                                      999_999_999_999_999_999, 1_000_000_000_000_000_000, UInt64.max]
        for significand in significands {
            for exponent in -25...20 {
                for sign in [FloatingPointSign.plus, .minus] {
                    values.append(Decimal(sign: sign, exponent: exponent, significand: Decimal(significand)))
                }
            }
        }
        for value in values {
            #expect(DecimalText.format(value) == value.description)
        }
        #expect(DecimalText.format(Decimal(string: "1.50")!) == "1.5")
        #expect(DecimalText.integer(Decimal(string: "-12.340")!, shiftedBy: 2) == -1234)
        #expect(DecimalText.integer(Decimal(string: "0.125")!, shiftedBy: 2) == nil, "a fraction of a cent")
        #expect(DecimalText.integer(Decimal(string: "92233720368547758.07")!, shiftedBy: 2) == Int64.max)
        #expect(DecimalText.integer(Decimal(string: "92233720368547758.08")!, shiftedBy: 2) == nil)
        #expect(DecimalText.integer(Decimal(string: "1234567890123456789000")!, shiftedBy: -3) == 1_234_567_890_123_456_789)
        #expect(DecimalText.integer(Decimal(string: "7E3")!, shiftedBy: 0) == 7000)
        #expect(DecimalText.format(Decimal(string: "-0.001")!) == "-0.001")
    }
}
