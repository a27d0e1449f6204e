import Foundation
@testable import Spreadsheet
@testable import SpreadsheetBasics
import TestTools
import Testing
@testable import XLSXEditing
@testable import XLSXReading
@testable import XLSXWriting
@testable import ZipParts

/// Moving whole sheets from a workbook we write into one the user saved: the user's sheets, formulas, chart and
/// names stay, the moved sheet shows the new values, and the parts nobody needed to touch are byte-identical.
@Suite struct XLSXWorkbookTransplantTests {
    typealias Package = XLSXTestPackage

    static let money = XLSXStyle(numberFormat: "#,##0.00_);(#,##0.00)")

    /// A report-like sheet "Report" (title, bold header, money lines, a live total, an Excel table, print titles)
    /// and a hidden "Meta" sheet holding `note`.
    static func writeReport(_ path: String, amounts: [Int64], note: String, italicTitle: Bool = false) throws {
        let writer = try XLSXWorkbookWriter(path: path)
        let sheet = try writer.addWorksheet(name: "Report")
        try sheet.write("Title", row: 0, column: 0, style: XLSXStyle(bold: true, italic: italicTitle, fontSize: 14))
        try sheet.write("Account", row: 2, column: 0, style: XLSXStyle(bold: true, bottomBorder: .thin))
        try sheet.write("Amount", row: 2, column: 1, style: XLSXStyle(bold: true, alignRight: true, bottomBorder: .thin))
        for (index, amount) in amounts.enumerated() {
            try sheet.write("Line \(index + 1)", row: 3 + index, column: 0)
            try sheet.write(.minorUnits(amount, digits: 2), row: 3 + index, column: 1, style: money)
        }
        try sheet.addTable(firstRow: 2, lastRow: 2 + amounts.count, columnNames: ["Account", "Amount"])
        let totalRow = 4 + amounts.count
        try sheet.write("Total", row: totalRow, column: 0, style: XLSXStyle(bold: true))
        try sheet.writeFormula("SUM(B4:B\(3 + amounts.count))", cached: .minorUnits(amounts.reduce(0, +), digits: 2),
                               row: totalRow, column: 1, style: XLSXStyle(bold: true, numberFormat: money.numberFormat,
                                                                          topBorder: .thin, bottomBorder: .double))
        try sheet.repeatRows(2...2)
        let meta = try writer.addWorksheet(name: "Meta")
        try meta.hide()
        try meta.write(note, row: 0, column: 0)
        try writer.close()
    }

    /// What a user adds with openpyxl: a first sheet "Mine" with formulas on the report's cells and a bar chart of
    /// its lines, and a defined name.
    static let addUserSheet = """
        import sys, openpyxl
        from openpyxl.chart import BarChart, Reference
        from openpyxl.workbook.defined_name import DefinedName
        wb = openpyxl.load_workbook(sys.argv[1])
        report = wb["Report"]
        mine = wb.create_sheet("Mine", 0)
        mine["A1"] = "Double the first line"; mine["B1"] = "=Report!B4*2"
        mine["A2"] = "Total plus one"; mine["B2"] = "=Report!B8+1"
        chart = BarChart(); chart.add_data(Reference(report, min_col=2, min_row=4, max_row=6)); mine.add_chart(chart, "D2")
        wb.defined_names.append(DefinedName("FirstLine", attr_text="Report!$B$4"))
        wb.active = 0
        wb.save(sys.argv[2])
        """

    func transplant(_ sheets: [String], from donor: String, into path: String) throws {
        try XLSXWorkbookTransplant.prepare([.init(path: donor, sheets: sheets)], into: path).install()
    }

