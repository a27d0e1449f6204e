import Foundation
import Ledger
@testable import Spreadsheet
import Testing
@testable import XLSXReading
@testable import XLSXWriting

/// Fingerprints computed while writing and while reading agree, ignore how a file stores a value, and see edits.
@Suite struct SheetFingerprintTests {
    typealias Package = XLSXTestPackage

    @Test func writtenFingerprintEqualsTheOneReadBackForEveryKindOfCell() throws {
        let folder = try TemporaryFolder()
        let writer = try XLSXWorkbookWriter(path: folder.file("cells.xlsx"))
        let sheet = try writer.addWorksheet(name: "Cells")
        let date = XLSXStyle(numberFormat: XLSXNumberFormat.date)
        try sheet.write("Account", row: 0, column: 0)
        try sheet.write("=not a formula", row: 0, column: 1)
        try sheet.write("", row: 0, column: 2)
        try sheet.write("  Café\r\nline\u{1}two  ", row: 0, column: 3)
        try sheet.write(.minorUnits(-123_456, digits: 2), row: 1, column: 0)
        try sheet.write(.minorUnits(1_500, digits: 0), row: 1, column: 1)
        try sheet.write(.minorUnits(1_005, digits: 3), row: 1, column: 2)
        try sheet.write(.integer(2_026), row: 1, column: 3, style: XLSXStyle(numberFormat: XLSXNumberFormat.integer))
        try sheet.write(.decimal(Decimal(1) / Decimal(3)), row: 2, column: 0, style: XLSXStyle(numberFormat: XLSXNumberFormat.percent))
        try sheet.write(.decimal(Decimal(string: "0.1")!), row: 2, column: 1)
        try sheet.write(.decimal(Decimal(string: "-0.0000001")!), row: 2, column: 2)
        try sheet.write(.decimal(Decimal(string: "12345678901.25")!), row: 2, column: 3)
        try sheet.write(.date(LocalDate(year: 2026, month: 3, day: 31)!), row: 3, column: 0, style: date)
        try sheet.write(.date(LocalDate(year: 2026, month: 3, day: 31)!), row: 3, column: 1)
        try sheet.write(.integer(45_000), row: 3, column: 2, style: date)
        try sheet.write(.integer(60), row: 3, column: 3, style: date)
        try sheet.writeFormula("SUM(A2:C2)", cached: .minorUnits(-121_951, digits: 2), row: 4, column: 0)
        try sheet.writeFormula("IF(A2=0,\"\",1)", cachedText: "", row: 4, column: 1)
        try sheet.writeBlank(row: 4, column: 2, style: XLSXStyle(topBorder: .thin))
        let written = sheet.fingerprint
        try writer.close()

        let read = try SheetFingerprint.of(sheet: "Cells", in: XLSXReader(path: folder.file("cells.xlsx")))
        #expect(read == written)
        #expect(read != SheetFingerprint())
    }

    /// One sheet stored two ways, as our writer and as openpyxl or Excel would: inline versus shared strings, 17
    /// versus 15 significant digits, `-0`, a date format built in versus custom, formulas with and without cached
    /// values, a shared formula, styled blanks and empty strings. The contents are the same, so the fingerprints are.
    @Test func fingerprintIgnoresHowTheFileStoresEachValue() throws {
        let folder = try TemporaryFolder()
        let ours = """
            <row r="1"><c r="A1" t="inlineStr"><is><t>Total</t></is></c><c r="B1"><v>0.30000000000000004</v></c>\
            <c r="C1"><f>SUM(A2:A3)</f><v>3</v></c><c r="D1"><v>-0</v></c><c r="E1" s="1"><v>45000</v></c>\
            <c r="F1" s="1"/><c r="G1" t="inlineStr"><is><t></t></is></c></row>\
            <row r="2"><c r="A2"><v>1</v></c><c r="C2"><f t="shared" ref="C2:C3" si="0">A2*2</f><v>2</v></c></row>\
            <row r="3"><c r="A3"><v>2</v></c><c r="C3"><f t="shared" si="0"/><v>4</v></c></row>
            """
        let theirs = """
            <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><v>0.3</v></c><c r="C1"><f>SUM(A2:A3)</f><v></v></c>\
            <c r="D1"><v>0</v></c><c r="E1" s="2"><v>45000</v></c></row>\
            <row r="2"><c r="A2"><v>1.0</v></c><c r="C2"><f>A2*2</f></c></row>\
            <row r="3"><c r="A3"><v>2</v></c><c r="C3"><f>A3*2</f><v>4</v></c></row>
            """
        let styles = """
            <numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/></numFmts>\
            <cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/></cellXfs>
            """
        let shared = "<si><t>Total</t></si>"
        func fingerprint(_ rows: String) throws -> SheetFingerprint {
            let path = folder.file("\(UUID().uuidString).xlsx")
            try Package.zip(Package.workbook(rows: rows, sharedStrings: shared, styles: styles), to: path)
            return try SheetFingerprint.of(sheet: "Sheet1", in: XLSXReader(path: path))
        }

        let original = try fingerprint(ours)
        #expect(try fingerprint(theirs) == original)
        // Edits of content are seen: a formula replaced by its value, a number changed, text typed into an empty cell.
        #expect(try fingerprint(ours.replacingOccurrences(of: #"<f t="shared" si="0"/><v>4</v>"#, with: "<v>4</v>")) != original)
        #expect(try fingerprint(ours.replacingOccurrences(of: "0.30000000000000004", with: "0.3000011")) != original)
        #expect(try fingerprint(ours.replacingOccurrences(of: "<t></t>", with: "<t>note</t>")) != original)
        // The same digits as text are not the number.
        #expect(try fingerprint(ours.replacingOccurrences(of: #"<c r="A2"><v>1</v></c>"#,
                                                          with: #"<c r="A2" t="inlineStr"><is><t>1</t></is></c>"#)) != original)
        // A value moved to another cell is an edit.
        #expect(try fingerprint(ours.replacingOccurrences(of: #"<c r="A3"><v>2</v></c>"#, with: #"<c r="B3"><v>2</v></c>"#)) != original)
    }

