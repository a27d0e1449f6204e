import Foundation
@testable import Spreadsheet
import Testing

/// Which CSV fields `convert` writes as numbers: plain decimals only, never codes with leading zeros.
@Suite struct SheetConversionTests {
    @Test(arguments: [
        ("12", true), ("-3.50", true), ("0.25", true), ("0", true), ("-0", true), ("1234567.89", true),
        ("007", false), ("00", false), ("1.", false), (".5", false), ("-", false), ("", false), ("1e5", false),
        ("1,000", false), ("+1", false), ("1.2.3", false), (" 1", false), ("١٢", false), ("12a", false),
    ])
    func plainNumbersAreDigitsWithOnePointAndNoLeadingZero(text: String, isNumber: Bool) {
        #expect(SheetConversion.isPlainNumber(text) == isNumber)
    }

    @Test func plainNumbersAreMadeExactlyWithoutDecimalWhereTheyFit() {
        #expect(SheetConversion.plainNumber("12") == .integer(12))
        #expect(SheetConversion.plainNumber("-3.50") == .minorUnits(-350, digits: 2))
        #expect(SheetConversion.plainNumber("0.0001") == .minorUnits(1, digits: 4))
        #expect(SheetConversion.plainNumber("0.12345") == .decimal(Decimal(string: "0.12345")!))
        #expect(SheetConversion.plainNumber("1234567890123456") == .decimal(Decimal(string: "1234567890123456")!))
        #expect(SheetConversion.plainNumber("007") == nil)
        #expect(SheetConversion.plainNumber("-3.50")?.cellValue == -3.5)
    }
}
