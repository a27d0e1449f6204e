import Foundation
import Ledger
import Refresh
import Reports
import TestTools
import Testing
import XLSXReading

/// Refreshing saved report workbooks: new figures in the report sheets, the user's own sheets, formulas and charts
/// kept, relative periods moved, edits to report sheets guarded, and reports added to a workbook of the user's.
@Suite struct WorkbookRefreshTests {
    typealias Books = RefreshBooks

    /// What a user adds with openpyxl: a first, active sheet "Analysis" with formulas on the report's cells and a
    /// bar chart of its income lines. Arguments: in, out, the rows of Net Income, Product Sales and Total Income.
    static let addAnalysisSheet = """
        import sys, openpyxl
        from openpyxl.chart import BarChart, Reference
        wb = openpyxl.load_workbook(sys.argv[1])
        net, sales, income = sys.argv[3:6]
        report = wb["Profit and Loss"]
        ws = wb.create_sheet("Analysis", 0)
        ws["A1"] = "Net income x2"; ws["B1"] = f"='Profit and Loss'!B{net}*2"
        ws["A2"] = "Product share"; ws["B2"] = f"=ROUND('Profit and Loss'!B{sales}/'Profit and Loss'!B{income},4)"
        chart = BarChart(); chart.add_data(Reference(report, min_col=2, min_row=int(sales), max_row=int(income)))
        ws.add_chart(chart, "D2")
        wb.active = 0
        wb.save(sys.argv[2])
        """

    func options(asOf: LocalDate? = Books.october15) -> RefreshOptions {
        RefreshOptions(asOf: asOf, today: LocalDate(year: 2026, month: 11, day: 21)!)
    }