    @Test func numbersCountToSixDecimals() {
        #expect(SheetFingerprint.canonical(Decimal(string: "1234.50")!) == "1234.5")
        #expect(SheetFingerprint.canonical(Decimal(string: "0.33333333333333331")!) == "0.333333")
        #expect(SheetFingerprint.canonical(Decimal(string: "0.0000005")!) == "0.000001")
        #expect(SheetFingerprint.canonical(Decimal(string: "-0.0000004")!) == "0")
        #expect(SheetFingerprint.canonical(Decimal(string: "-12")!) == "-12")
        #expect(SheetFingerprint.canonical(Decimal(string: "1E+20")!) == "100000000000000000000")
        #expect(SheetFingerprint.canonical(Decimal(string: "1.0000000000000000000000000000")!) == "1")
        #expect(SheetFingerprint.canonical(Decimal(string: "-123456789012345678901234.5678905")!) == "-123456789012345678901234.567891")
    }

    /// The integer fast path prints exactly what rounding and printing the Decimal gives.
    @Test func fastPathAgreesWithDecimalArithmetic() {
        let texts = ["0", "-0", "5", "-1234.56", "0.1", "0.0000005", "-0.0000005", "0.00000049999", "123.4565005", "1234500",
                     "18446744073709551615", "18446744073709551616", "0.18446744073709551615", "1844674407370955161.5",
                     "99999999999999999999", "0.9999995", "-0.9999994999", "1E-30", "12E+5", "0.30000000000000004"]
        var numbers = texts.map { Decimal(string: $0, locale: Locale(identifier: "en_US_POSIX"))! }
        var random = SystemRandomNumberGenerator()
        for _ in 0..<2_000 {
            let significand = Decimal(UInt64.random(in: 0...UInt64.max, using: &random) >> UInt64.random(in: 0...63, using: &random))
            numbers.append(Decimal(sign: Bool.random(using: &random) ? .minus : .plus, exponent: Int.random(in: -25...8, using: &random),
                                   significand: significand))
        }
        for number in numbers {
            let rounded = DecimalText.roundedHalfUp(number, scale: 6)
            #expect(SheetFingerprint.canonical(number) == (rounded.isZero ? "0" : rounded.description), "\(number)")
        }
    }

    @Test func hexTextRoundTrips() throws {
        let folder = try TemporaryFolder()
        try Package.zip(Package.workbook(rows: #"<row r="1"><c r="A1"><v>1</v></c></row>"#), to: folder.file("one.xlsx"))
        let fingerprint = try SheetFingerprint.of(sheet: "Sheet1", in: XLSXReader(path: folder.file("one.xlsx")))
        let hex = fingerprint.description
        #expect(hex.count == 32 && hex.allSatisfy { "0123456789abcdef".contains($0) })
        #expect(SheetFingerprint(hex: hex) == fingerprint)
        #expect(SheetFingerprint(hex: hex.uppercased()) == fingerprint)
        #expect(SheetFingerprint().description == String(repeating: "0", count: 32))
        for bad in ["", String(hex.dropLast()), hex + "0", "+" + hex.dropFirst(), "g" + hex.dropFirst(), "-" + hex.dropFirst()] {
            #expect(SheetFingerprint(hex: bad) == nil, "\(bad)")
        }
    }
}