    @Test(arguments: ["openpyxl", "LibreOffice"])
    func replacesTheReportKeepingTheUsersWork(resavedBy writer: String) throws {
        let folder = try TemporaryFolder()
        try Self.writeReport(folder.file("built.xlsx"), amounts: [10000, 20000, 30000], note: "old")
        var user = folder.file("user.xlsx")
        try Package.run(Package.python, ["-c", Self.addUserSheet, folder.file("built.xlsx"), user])
        if writer == "LibreOffice" {
            user = try XLSXCellEditTests.libreOffice(convert: user, to: "xlsx", into: folder.file("lo"))
        }
        let path = folder.file("book.xlsx")
        try FileManager.default.copyItem(atPath: user, toPath: path)
        try Self.writeReport(folder.file("donor.xlsx"), amounts: [11000, 22000, 33000], note: "new", italicTitle: true)

        try transplant(["Report", "Meta"], from: folder.file("donor.xlsx"), into: path)

        let reader = try XLSXReader(path: path)
        #expect(reader.sheetNames == (try XLSXReader(path: user)).sheetNames)
        let report = try Package.rows(reader, sheet: "Report")
        #expect(report.map { $0[1]?.value } == [nil, .text("Amount"), .number("110"), .number("220"), .number("330"), .number("660")])
        #expect(try Package.rows(reader, sheet: "Meta").first?[0]?.value == .text("new"))
        let mine = try Package.rows(reader, sheet: "Mine")
        #expect(mine.map { $0[1]?.formula } == ["Report!B4*2", "Report!B8+1"])

        // Nothing but the parts a transplant must rewrite changed, and the user's sheet whose formulas read the report:
        // their stored results are gone, so that every program calculates them anew. The chart and drawing are byte
        // for byte the same.
        #expect(mine.map { $0[1]?.value } == [.text(""), .text("")])
        let before = try ExternalTool.partDigests(user), after = try ExternalTool.partDigests(path)
        let changed = Set(after.keys.filter { before[$0] != after[$0] })
        let workbook = try XLSXWorkbookPart(archive: ZipArchive(path: path, place: ReadPlace(file: "book.xlsx")), limits: .standard)
        let rewritten: Set<String> = Set(workbook.sheets.filter { ["Report", "Meta"].contains($0.name) }.map(\.part))
            .union(["xl/workbook.xml", "xl/_rels/workbook.xml.rels", "[Content_Types].xml", "xl/styles.xml"])
        let mineSheet = try #require(workbook.sheets.first { $0.name == "Mine" }).part
        let otherChanges = changed.filter { !rewritten.contains($0) && !$0.hasPrefix("xl/tables/") && !$0.contains("/_rels/sheet") }
        #expect(otherChanges == [mineSheet], "changed: \(otherChanges.sorted())")
        #expect(before.keys.contains { $0.hasPrefix("xl/charts/") })
        for part in before.keys where part.hasPrefix("xl/charts/") || part.hasPrefix("xl/drawings/") {
            #expect(after[part] == before[part], "\(part) changed")
        }

        // The user's styles are all still first, in their order; the new italic title appended after them.
        let oldStyles = try XLSXCellEditTests.part("xl/styles.xml", of: user)
        let newStyles = try XLSXCellEditTests.part("xl/styles.xml", of: path)
        let oldCells = try #require(oldStyles.range(of: "<cellXfs").flatMap { start in oldStyles[start.lowerBound...].range(of: "</cellXfs>").map { oldStyles[start.lowerBound..<$0.lowerBound] } })
        let body = oldCells.drop { $0 != ">" }.dropFirst()
        #expect(newStyles.contains(body))

        // openpyxl reads it; LibreOffice opens it and, recalculating, sees the new figures through the user's formulas.
        let facts = try Package.run(Package.python, ["-c", """
            import sys, openpyxl
            wb = openpyxl.load_workbook(sys.argv[1])
            print(wb["Mine"]["B1"].value, len(wb["Mine"]._charts), \
            sorted(wb["Report"].tables.keys()), wb.defined_names.get("FirstLine").attr_text, wb["Report"].print_title_rows)
            """, path])
        let words = facts.split(whereSeparator: \.isWhitespace).map(String.init)
        #expect(words == ["=Report!B4*2", "1", "['tblReport']", "Report!$B$4", "$3:$3"])
        let csv = try String(contentsOfFile: ExternalTool.libreOfficeConvert(path, to: ExternalTool.rawCSV, into: folder.file("csv")),
                             encoding: .utf8).split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        #expect(csv[safe: 0, 1] == "220")
        #expect(csv[safe: 1, 1] == "661")

        // A second refresh with the same looks finds every style in place: nothing more is appended.
        try Self.writeReport(folder.file("donor2.xlsx"), amounts: [12000, 24000, 36000], note: "newer", italicTitle: true)
        try transplant(["Report", "Meta"], from: folder.file("donor2.xlsx"), into: path)
        #expect(try XLSXCellEditTests.part("xl/styles.xml", of: path) == newStyles)
        #expect(try Package.rows(XLSXReader(path: path), sheet: "Report")[2][1]?.value == .number("120"))
    }

