import Foundation
@testable import Spreadsheet
@testable import SpreadsheetBasics
import Testing
@testable import XLSXReading

/// Hostile and broken files: each is refused with one clear error naming the file (and sheet), never a crash.
@Suite struct XLSXReaderSafetyTests {
    typealias Package = XLSXTestPackage

    /// The error reading every row of `Sheet1` of a workbook made of `parts`, with `limits`.
    func readError(_ parts: [(String, String)], filler: (part: String, mebibytes: Int)? = nil,
                   limits: XLSXReadLimits = .standard) throws -> SpreadsheetError? {
        let folder = try TemporaryFolder()
        try Package.zip(parts, to: folder.file("hostile.xlsx"), filler: filler)
        return #expect(throws: SpreadsheetError.self) {
            try XLSXReader(path: folder.file("hostile.xlsx"), limits: limits).forEachRow(inSheet: "Sheet1") { _ in }
        }
    }

    /// `parts` with the part called `name` replaced by `text`.
    func replacing(_ name: String, with text: String, in parts: [(String, String)]) -> [(String, String)] {
        parts.map { $0.0 == name ? (name, text) : $0 }
    }

    @Test func refusesAnEntityBomb() throws {
        let laughs = (1...9).map { level in
            "<!ENTITY lol\(level) \"" + String(repeating: "&lol\(level - 1);", count: 10) + "\">"
        }.joined()
        let sheet = """
            <?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY lol0 "lol">\(laughs)]>\
            <worksheet xmlns="\(Package.main)"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row></sheetData></worksheet>
            """
        let error = try readError(replacing("xl/worksheets/sheet1.xml", with: sheet, in: Package.workbook(rows: "")))
        #expect(error == SpreadsheetError(file: "hostile.xlsx", sheet: "Sheet1", message:
            "xl/worksheets/sheet1.xml contains a DTD; refusing to read it, it may be an entity bomb or reference external files"))
    }

    @Test func refusesAnExternalEntity() throws {
        let strings = """
            <?xml version="1.0"?><!DOCTYPE sst [<!ENTITY secret SYSTEM "file:///etc/passwd">]>\
            <sst xmlns="\(Package.main)"><si><t>&secret;</t></si></sst>
            """
        let parts = replacing("xl/strings.xml", with: strings,
                              in: Package.workbook(rows: "<row><c t=\"s\"><v>0</v></c></row>", sharedStrings: ""))
        let error = try readError(parts)
        #expect(error?.description == "hostile.xlsx: xl/strings.xml contains a DTD; refusing to read it, it may be an entity bomb or reference external files")
    }

    @Test func refusesAFileThatIsNotAZip() throws {
        let folder = try TemporaryFolder()
        try Data("Name,Amount\r\nAcme,1\r\n".utf8).write(to: URL(fileURLWithPath: folder.file("entries.xlsx")))
        #expect(throws: SpreadsheetError(file: "entries.xlsx", message: "is not an XLSX file (not a zip archive)")) {
            try XLSXReader(path: folder.file("entries.xlsx"))
        }
        #expect(throws: SpreadsheetError(file: "missing.xlsx", message: "no such file: \(folder.file("missing.xlsx"))")) {
            try XLSXReader(path: folder.file("missing.xlsx"))
        }
    }

    @Test func refusesAZipWithoutAWorkbook() throws {
        let folder = try TemporaryFolder()
        try Package.zip([("word/document.xml", "<document/>")], to: folder.file("letter.xlsx"))
        #expect(throws: SpreadsheetError(file: "letter.xlsx", message: "is not an XLSX file: it has no xl/workbook.xml (is it another kind of zip file?)")) {
            try XLSXReader(path: folder.file("letter.xlsx"))
        }
    }

    @Test func refusesAZipBombFromItsDeclaredSizes() throws {
        // 256 MiB of spaces compressed about 1000:1 into a quarter-megabyte zip; refused before any is inflated.
        let started = ContinuousClock.now
        let parts = Package.workbook(rows: "").filter { $0.0 != "xl/worksheets/sheet1.xml" }
        let error = try readError(parts, filler: ("xl/worksheets/sheet1.xml", 256))
        #expect(error?.description == "hostile.xlsx, sheet \"Sheet1\": xl/worksheets/sheet1.xml expands to far more than it is compressed; refusing to read it, it may be a zip bomb")
        #expect(ContinuousClock.now - started < .seconds(20))
    }

    @Test func stopsAPartThatInflatesPastTheCap() throws {
        var limits = XLSXReadLimits.standard
        limits.maxPartBytes = 1 << 20
        limits.ratioCheckAbove = .max
        let rows = String(repeating: "<row><c><v>1</v></c></row>", count: 50_000)
        let error = try readError(Package.workbook(rows: rows), limits: limits)
        #expect(error?.sheet == "Sheet1")
        #expect(error?.message.hasSuffix("it may be a zip bomb") == true)
    }

    @Test func capsTheSharedStrings() throws {
        var limits = XLSXReadLimits.standard
        limits.maxSharedStrings = 2
        let error = try readError(Package.workbook(rows: "", sharedStrings: "<si><t>a</t></si><si><t>b</t></si><si><t>c</t></si>"),
                                  limits: limits)
        #expect(error?.description == "hostile.xlsx: xl/strings.xml has more than 2 strings; refusing to read it")
    }

    @Test func capsTheTextOfOneElement() throws {
        let text = String(repeating: "a", count: 10_000_001)
        let error = try readError(Package.workbook(rows: "<row><c t=\"str\"><v>\(text)</v></c></row>"))
        #expect(error?.description == "hostile.xlsx, sheet \"Sheet1\": xl/worksheets/sheet1.xml has a text longer than 10000000 bytes; refusing to read it")
    }

    @Test func reportsMalformedXMLWithItsLine() throws {
        let sheet = "<worksheet xmlns=\"\(Package.main)\">\n<sheetData>\n<row r=\"1\"><c r=\"A1\"><v>1</v></c>\n</sheetData></worksheet>"
        let error = try readError(replacing("xl/worksheets/sheet1.xml", with: sheet, in: Package.workbook(rows: "")))
        #expect(error?.sheet == "Sheet1")
        #expect(error?.message.hasPrefix("xl/worksheets/sheet1.xml is not well-formed XML, line 4: ") == true)
    }

    @Test func namesTheRowAndColumnOfABadCell() throws {
        let missing = try readError(Package.workbook(rows: "<row r=\"14\"><c r=\"A14\"><v>1</v></c><c r=\"C14\" t=\"s\"><v>7</v></c></row>",
                                                     sharedStrings: "<si><t>only</t></si>"))
        #expect(missing?.description == "hostile.xlsx, sheet \"Sheet1\", row 14, column \"C\": refers to shared string 7, but the file has 1 shared strings")
        let notNumber = try readError(Package.workbook(rows: "<row r=\"2\"><c r=\"B2\"><v>12abc</v></c></row>"))
        #expect(notNumber?.description == "hostile.xlsx, sheet \"Sheet1\", row 2, column \"B\": \"12abc\" is not a number")
        let wide = try readError(Package.workbook(rows: "<row r=\"3\"><c r=\"XFE3\"><v>1</v></c></row>"))
        #expect(wide?.description == "hostile.xlsx, sheet \"Sheet1\", row 3: xl/worksheets/sheet1.xml has a cell beyond the last column, XFD")
        let far = try readError(Package.workbook(rows: "<row r=\"99999999999999999999\"/>"))
        #expect(far?.description == "hostile.xlsx, sheet \"Sheet1\", row 1: xl/worksheets/sheet1.xml has a row numbered \"99999999999999999999\"; rows go from 1 to 1048576")
    }

    /// Cells that programs would read differently (stored right to left, twice, or in another row than they name) are
    /// refused by every reading, `convert` included, as a post's write-back refuses them.
    @Test(arguments: [
        ("<row r=\"2\"><c r=\"B2\"><v>1</v></c><c r=\"A2\"><v>2</v></c></row>",
         "row 2, column \"A\": xl/worksheets/sheet1.xml has cell A after B; the cells of a row must go left to right: open the file in Excel or LibreOffice and save it again"),
        ("<row r=\"2\"><c r=\"B2\"><v>1</v></c><c r=\"B2\"><v>2</v></c></row>",
         "row 2, column \"B\": xl/worksheets/sheet1.xml has cell B after B; the cells of a row must go left to right: open the file in Excel or LibreOffice and save it again"),
        ("<row r=\"2\"><c r=\"A7\"><v>1</v></c></row>",
         "row 2: xl/worksheets/sheet1.xml stores cell A7 in row 2; open the file in Excel or LibreOffice and save it again"),
    ])
    func refusesCellsProgramsWouldReadDifferently(rows: String, message: String) throws {
        let error = try readError(Package.workbook(rows: rows))
        #expect(error?.description == "hostile.xlsx, sheet \"Sheet1\", " + message)
        let folder = try TemporaryFolder()
        try Package.zip(Package.workbook(rows: rows), to: folder.file("cells.xlsx"))
        let converted = #expect(throws: SpreadsheetError.self) {
            try SheetConversion.xlsxToCSV(folder.file("cells.xlsx"), sheet: nil, output: folder.file("cells.csv"))
        }
        #expect(converted?.description == "cells.xlsx, sheet \"Sheet1\", " + message)
    }
}
