import Foundation
import Ledger
@testable import Spreadsheet
@testable import SpreadsheetBasics
import Testing
@testable import XLSXReading
@testable import XLSXWriting

/// Reading workbooks from real writers and hand-built ones covering the format's corners.
@Suite struct XLSXReaderTests {
    typealias Package = XLSXTestPackage

    /// The values of every row, by 0-based column, for compact expectations.
    func values(_ rows: [XLSXRow]) -> [[XLSXValue?]] {
        rows.map { $0.cells.map { $0?.value } }
    }

    func date(_ year: Int, _ month: Int, _ day: Int) -> XLSXValue { .date(LocalDate(year: year, month: month, day: day)!) }

    // MARK: Real writers

    @Test func readsOpenpyxlWorkbooksIn1900And1904DateSystems() throws {
        let folder = try TemporaryFolder()
        try Package.run(Package.python, ["-c", """
            import datetime, sys, openpyxl
            from openpyxl.utils.datetime import CALENDAR_MAC_1904
            for path, epoch in ((sys.argv[1], None), (sys.argv[2], CALENDAR_MAC_1904)):
                wb = openpyxl.Workbook()
                if epoch: wb.epoch = epoch
                ws = wb.active
                ws.title = "Data"
                ws.append(["Name", "Amount", "Due", "Paid", "Posted"])
                ws.append(["Acme", 0.1, datetime.date(2024, 3, 15), True, datetime.date(2000, 1, 1)])
                ws.append(["Bistro", 1234567.89, datetime.date(2024, 2, 29), False, datetime.datetime(2026, 1, 2, 18, 30)])
                for row in ws.iter_rows(min_row=2):
                    row[2].number_format = "dd/mm/yyyy"
                    row[4].number_format = "mm-dd-yy"  # built-in format 14
                wb.save(path)
            """, folder.file("1900.xlsx"), folder.file("1904.xlsx")])
        for name in ["1900.xlsx", "1904.xlsx"] {
            let reader = try XLSXReader(path: folder.file(name))
            #expect(reader.sheetNames == ["Data"])
            #expect(reader.uses1904Dates == (name == "1904.xlsx"))
            let rows = try Package.rows(reader, sheet: "Data")
            #expect(rows.map(\.number) == [1, 2, 3])
            #expect(values(rows) == [
                [.text("Name"), .text("Amount"), .text("Due"), .text("Paid"), .text("Posted")],
                [.text("Acme"), .number("0.1"), date(2024, 3, 15), .bool(true), date(2000, 1, 1)],
                [.text("Bistro"), .number("1234567.89"), date(2024, 2, 29), .bool(false),
                 .dateTime(LocalDate(year: 2026, month: 1, day: 2)!, seconds: 18 * 3600 + 30 * 60)],
            ])
        }
    }

    @Test func readsOwnWriter() throws {
        let folder = try TemporaryFolder()
        let writer = try XLSXWorkbookWriter(path: folder.file("report.xlsx"))
        let sheet = try writer.addWorksheet(name: "Profit and Loss")
        try sheet.write("Account", row: 0, column: 0)
        try sheet.write("=not a formula", row: 1, column: 0)
        try sheet.write(.decimal(Decimal(string: "1234567.89")!), row: 1, column: 1)
        try sheet.write(.minorUnits(10, digits: 2), row: 1, column: 2)
        try sheet.write(.date(LocalDate(year: 2026, month: 3, day: 31)!), row: 1, column: 3,
                        style: XLSXStyle(numberFormat: XLSXNumberFormat.date))
        try sheet.writeFormula("SUM(B2:C2)", cached: .decimal(Decimal(string: "1234567.99")!), row: 3, column: 1)
        try sheet.writeFormula("\"a\"&\"b\"", cachedText: "ab", row: 3, column: 2)
        try writer.close()

        let reader = try XLSXReader(path: folder.file("report.xlsx"))
        #expect(reader.sheetNames == ["Profit and Loss"])
        let rows = try Package.rows(reader, sheet: "profit and loss")  // names match ignoring case
        #expect(rows.map(\.number) == [1, 2, 4])
        #expect(values(rows) == [
            [.text("Account")],
            [.text("=not a formula"), .number("1234567.89"), .number("0.1"), date(2026, 3, 31)],
            [nil, .number("1234567.99"), .text("ab")],
        ])
        #expect(rows[2].cells.map { $0?.formula } == [nil, "SUM(B2:C2)", "\"a\"&\"b\""])
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/libreoffice")))
    func readsLibreOfficeConversionWithSharedStrings() throws {
        let folder = try TemporaryFolder()
        try Data("Name,Amount,Date\r\nAcme,0.1,2024-03-15\r\n\"Bistro, Inc\",-1234567.89,2024-02-29\r\nAcme,1.5E-3,\r\n".utf8)
            .write(to: URL(fileURLWithPath: folder.file("entries.csv")))
        try Package.run("/usr/bin/libreoffice", ["-env:UserInstallation=file://\(folder.path)/profile", "--headless",
                                                 "--convert-to", "xlsx", "--outdir", folder.path, folder.file("entries.csv")])
        let reader = try XLSXReader(path: folder.file("entries.xlsx"))
        #expect(reader.sheetNames == ["entries"])
        #expect(values(try Package.rows(reader, sheet: "entries")) == [
            [.text("Name"), .text("Amount"), .text("Date")],
            [.text("Acme"), .number("0.1"), date(2024, 3, 15)],
            [.text("Bistro, Inc"), .number("-1234567.89"), date(2024, 2, 29)],
            [.text("Acme"), .number("0.0015")],
        ])
    }

    /// A sheet of several megabytes is inflated on a second thread a few chunks ahead of the parser: every row still
    /// arrives once and in order, and a reader that stops part-way stops the thread too, so the next read works.
    @Test func readsALargeSheetWholeAndStopsPartWay() throws {
        let folder = try TemporaryFolder()
        let writer = try XLSXWorkbookWriter(path: folder.file("large.xlsx"))
        let sheet = try writer.addWorksheet(name: "Lines")
        let rowCount = 40_000
        for row in 0..<rowCount {
            try sheet.write("Line \(row) of a sheet that inflates to megabytes", row: row, column: 0)
            try sheet.write(.integer(Int64(row)), row: row, column: 1)
        }
        try writer.close()
        let reader = try XLSXReader(path: folder.file("large.xlsx"))
        var numbers: [Int] = [], valuesInOrder = true
        try reader.forEachRow(inSheet: "Lines", readingAhead: true) { row in
            numbers.append(row.number)
            valuesInOrder = valuesInOrder && row.cells[1]?.value == .number(Decimal(row.number - 1))
        }
        #expect(numbers == Array(1...rowCount))
        #expect(valuesInOrder)

        struct Enough: Error {}
        var seen = 0
        #expect(throws: Enough.self) {
            try reader.forEachRow(inSheet: "Lines", readingAhead: true) { _ in
                seen += 1
                if seen == 10 { throw Enough() }
            }
        }
        #expect(try Package.rows(reader, sheet: "Lines").count == rowCount)
    }

    // MARK: Hand-built corners

    @Test func readsSharedStringsRichTextAndEscapes() throws {
        let folder = try TemporaryFolder()
        let strings = """
            <si><t>Plain</t></si>\
            <si><r><rPr><b/></rPr><t>Bold</t></r><r><t xml:space="preserve"> and plain</t></r>\
            <rPh sb="0" eb="1"><t>ふりがな</t></rPh><phoneticPr fontId="1"/></si>\
            <si><t xml:space="preserve">  padded  </t></si>\
            <si><t>   </t></si>\
            <si><t>Line one_x000D__x000A_line two</t></si>\
            <si><t>Literal _x005F_x000D_ and &amp; &lt;tag&gt; caf&#233;</t></si>\
            <si><t/></si>
            """
        let cells = (0..<7).map { "<c r=\"A\($0 + 1)\" t=\"s\"><v>\($0)</v></c>" }
        try Package.zip(Package.workbook(rows: cells.enumerated().map { "<row r=\"\($0.offset + 1)\">\($0.element)</row>" }.joined(),
                                         sharedStrings: strings), to: folder.file("strings.xlsx"))
        let rows = try Package.rows(XLSXReader(path: folder.file("strings.xlsx")))
        #expect(values(rows) == [
            [.text("Plain")], [.text("Bold and plain")], [.text("  padded  ")], [.text("")],
            [.text("Line one\r\nline two")], [.text("Literal _x000D_ and & <tag> café")], [.text("")],
        ])
    }

    @Test func readsEveryCellType() throws {
        let folder = try TemporaryFolder()
        let rows = """
            <row r="1">\
            <c r="A1" t="inlineStr"><is><r><t>In</t></r><r><t>line_x0009_</t></r><rPh><t>x</t></rPh></is></c>\
            <c r="B1" t="str"><f>"a"&amp;"b"</f><v>ab_x000D_</v></c>\
            <c r="C1" t="b"><v>1</v></c>\
            <c r="D1" t="b"><v>0</v></c>\
            <c r="E1" t="e"><f>1/0</f><v>#DIV/0!</v></c>\
            <c r="F1" t="d"><v>2024-03-15T10:30:00Z</v></c>\
            <c r="G1"><v>1.5E-3</v></c>\
            <c r="H1" t="n"><v>-1234567.89</v></c>\
            <c r="I1"><f>NOW()</f></c>\
            <c r="J1"><f t="shared" ref="J1:J2" si="0">A1</f><v>3</v></c>\
            </row>\
            <row r="2"><c r="J2"><f t="shared" si="0"/><v>4</v></c><c r="K2" s="0"/><c r="L2"><f>SUM(J1:J2)</f><v></v></c></row>
            """
        try Package.zip(Package.workbook(rows: rows), to: folder.file("types.xlsx"))
        let read = try Package.rows(XLSXReader(path: folder.file("types.xlsx")))
        #expect(values(read) == [
            [.text("Inline\t"), .text("ab\r"), .bool(true), .bool(false), .error("#DIV/0!"),
             .dateTime(LocalDate(year: 2024, month: 3, day: 15)!, seconds: 10 * 3600 + 30 * 60),
             .number("0.0015"), .number("-1234567.89"), .text(""), .number("3")],
            [nil, nil, nil, nil, nil, nil, nil, nil, nil, .number("4"), nil, .text("")],
        ])
        #expect(read[0].cells.map { $0?.formula } == [nil, "\"a\"&\"b\"", nil, nil, "1/0", nil, nil, nil, "NOW()", "A1"])
        #expect(read[1][9]?.formula == "")  // a shared formula's later cell: a formula, its text on J1
        #expect(read[1][11]?.formula == "SUM(J1:J2)")
    }

    @Test func placesCellsAndRowsWithoutReferencesIgnoringTheDimension() throws {
        let folder = try TemporaryFolder()
        let rows = """
            <row><c><v>1</v></c><c><v>2</v></c><c r="E1"><v>5</v></c><c><v>6</v></c></row>\
            <row><c r="B2"><v>22</v></c></row>\
            <row r="5"><c r="C5" s="0"/></row>\
            <row r="6" spans="1:2"/>\
            <row><c r="xfd7"><v>7</v></c></row>
            """
        try Package.zip(Package.workbook(rows: rows, dimension: "A1:B2"), to: folder.file("positions.xlsx"))
        let read = try Package.rows(XLSXReader(path: folder.file("positions.xlsx")))
        #expect(read.map(\.number) == [1, 2, 7])
        #expect(values(Array(read.prefix(2))) == [
            [.number("1"), .number("2"), nil, nil, .number("5"), .number("6")],
            [nil, .number("22")],
        ])
        #expect(read[2].cells.count == 16_384)
        #expect(read[2][16_383]?.value == .number("7"))
    }

    @Test(arguments: [("<row r=\"1\"/><row r=\"4\"><c><v>4</v></c></row><row r=\"3\"><c><v>3</v></c></row>", 3, 4),
                      ("<row r=\"2\"><c><v>2</v></c></row><row r=\"2\"><c><v>2</v></c></row>", 2, 2)])
    func refusesRowsOutOfOrderOrTwice(rows: String, row: Int, after: Int) throws {
        let folder = try TemporaryFolder()
        try Package.zip(Package.workbook(rows: rows), to: folder.file("order.xlsx"))
        let error = #expect(throws: SpreadsheetError.self) { try Package.rows(XLSXReader(path: folder.file("order.xlsx"))) }
        #expect(error?.description == "order.xlsx, sheet \"Sheet1\", row \(row): xl/worksheets/sheet1.xml stores row \(row) after row \(after); rows must go top to bottom: open the file in Excel or LibreOffice and save it again, which puts them in order")
    }

    @Test func readsStrictOOXMLWithByteOrderMarks() throws {
        let folder = try TemporaryFolder()
        let parts = Package.workbook(rows: "<x:row r=\"1\"><x:c r=\"A1\" t=\"s\"><x:v>0</x:v></x:c><x:c r=\"B1\" s=\"1\"><x:v>45366</x:v></x:c></x:row>",
                                     sharedStrings: "<x:si><x:t>Strict</x:t></x:si>",
                                     styles: "<x:cellXfs><x:xf numFmtId=\"0\"/><x:xf numFmtId=\"14\"/></x:cellXfs>",
                                     strict: true)
            .map { name, text in (name, name.hasSuffix("sheet1.xml") || name.hasSuffix("workbook.xml") ? "\u{FEFF}" + text : text) }
        try Package.zip(parts, to: folder.file("strict.xlsx"))
        let reader = try XLSXReader(path: folder.file("strict.xlsx"))
        #expect(reader.sheetNames == ["Sheet1"])
        #expect(values(try Package.rows(reader)) == [[.text("Strict"), date(2024, 3, 15)]])
    }

    @Test func detectsDatesFromStylesInBothDateSystems() throws {
        let styles = """
            <numFmts count="3"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/><numFmt numFmtId="165" formatCode="[h]:mm"/>\
            <numFmt numFmtId="166" formatCode="#,##0.00 &quot;days&quot;"/></numFmts>\
            <cellStyleXfs count="1"><xf numFmtId="164"/></cellStyleXfs>\
            <cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="166"/><xf numFmtId="22"/></cellXfs>\
            <dxfs count="1"><dxf><numFmt numFmtId="167" formatCode="yyyy"/></dxf></dxfs>
            """
        let serials = ["1", "59", "60", "61", "45366.75", "0", "2958465", "2958466"]
        let rows = serials.enumerated().map { "<row r=\"\($0.offset + 1)\"><c s=\"1\"><v>\($0.element)</v></c></row>" }.joined()
            + "<row r=\"20\"><c s=\"0\"><v>45366</v></c><c s=\"2\"><v>1.5</v></c><c s=\"3\"><v>45366</v></c><c s=\"4\"><v>45366.5</v></c><c s=\"9\"><v>45366</v></c></row>"
        let folder = try TemporaryFolder()
        try Package.zip(Package.workbook(rows: rows, styles: styles), to: folder.file("1900.xlsx"))
        try Package.zip(Package.workbook(rows: rows, styles: styles, workbookProperties: "<workbookPr date1904=\"true\"/>"),
                        to: folder.file("1904.xlsx"))

        let read1900 = values(try Package.rows(XLSXReader(path: folder.file("1900.xlsx"))))
        #expect(read1900.prefix(8).map { $0[0] } == [
            date(1900, 1, 1), date(1900, 2, 28), .number("60"), date(1900, 3, 1),
            .dateTime(LocalDate(year: 2024, month: 3, day: 15)!, seconds: 18 * 3600),
            .number("0"), date(9999, 12, 31), .number("2958466"),
        ])
        #expect(read1900[8] == [.number("45366"), .time(seconds: 36 * 3600), .number("45366"),
                                .dateTime(LocalDate(year: 2024, month: 3, day: 15)!, seconds: 12 * 3600), .number("45366")])

        let reader1904 = try XLSXReader(path: folder.file("1904.xlsx"))
        #expect(reader1904.uses1904Dates)
        let read1904 = values(try Package.rows(reader1904))
        #expect(read1904.prefix(6).map { $0[0] } == [
            date(1904, 1, 2), date(1904, 2, 29), date(1904, 3, 1), date(1904, 3, 2),
            .dateTime(LocalDate(year: 2028, month: 3, day: 16)!, seconds: 18 * 3600), date(1904, 1, 1),
        ])
    }

    @Test(arguments: [
        ("dd/mm/yyyy", XLSXNumberKind.date), ("mm-dd-yy", .date), ("mmm-yy", .date), ("mmmm", .date), ("yyyy\\-mm\\-dd", .date),
        ("[$-409]mmmm d, yyyy", .date), ("m/d/yyyy h:mm AM/PM", .date), ("[Red]d-mmm;[Blue]0.00", .date),
        ("[h]:mm", .time), ("[h]:mm:ss", .time), ("h:mm:ss", .time), ("mm:ss", .time), ("h:mm AM/PM", .time), ("[mm]:ss", .time),
        ("General", .number), ("#,##0.00", .number), ("0.00 \"days\"", .number), ("0 \\d", .number),
        ("_(* #,##0_);_(* (#,##0)", .number), ("0.00E+00", .number),
    ])
    func classifiesCustomNumberFormats(code: String, kind: XLSXNumberKind) {
        #expect(XLSXDateStyles.kind(ofFormat: code) == kind)
    }

    @Test func decodesEscapes() {
        #expect(XLSXText.unescape("a_x000D_b") == "a\rb")
        #expect(XLSXText.unescape("_x005F_x000D_") == "_x000D_")
        #expect(XLSXText.unescape("_xD83D__xDE00_") == "😀")
        #expect(XLSXText.unescape("_x00zz_ and _x41_") == "_x00zz_ and _x41_")
        #expect(XLSXText.unescape("_x0041_x0042_") == "Ax0042_")
    }

    @Test func parsesNumbersExactlyAndStrictly() {
        func number(_ text: String) -> Decimal? {
            var text = text
            return text.withUTF8 { XLSXSheetRows.number(utf8: $0) }
        }
        #expect(number("0.1") == Decimal(string: "0.1"))
        #expect(number("1.5E-3") == Decimal(string: "0.0015"))
        #expect(number("-4e+2") == Decimal(-400))
        #expect(number("0.30000000000000004") == Decimal(string: "0.30000000000000004"))
        #expect(number("123456789012345678901.5") == Decimal(string: "123456789012345678901.5"))
        #expect(number("+5") == Decimal(5))
        #expect(number("-0") == Decimal(0))
        #expect(number("1.") == Decimal(1))
        #expect(number(".5") == Decimal(string: "0.5"))
        #expect(number("-8725.860000000001") == Decimal(string: "-8725.860000000001"))
        for bad in ["", "-", ".", "1e", "12abc", "1,5", " 1", "0x10", "NaN", "1E-400", "1.2.3", "--1", "1e5x", "1e+", "1 "] {
            #expect(number(bad) == nil, "\(bad)")
        }
    }

    @Test func readsTextNodeByNodeAsExcelDoes() throws {
        let folder = try TemporaryFolder()
        // A node of only whitespace counts with xml:space="preserve" or in CDATA; comments and processing instructions
        // split nodes; child elements of a value give their text; a prefix no namespace declares names no cell.
        let rows = """
            <row r="1">\
            <c t="str"><v> <!--x-->a </v></c>\
            <c t="str"><v>  </v></c>\
            <c t="str"><v xml:space="preserve">  </v></c>\
            <c t="str"><v><![CDATA[ ]]></v></c>\
            <c t="str"><v> <![CDATA[x]]> </v></c>\
            <c t="str"><v>a<b> </b>c<?pi x?> d</v></c>\
            <c t="inlineStr"><is><t> </t><r><t xml:space="preserve"> x </t></r><rPh><t>no</t></rPh><t>y<!--c--> </t></is></c>\
            <c><x><v>9</v></x><v>7</v></c>\
            <c t="e"><v>#N/A</v><v>#REF!</v></c>\
            <q:c><v>1</v></q:c>\
            </row>
            """
        try Package.zip(Package.workbook(rows: rows), to: folder.file("text.xlsx"))
        #expect(try values(Package.rows(XLSXReader(path: folder.file("text.xlsx")))) == [[
            .text("a "), .text(""), .text("  "), .text(" "), .text("x"), .text("ac d"), .text(" x y"), .number("7"),
            .error("#REF!"),
        ]])
    }

    @Test func readsAnAmpersandInAnAttributeAsItself() throws {
        let folder = try TemporaryFolder()
        try Package.zip(Package.workbook(rows: "<row><c t=\"a&amp;b\"><v>1</v></c></row>"), to: folder.file("type.xlsx"))
        let error = #expect(throws: SpreadsheetError.self) { try Package.rows(XLSXReader(path: folder.file("type.xlsx"))) }
        #expect(error?.message == "unknown cell type \"a&b\"")
    }

    @Test func namesAnUnknownSheet() throws {
        let folder = try TemporaryFolder()
        try Package.zip(Package.workbook(rows: ""), to: folder.file("one.xlsx"))
        let error = #expect(throws: SpreadsheetError.self) { try XLSXReader(path: folder.file("one.xlsx")).forEachRow(inSheet: "Bills") { _ in } }
        #expect(error?.description == "one.xlsx: has no sheet named \"Bills\" (it has \"Sheet1\")")
    }
}