    @Test func aChartPlacedOnTheReplacedSheetStays() throws {
        let folder = try TemporaryFolder()
        try Self.writeReport(folder.file("built.xlsx"), amounts: [100, 200, 300], note: "old")
        let path = folder.file("book.xlsx")
        try Package.run(Package.python, ["-c", """
            import sys, openpyxl
            from openpyxl.chart import LineChart, Reference
            wb = openpyxl.load_workbook(sys.argv[1]); report = wb["Report"]
            chart = LineChart(); chart.add_data(Reference(report, min_col=2, min_row=4, max_row=6)); report.add_chart(chart, "E2")
            wb.save(sys.argv[2])
            """, folder.file("built.xlsx"), path])
        let before = try ExternalTool.partDigests(path)
        try Self.writeReport(folder.file("donor.xlsx"), amounts: [100, 200, 300, 400], note: "new")

        try transplant(["Report"], from: folder.file("donor.xlsx"), into: path)

        let after = try ExternalTool.partDigests(path)
        for part in before.keys where part.hasPrefix("xl/charts/") || part.hasPrefix("xl/drawings/") {
            #expect(after[part] == before[part], "\(part) changed")
        }
        let facts = try Package.run(Package.python, ["-c", """
            import sys, openpyxl
            ws = openpyxl.load_workbook(sys.argv[1])["Report"]
            print(len(ws._charts), ws["B7"].value, sorted(ws.tables.keys()))
            """, path])
        #expect(facts == "1 4 ['tblReport']\n")
        // The sheet names its drawing, by a relationship its relationships part still has.
        let sheet = try XLSXCellEditTests.part("xl/worksheets/sheet1.xml", of: path)
        let relationships = try XLSXCellEditTests.part("xl/worksheets/_rels/sheet1.xml.rels", of: path)
        let id = try #require(sheet.firstMatch(of: /<drawing xmlns:r="[^"]+" r:id="([^"]+)"\/>/)?.1)
        let named = relationships.split(separator: "<Relationship ").filter { $0.contains("Id=\"\(id)\"") }
        #expect(named.count == 1 && named[0].contains("/relationships/drawing\""))
        #expect(sheet.range(of: "<drawing ")!.lowerBound < sheet.range(of: "<tableParts")!.lowerBound)
        #expect(try XLSXCellEditTests.libreOfficeCSV(path, folder: folder).count > 5)
    }

    @Test func reusesTheReplacedTablesNameAndKeepsIDsUnique() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("book.xlsx")
        try Self.writeReport(path, amounts: [100], note: "old")
        let oldTable = try XLSXCellEditTests.part("xl/tables/table1.xml", of: path)
        try Self.writeReport(folder.file("donor.xlsx"), amounts: [100, 200], note: "new")

        try transplant(["Report"], from: folder.file("donor.xlsx"), into: path)

        let parts = try ExternalTool.partDigests(path).keys.filter { $0.hasPrefix("xl/tables/") }
        #expect(parts.count == 1)
        let table = try XLSXCellEditTests.part(try #require(parts.first), of: path)
        #expect(table.contains("name=\"tblReport\"") && oldTable.contains("name=\"tblReport\""))
        #expect(table.contains("ref=\"A3:B5\""))
    }