    @Test(arguments: ["openpyxl", "LibreOffice"])
    func newFiguresReachTheUsersFormulasAndTheRestIsKept(savedBy writer: String) throws {
        let books = try RefreshBooks()
        try books.build("built.xlsx", [("Profit and Loss", Books.profitAndLoss())])
        let built = books.path("built.xlsx")
        let rows = try ["Net Income", "4010 Product Sales", "Total Income"].map { label in
            try #require(try Books.rowNumber(label, in: built), "no \(label) row")
        }
        var saved = books.path("saved.xlsx")
        try ExternalTool.python(Self.addAnalysisSheet, [built, saved] + rows.map(String.init))
        if writer == "LibreOffice" {
            saved = try ExternalTool.libreOfficeConvert(saved, to: "xlsx", into: books.path("resaved"))
        }
        let path = books.path("book.xlsx")
        try FileManager.default.copyItem(atPath: saved, toPath: path)
        // openpyxl keeps no formula results: the figures before come from the workbook as built.
        let netBefore = try #require(try Books.amount("Net Income", in: built))
        let salesBefore = try #require(try Books.amount("4010 Product Sales", in: built))

        try books.postInvoice("INV-REFRESH-1", amount: 123_456, on: LocalDate(year: 2026, month: 10, day: 10)!)
        let results = try WorkbookRefresh.refresh(path, from: books.store, recordTypes: RecordSheetRefreshTests.recordTypes.get, options: options())

        #expect(results.map(\.change) == [.rebuilt])
        #expect(results.first?.summary == "profit-and-loss of Northwind Traders Inc, October 1, 2026 to October 31, 2026")
        #expect(try Books.amount("Net Income", in: path) == netBefore + Decimal(string: "1234.56")!)
        #expect(try Books.amount("4010 Product Sales", in: path) == salesBefore + Decimal(string: "1234.56")!)
        let reader = try XLSXReader(path: path)
        #expect(reader.sheetNames == (try XLSXReader(path: saved)).sheetNames)
        let analysis = try Books.rows(path, sheet: "Analysis")
        #expect(analysis.map { $0[1]?.formula } == ["'Profit and Loss'!B\(rows[0])*2",
                                                    "ROUND('Profit and Loss'!B\(rows[1])/'Profit and Loss'!B\(rows[2]),4)"])

        // Only the parts a refresh rewrites changed: the user's sheet, drawing and chart are byte for byte the same.
        let before = try ExternalTool.partDigests(saved), after = try ExternalTool.partDigests(path)
        #expect(Set(before.keys).isSubset(of: after.keys))
        let changed = after.keys.filter { before[$0] != after[$0] }.sorted()
        let sheetParts = changed.filter { $0.hasPrefix("xl/worksheets/") }
        // The report, _ledgersync, and the user's Analysis: its formulas read the report, so their stored results are
        // gone and every program calculates them anew.
        #expect(sheetParts.count == 3, "changed sheets: \(sheetParts)")
        #expect(analysis.map { $0[1]?.value } == [.text(""), .text("")])
        #expect(Set(changed).subtracting(sheetParts) == ["xl/workbook.xml", "[Content_Types].xml", "xl/_rels/workbook.xml.rels"]
            .reduce(into: Set<String>()) { $0.insert($1) }.union(changed.filter { $0 == "xl/styles.xml" }))
        #expect(before.keys.contains { $0.hasPrefix("xl/charts/") })

        // LibreOffice opens it, and recalculating it sees the new figures through the user's formulas.
        let csv = try ExternalTool.libreOfficeConvert(path, to: ExternalTool.rawCSV, into: books.path("csv"))
        let lines = try String(contentsOfFile: csv, encoding: .utf8).split(separator: "\n").map { $0.split(separator: ",") }
        let net = try #require(try Books.amount("Net Income", in: path))
        #expect(lines.first.map { Decimal(string: String($0[1])) } == net * 2)
        // openpyxl reads it, chart included.
        let facts = try ExternalTool.python("""
            import sys, openpyxl
            wb = openpyxl.load_workbook(sys.argv[1])
            print(wb.sheetnames, len(wb["Analysis"]._charts), wb["Profit and Loss"]["A1"].value)
            """, [path])
        #expect(facts.contains("'Analysis', 'Profit and Loss', '_ledgersync'] 1 Northwind Traders Inc"))
    }

    @Test func relativePeriodsCountFromTheNewAsOfDate() throws {
        let books = try RefreshBooks()
        try books.build("book.xlsx", [("Profit and Loss", Books.profitAndLoss(asOf: Books.september15))])
        try books.build("october.xlsx", [("Profit and Loss", Books.profitAndLoss(asOf: Books.october15))])
        let path = books.path("book.xlsx")
        #expect(try Books.rows(path, sheet: "Profit and Loss")[2][0]?.value == .text("September 1, 2026 to September 30, 2026"))

        try WorkbookRefresh.refresh(path, from: books.store, recordTypes: RecordSheetRefreshTests.recordTypes.get, options: options(asOf: Books.october15))

        let refreshed = try Books.rows(path, sheet: "Profit and Loss"), october = try Books.rows(books.path("october.xlsx"), sheet: "Profit and Loss")
        #expect(refreshed[2][0]?.value == .text("October 1, 2026 to October 31, 2026"))
        // Every figure is October's; only the build-time line may differ.
        #expect(refreshed.filter { !Self.isBuildLine($0) } == october.filter { !Self.isBuildLine($0) })
        // The new as-of date is what the workbook now remembers: a refresh without one counts from today (November).
        try WorkbookRefresh.refresh(path, from: books.store, recordTypes: RecordSheetRefreshTests.recordTypes.get, options: options(asOf: nil))
        #expect(try Books.rows(path, sheet: "Profit and Loss")[2][0]?.value == .text("November 1, 2026 to November 30, 2026"))
    }

    static func isBuildLine(_ row: XLSXRow) -> Bool {
        if case .text(let text)? = row[0]?.value { return text.hasPrefix("Built ") }
        return false
    }

    @Test func anEditedReportSheetStopsTheRefreshUnlessForced() throws {
        let books = try RefreshBooks()
        try books.build("built.xlsx", [("Profit and Loss", Books.profitAndLoss()), ("Balance Sheet", {
            var request = ReportRequest(report: "balance-sheet", company: Books.us)
            request.asOf = Books.october15
            return request
        }())])
        let path = books.path("book.xlsx")
        try ExternalTool.python("""
            import sys, openpyxl
            wb = openpyxl.load_workbook(sys.argv[1]); wb["Balance Sheet"]["B9"] = 1; wb.save(sys.argv[2])
            """, [books.path("built.xlsx"), path])
        let original = try Data(contentsOf: URL(fileURLWithPath: path))

        #expect {
            try WorkbookRefresh.refresh(path, from: books.store, recordTypes: RecordSheetRefreshTests.recordTypes.get, options: options())
        } throws: { error in
            "\(error)".hasPrefix("book.xlsx, sheet \"Balance Sheet\": edited since LedgerSync built it")
                && "\(error)".contains("--force")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == original)

        var forced = options()
        forced.force = true
        let results = try WorkbookRefresh.refresh(path, from: books.store, recordTypes: RecordSheetRefreshTests.recordTypes.get, options: forced)
        #expect(results.map(\.change) == [.rebuilt, .rebuiltOverEdits])
        // The rebuilt sheet's fingerprint is the new one: the next refresh needs no --force.
        #expect(try WorkbookRefresh.refresh(path, from: books.store, recordTypes: RecordSheetRefreshTests.recordTypes.get, options: options()).map(\.change) == [.rebuilt, .rebuilt])
    }

    @Test func aReportThatCannotBeBuiltNamesItsSheetAndWritesNothing() throws {
        let books = try RefreshBooks()
        try books.build("built.xlsx", [("Profit and Loss", Books.profitAndLoss())])
        let path = books.path("book.xlsx")
        try ExternalTool.python("""
            import sys, openpyxl
            wb = openpyxl.load_workbook(sys.argv[1]); cell = wb["_ledgersync"]["B2"]
            cell.value = cell.value.replace("Northwind Traders Inc", "Northwind Gone Ltd"); wb.save(sys.argv[2])
            """, [books.path("built.xlsx"), path])
        let original = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect {
            try WorkbookRefresh.refresh(path, from: books.store, recordTypes: RecordSheetRefreshTests.recordTypes.get, options: options())
        } throws: { error in
            "\(error)".hasPrefix("book.xlsx, sheet \"Profit and Loss\": ") && "\(error)".contains("Northwind Gone Ltd")
                && "\(error)".hasSuffix("; nothing was written")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == original)
    }

    @Test func aGroupReportRefreshesLikeACompanys() throws {
        let books = try RefreshBooks()
        var request = ReportRequest(report: "profit-and-loss", company: "")
        request.group = "Northwind Group"
        request.period = .thisMonth
        request.asOf = Books.september15
        try books.build("group.xlsx", [("Group P&L", request)])
        let path = books.path("group.xlsx")
        let results = try WorkbookRefresh.refresh(path, from: books.store, recordTypes: RecordSheetRefreshTests.recordTypes.get, options: options(asOf: Books.october15))
        #expect(results.map(\.summary) == ["profit-and-loss of Northwind Group, October 1, 2026 to October 31, 2026"])
        let header = try #require(try Books.rows(path, sheet: "Group P&L").first { $0[0]?.value == .text("Account") })
        #expect(header.cells.compactMap { $0?.value } == [.text("Account"), .text(Books.us), .text("Northwind Canada Ltd"),
                                                         .text("Northwind UK Ltd"), .text("Eliminations"), .text("Consolidated")])
    }

    @Test func dryRunWritesNothing() throws {
        let books = try RefreshBooks()
        try books.build("book.xlsx", [("Profit and Loss", Books.profitAndLoss())])
        let path = books.path("book.xlsx")
        let original = try Data(contentsOf: URL(fileURLWithPath: path))
        var dryRun = options()
        dryRun.dryRun = true
        let results = try WorkbookRefresh.refresh(path, from: books.store, recordTypes: RecordSheetRefreshTests.recordTypes.get, options: dryRun)
        #expect(results.map { $0.line(dryRun: true) } == [
            "would refresh \"Profit and Loss\": profit-and-loss of Northwind Traders Inc, October 1, 2026 to October 31, 2026"])
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == original)
        #expect(try FileManager.default.contentsOfDirectory(atPath: books.folder.path).filter { $0.hasSuffix(".tmp") }.isEmpty)
    }

    @Test func reportsJoinAWorkbookOfTheUsersAndRefreshTogether() throws {
        let books = try RefreshBooks()
        let path = books.path("mine.xlsx")
        try ExternalTool.python("""
            import sys, openpyxl
            wb = openpyxl.Workbook(); wb.active.title = "Notes"; wb.active["A1"] = "my notes"; wb.save(sys.argv[1])
            """, [path])
        try WorkbookRefresh.addReport([ReportSheet(name: "P&L", request: Books.profitAndLoss())], to: path, from: books.store, options: options())
        var balance = ReportRequest(report: "balance-sheet", company: Books.us)
        balance.asOf = Books.october15
        try WorkbookRefresh.addReport([ReportSheet(name: "BS", request: balance)], to: path, from: books.store, options: options())
        #expect(try XLSXReader(path: path).sheetNames == ["Notes", "P&L", "_ledgersync", "BS"])

        #expect {
            try WorkbookRefresh.addReport([ReportSheet(name: "notes", request: balance)], to: path, from: books.store, options: options())
        } throws: { "\($0)" == "mine.xlsx, sheet \"notes\": is not a sheet LedgerSync built; choose another --sheet name, or add --force to replace it" }

        try books.postInvoice("INV-REFRESH-2", amount: 50_000, on: LocalDate(year: 2026, month: 10, day: 3)!)
        let results = try WorkbookRefresh.refresh(path, from: books.store, recordTypes: RecordSheetRefreshTests.recordTypes.get, options: options())
        #expect(results.map(\.sheet) == ["P&L", "BS"])
        #expect(try Books.rows(path, sheet: "Notes").first?[0]?.value == .text("my notes"))
        #expect(try Books.rows(path, sheet: "BS").contains { $0[0]?.value == .text("Total Assets") })
    }
}
