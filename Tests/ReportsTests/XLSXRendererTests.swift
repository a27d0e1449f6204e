import Foundation
import Ledger
import Reports
import Spreadsheet
import TestTools
import Testing
import XLSXReading
import XLSXWriting

@Suite struct XLSXRendererTests {
    // MARK: Fixtures

    static let usd = try! Currency(code: "USD")
    static let builtAt = Date(timeIntervalSince1970: 1_793_523_600) // 2026-11-01T09:00:00Z

    static var request: ReportRequest {
        var request = ReportRequest(report: "profit-and-loss", company: "Northwind Traders Inc")
        request.period = .thisMonth
        request.compare = .previousYear
        return request
    }

    /// A mini P&L: title block with two notes (header on sheet row 7, body from row 8), two income lines,
    /// a SUM subtotal, one expense, a blank line and a net total by subtraction, with a % change column.
    static let statementLayout = ReportLayout(
        style: .statement, title: "Profit and Loss", entity: "Northwind Traders Inc",
        periodText: "October 1, 2026 to October 31, 2026", notes: ["Accrual basis", "Built 2026-11-01"],
        columns: [ReportColumn("Account", .label), ReportColumn("Oct 2026", .money),
                  ReportColumn("Oct 2025", .money), ReportColumn("% Change", .percent)],
        currency: usd)

    static var statementRows: [ReportRow] {
        func change(_ row: Int, _ value: CellValue) -> CellValue {
            .formula(.change(current: .cell(row: row, column: 1), previous: .cell(row: row, column: 2)), value: value)
        }
        return [
            ReportRow(.heading, cells: [.text("Income")]),
            ReportRow(.detail, depth: 1, cells: [.text("Sales"), .money(120_000), .money(100_000), change(1, .percent(0.2))]),
            ReportRow(.detail, depth: 1, cells: [.text("Services"), .money(30_050), .money(0), change(2, .empty)]),
            ReportRow(.subtotal, cells: [.text("Total Income"),
                                         .formula(.sum(rows: 1...2, column: 1), value: .money(150_050)),
                                         .formula(.sum(rows: 1...2, column: 2), value: .money(100_000)),
                                         change(3, .percent(0.5005))]),
            ReportRow(.detail, depth: 1, cells: [.text("=Rent (not a formula)"), .money(40_025), .money(50_000), change(4, .percent(-0.1995))]),
            .blank,
            ReportRow(.total, cells: [.text("Net Income"),
                                      .formula(.subtract(.cell(row: 3, column: 1), .cell(row: 4, column: 1)), value: .money(110_025)),
                                      .formula(.subtract(.cell(row: 3, column: 2), .cell(row: 4, column: 2)), value: .money(50_000)),
                                      change(6, .percent(1.2005))]),
        ]
    }

    /// An invoice list: six columns (so landscape), two titled "Amount", no notes (header on sheet row 5).
    static let tableLayout = ReportLayout(
        style: .dataTable, title: "Invoices", entity: "Northwind Traders Inc", periodText: "As of October 31, 2026",
        notes: [], columns: [ReportColumn("Date", .date), ReportColumn("Number", .text), ReportColumn("Customer", .text),
                             ReportColumn("Amount", .money), ReportColumn("Amount", .money), ReportColumn("Lines", .integer)],
        currency: usd)

    static let tableRows = [
        ReportRow(.detail, cells: [.date(LocalDate(year: 2026, month: 10, day: 3)!), .text("INV-1001"), .text("-Acme"),
                                   .money(12_345), .money(-500), .integer(3)]),
        ReportRow(.detail, cells: [.date(LocalDate(year: 2026, month: 10, day: 17)!), .text("INV-1002"), .text("@Bistro"),
                                   .money(99), .money(0), .integer(1)]),
    ]

    static func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("xlsx-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    static func render(_ layout: ReportLayout, _ rows: [ReportRow], into sink: ReportSink) throws {
        try sink.begin(layout)
        for row in rows { try sink.add(row) }
        try sink.finish()
    }