    @Test func addsASheetAfterTheLastOne() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("book.xlsx")
        let writer = try XLSXWorkbookWriter(path: path)
        try writer.addWorksheet(name: "Mine").write("mine", row: 0, column: 0)
        try writer.close()
        try Self.writeReport(folder.file("donor.xlsx"), amounts: [500], note: "meta")

        try transplant(["Report", "Meta"], from: folder.file("donor.xlsx"), into: path)

        let reader = try XLSXReader(path: path)
        #expect(reader.sheetNames == ["Mine", "Report", "Meta"])
        #expect(try Package.rows(reader, sheet: "Report")[2][1]?.value == .number("5"))
        let workbook = try XLSXCellEditTests.part("xl/workbook.xml", of: path)
        #expect(workbook.contains("name=\"Meta\" sheetId=\"3\" state=\"hidden\""))
        #expect(workbook.contains("<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"1\">Report!$3:$3</definedName>"))
        #expect(try XLSXCellEditTests.libreOfficeCSV(path, folder: folder).first?.first == "mine")
    }

    @Test func dropsTheCalculationChainAndRefreshesPivotCachesOnLoad() throws {
        let folder = try TemporaryFolder()
        let built = folder.file("built.xlsx"), path = folder.file("book.xlsx")
        try Self.writeReport(built, amounts: [100], note: "old")
        // A calculation chain and a pivot cache definition, as Excel saves them.
        try Package.run(Package.python, ["-c", """
            import sys, zipfile
            src, dst = zipfile.ZipFile(sys.argv[1]), zipfile.ZipFile(sys.argv[2], "w", zipfile.ZIP_DEFLATED)
            ct = '<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/>' \\
                 '<Override PartName="/xl/pivotCache/pivotCacheDefinition1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheDefinition+xml"/></Types>'
            rel = '<Relationship Id="rId90" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain" Target="calcChain.xml"/></Relationships>'
            for item in src.infolist():
                data = src.read(item.filename)
                if item.filename == "[Content_Types].xml": data = data.replace(b"</Types>", ct.encode())
                if item.filename == "xl/_rels/workbook.xml.rels": data = data.replace(b"</Relationships>", rel.encode())
                dst.writestr(item, data)
            dst.writestr("xl/calcChain.xml", '<calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><c r="B6" i="1"/></calcChain>')
            dst.writestr("xl/pivotCache/pivotCacheDefinition1.xml", '<pivotCacheDefinition xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" recordCount="0"><cacheSource type="worksheet"><worksheetSource ref="A3:B4" sheet="Report"/></cacheSource></pivotCacheDefinition>')
            dst.close()
            """, built, path])
        try Self.writeReport(folder.file("donor.xlsx"), amounts: [100, 200], note: "new")

        try transplant(["Report"], from: folder.file("donor.xlsx"), into: path)

        let parts = try ExternalTool.partDigests(path)
        #expect(parts["xl/calcChain.xml"] == nil)
        #expect(!(try XLSXCellEditTests.part("[Content_Types].xml", of: path)).contains("calcChain"))
        #expect(!(try XLSXCellEditTests.part("xl/_rels/workbook.xml.rels", of: path)).contains("calcChain"))
        #expect(try XLSXCellEditTests.part("xl/workbook.xml", of: path).contains("fullCalcOnLoad=\"1\""))
        #expect(try XLSXCellEditTests.part("xl/pivotCache/pivotCacheDefinition1.xml", of: path)
            .contains("<pivotCacheDefinition xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" recordCount=\"0\" refreshOnLoad=\"1\">"))
    }

    @Test func refusesStrictOOXML() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("strict.xlsx")
        try Package.zip([
            ("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"),
            ("_rels/.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"),
            ("xl/workbook.xml", "<workbook xmlns=\"\(Package.strictMain)\"><sheets/></workbook>"),
        ], to: path)
        try Self.writeReport(folder.file("donor.xlsx"), amounts: [1], note: "")
        #expect {
            try XLSXWorkbookTransplant.prepare([.init(path: folder.file("donor.xlsx"), sheets: ["Report"])], into: path)
        } throws: { "\($0)".contains("Strict Open XML") }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["donor.xlsx", "strict.xlsx"])
    }
}