    /// The mini P&L, the invoice table and an empty table in one workbook.
    static func renderExample(to path: String) throws {
        let workbook = try ReportWorkbook(path: path)
        try render(statementLayout, statementRows, into: workbook.sheet(named: "P&L", request: request, builtAt: builtAt))
        var invoices = ReportRequest(report: "invoices", company: "Northwind Traders Inc")
        invoices.customer = "Acme"
        try render(tableLayout, tableRows, into: workbook.sheet(named: "A-B", request: invoices, builtAt: builtAt))
        try render(tableLayout, [], into: workbook.sheet(named: "A_B", request: invoices, builtAt: builtAt))
        try workbook.close()
    }

    static let moneyFormat = "#,##0.00_);(#,##0.00)"

    // MARK: Statement

    @Test func statementCellsFormulasAndFormats() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("report.xlsx").path
        try Self.renderExample(to: path)
        let dump = try SpreadsheetTools.openpyxlDump(path)
        let sheet = "P&L"

        #expect(dump.order == ["P&L", "A-B", "A_B", "_ledgersync"])
        // Title block.
        #expect(dump[sheet, "A1"]?.value == .text("Northwind Traders Inc"))
        #expect(dump[sheet, "A1"]?.bold == true && dump[sheet, "A1"]?.size == 14)
        #expect(dump[sheet, "A2"]?.value == .text("Profit and Loss"))
        #expect(dump[sheet, "A2"]?.bold == true && dump[sheet, "A2"]?.size == 12)
        #expect(dump[sheet, "A3"]?.value == .text("October 1, 2026 to October 31, 2026"))
        #expect(dump[sheet, "A4"]?.italic == true && dump[sheet, "A5"]?.value == .text("Built 2026-11-01"))
        #expect(dump[sheet, "A6"] == nil)
        // Header row 7.
        #expect(dump[sheet, "A7"]?.value == .text("Account"))
        #expect(dump[sheet, "B7"]?.value == .text("Oct 2026"))
        #expect(dump[sheet, "B7"]?.bold == true && dump[sheet, "B7"]?.bottom == "thin" && dump[sheet, "B7"]?.align == "right")
        #expect(dump[sheet, "A7"]?.align == nil)
        // Body from row 8: heading, details indented by depth.
        #expect(dump[sheet, "A8"]?.value == .text("Income") && dump[sheet, "A8"]?.bold == true)
        #expect(dump[sheet, "A9"]?.value == .text("Sales") && dump[sheet, "A9"]?.indent == 1 && dump[sheet, "A9"]?.bold == false)
        #expect(dump[sheet, "B9"]?.value == .number(1200) && dump[sheet, "B9"]?.format == Self.moneyFormat)
        #expect(dump[sheet, "B10"]?.value == .number(300.5))
        // Text that looks like a formula stays text.
        #expect(dump[sheet, "A12"]?.value == .text("=Rent (not a formula)"))
        // Subtotal: live SUM, cached value, bold, rule above.
        let subtotal = try #require(dump[sheet, "B11"])
        #expect(subtotal.value == .text("=SUM(B9:B10)") && subtotal.cached == .number(1500.5))
        #expect(subtotal.bold && subtotal.top == "thin" && subtotal.bottom == nil && subtotal.format == Self.moneyFormat)
        #expect(dump[sheet, "A11"]?.bold == true && dump[sheet, "A11"]?.top == nil)
        // Total: subtraction, rule above and double rule below.
        let total = try #require(dump[sheet, "B14"])
        #expect(total.value == .text("=B11-B12") && total.cached == .number(1100.25))
        #expect(total.bold && total.top == "thin" && total.bottom == "double")
        #expect(dump[sheet, "C14"]?.cached == .number(500))
        #expect(dump[sheet, "A13"] == nil)
        // % change, blank when the previous amount is zero.
        let change = try #require(dump[sheet, "D9"])
        #expect(change.value == .text(#"=IF(C9=0,"",(B9-C9)/ABS(C9))"#) && change.cached == .number(0.2) && change.format == "0.0%")
        #expect(dump[sheet, "D10"]?.value == .text(#"=IF(C10=0,"",(B10-C10)/ABS(C10))"#))
        #expect(dump[sheet, "D10"]?.cached == Optional(WorkbookDump.Value.none))
        #expect(dump[sheet, "D14"]?.cached == .number(1.2005) && dump[sheet, "D14"]?.bottom == "double")
        // View and printing.
        let settings = try #require(dump.sheets[sheet])
        #expect(settings.freeze == "B8")
        #expect(settings.printTitleRows == "$7:$7")
        #expect(settings.fitToPage && settings.fitToHeight == 0)
        #expect(settings.orientation != "landscape")
        #expect(settings.tables.isEmpty)
    }

    @Test func metadataSheetRecordsEachReportSheet() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("report.xlsx").path
        try Self.renderExample(to: path)
        let dump = try SpreadsheetTools.openpyxlDump(path)
        let sheet = ReportWorkbook.metadataSheetName

        #expect(dump.sheets[sheet]?.state == "hidden")
        #expect(["A1", "B1", "C1", "D1", "E1"].map { dump[sheet, $0]?.value }
                == ["Sheet", "Request", "Built", "Fingerprint", "Anchor"].map { .text($0) })
        #expect(dump[sheet, "A2"]?.value == .text("P&L"))
        guard case .text(let json)? = dump[sheet, "B2"]?.value else { Issue.record("no request in B2"); return }
        #expect(try ReportRequest(json: json) == Self.request)
        #expect(dump[sheet, "C2"]?.value == .text("2026-11-01T09:00:00Z"))
        guard case .text(let fingerprint)? = dump[sheet, "D2"]?.value else { Issue.record("no fingerprint in D2"); return }
        #expect(try SheetFingerprint(hex: fingerprint) == SheetFingerprint.of(sheet: "P&L", in: XLSXReader(path: path)))
        #expect(dump[sheet, "E2"]?.value == .text("=ROWS('P&L'!$1:$1048576)") && dump[sheet, "E2"]?.cached == .number(1_048_576))
        #expect(dump[sheet, "A3"]?.value == .text("A-B") && dump[sheet, "A4"]?.value == .text("A_B"))
        guard case .text(let tableJSON)? = dump[sheet, "B3"]?.value else { Issue.record("no request in B3"); return }
        #expect(try ReportRequest(json: tableJSON).customer == "Acme")
    }

    // MARK: Data table

    @Test func dataTableIsAnExcelTableOverTheStreamedRows() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("report.xlsx").path
        try Self.renderExample(to: path)
        let dump = try SpreadsheetTools.openpyxlDump(path)
        let sheet = "A-B"

        let settings = try #require(dump.sheets[sheet])
        #expect(settings.tables == ["tblA_B": "A5:F7"])
        #expect(dump.sheets["A_B"]?.tables == ["tblA_B_2": "A5:F6"])
        #expect(settings.freeze == "A6")
        #expect(settings.orientation == "landscape")
        // Header names are unique and equal the table's column names.
        let headers = ["A", "B", "C", "D", "E", "F"].map { dump[sheet, "\($0)5"]?.value }
        #expect(headers == ["Date", "Number", "Customer", "Amount", "Amount 2", "Lines"].map { .text($0) })
        let tableXML = try #require(dump.xml["xl/tables/table1.xml"])
        #expect(tableXML.contains(#"ref="A5:F7""#) && tableXML.contains(#"<tableColumn id="5" name="Amount 2"/>"#))
        #expect(tableXML.contains(#"showRowStripes="1""#) && tableXML.contains(#"<autoFilter ref="A5:F7"/>"#))
        // Each header cell is in the sheet XML exactly once (add_table does not write it again).
        let sheetXML = try #require(dump.xml["xl/worksheets/sheet2.xml"])
        for column in ["A", "B", "C", "D", "E", "F"] {
            #expect(sheetXML.components(separatedBy: #"<c r="\#(column)5""#).count == 2, "header \(column)5")
        }
        // Typed cells, no indentation, text never a formula.
        #expect(dump[sheet, "A6"]?.value == .text("2026-10-03T00:00:00") && dump[sheet, "A6"]?.format == "yyyy-mm-dd")
        #expect(dump[sheet, "C6"]?.value == .text("-Acme") && dump[sheet, "C7"]?.value == .text("@Bistro"))
        #expect(dump[sheet, "D6"]?.value == .number(123.45) && dump[sheet, "E6"]?.value == .number(-5))
        #expect(dump[sheet, "F6"]?.value == .number(3) && dump[sheet, "F6"]?.format == XLSXNumberFormat.integer)
        #expect(dump[sheet, "A6"]?.indent == 0)
    }

    // MARK: LibreOffice

    @Test func libreOfficeRecalculatesToTheCachedValuesAndKeepsTheMetadata() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("report.xlsx").path
        try Self.renderExample(to: path)
        let cached = try SpreadsheetTools.openpyxlDump(path)

        // The first sheet as raw CSV, every formula recalculated by LibreOffice.
        let csvFolder = folder.appendingPathComponent("csv").path
        let csv = try ExternalTool.libreOfficeConvert(path, to: ExternalTool.rawCSV, into: csvFolder)
        let lines = try String(contentsOfFile: csv, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        for (row, line) in lines.enumerated() where row >= 8 && row < 14 {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false)
            for (index, column) in ["B", "C", "D"].enumerated() where index + 1 < fields.count {
                let reference = "\(column)\(row + 1)"
                let field = String(fields[index + 1])
                switch cached["P&L", reference]?.cached {
                case .number(let value)?:
                    // Raw CSV still writes percentages with a % sign, at full precision.
                    let number = field.hasSuffix("%") ? Double(field.dropLast()).map { $0 / 100 } : Double(field)
                    let recalculated = try #require(number, "\(reference): LibreOffice gives \"\(field)\"")
                    #expect(abs(recalculated - value) < 1e-9, "\(reference): LibreOffice \(recalculated), cached \(value)")
                default:
                    #expect(field.isEmpty, "\(reference): LibreOffice gives \"\(field)\", cached nothing")
                }
            }
        }
        #expect(lines.count > 13 && lines[13].hasPrefix("Net Income,1100.25,500,120.05%"))

        // Saved again as XLSX by LibreOffice: the hidden records sheet survives.
        let resaved = try ExternalTool.libreOfficeConvert(path, to: "xlsx", into: folder.appendingPathComponent("xlsx").path)
        let dump = try SpreadsheetTools.openpyxlDump(resaved)
        #expect(dump.sheets[ReportWorkbook.metadataSheetName]?.state == "hidden")
        guard case .text(let json)? = dump[ReportWorkbook.metadataSheetName, "B2"]?.value else {
            Issue.record("LibreOffice lost the request JSON"); return
        }
        #expect(try ReportRequest(json: json) == Self.request)
        #expect(dump["P&L", "B11"]?.value == .text("=SUM(B9:B10)"))
    }

    // MARK: Failures leave files alone

    @Test func missingFolderIsAClearError() throws {
        let path = "/tmp/no-such-folder-\(UUID().uuidString)/report.xlsx"
        #expect {
            _ = try ReportWorkbook(path: path)
        } throws: { error in
            (error as? XLSXWriteError)?.description.contains("does not exist") == true
        }
    }

    @Test func failureLeavesTheExistingFileUntouched() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("report.xlsx").path
        let original = Data("the user's workbook".utf8)
        try original.write(to: URL(fileURLWithPath: path))

        do {
            let workbook = try ReportWorkbook(path: path)
            try Self.render(Self.statementLayout, Self.statementRows,
                            into: workbook.sheet(named: "P&L", request: Self.request, builtAt: Self.builtAt))
            #expect {
                _ = try workbook.sheet(named: "Bad/Name", request: Self.request, builtAt: Self.builtAt)
            } throws: { error in
                (error as? XLSXWriteError)?.description.hasPrefix(#"report.xlsx, sheet "Bad/Name": "#) == true
            }
        } // The workbook is dropped without close().
        #expect(FileManager.default.contents(atPath: path) == original)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["report.xlsx"])

        // A successful close replaces the file.
        let workbook = try ReportWorkbook(path: path)
        try Self.render(Self.statementLayout, Self.statementRows,
                        into: workbook.sheet(named: "P&L", request: Self.request, builtAt: Self.builtAt))
        try workbook.close()
        #expect(FileManager.default.contents(atPath: path)?.starts(with: Data("PK".utf8)) == true)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["report.xlsx"])
    }

    @Test func writingAboveStreamedRowsIsAnError() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let writer = try XLSXWorkbookWriter(path: folder.appendingPathComponent("rows.xlsx").path)
        let sheet = try writer.addWorksheet(name: "Data")
        try sheet.write("second", row: 1, column: 0)
        #expect(throws: XLSXWriteError.self) { try sheet.write("first", row: 0, column: 0) }
        do {
            try sheet.write("first", row: 0, column: 0)
        } catch {
            #expect(error.sheet == "Data" && error.cell == "A1" && error.description.contains("out of range"))
        }
    }
}
