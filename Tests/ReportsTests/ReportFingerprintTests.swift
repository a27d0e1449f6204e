import Foundation
import Ledger
import Reports
import Spreadsheet
import TestTools
import Testing
import XLSXReading

/// A real report workbook remembers each sheet's fingerprint: the file's own cells give it back, so do the same
/// cells after openpyxl or LibreOffice saved the workbook again, and an edit of one cell does not.
@Suite struct ReportFingerprintTests {
    static let sheets = ["P&L by month", "Bob's AR aging", "Invoices", "General ledger", "Balance sheet"]

    /// Statements with SUM formulas, aging detail with dates and group totals, a data table with dates, a general
    /// ledger with running-balance formulas; one sheet name needs quoting in formulas.
    static func buildWorkbook(in folder: URL) throws -> String {
        let path = folder.appendingPathComponent("reports.xlsx").path
        let asOf = LocalDate(year: 2026, month: 10, day: 31)!
        func request(_ report: String, _ company: String, _ configure: (inout ReportRequest) -> Void) -> ReportRequest {
            var request = ReportRequest(report: report, company: company)
            request.asOf = asOf
            configure(&request)
            return request
        }
        let requests = [
            request("profit-and-loss", NorthwindBooks.us) { $0.period = .lastFiscalYear; $0.columns = .month },
            request("ar-aging", NorthwindBooks.us) { $0.detail = true },
            request("invoices", NorthwindBooks.us) { $0.period = .thisFiscalYearToDate },
            request("general-ledger", NorthwindBooks.canada) { $0.period = .thisMonth },
            request("balance-sheet", NorthwindBooks.uk) { $0.compare = .previousYear },
        ]
        let workbook = try ReportWorkbook(path: path)
        for (sheet, request) in zip(sheets, requests) {
            let renderer = try workbook.sheet(named: sheet, request: request, builtAt: XLSXRendererTests.builtAt)
            try ReportBuilder.run(request, in: try NorthwindBooks.store.get(), today: asOf, builtAt: XLSXRendererTests.builtAt,
                                  into: renderer)
        }
        try workbook.close()
        return path
    }

    /// The manifest of `path`, checked: one entry per report sheet, each under its name, present, fingerprinted.
    static func manifest(_ path: String) throws -> (XLSXReader, [SheetManifest.Entry]) {
        let reader = try XLSXReader(path: path)
        let entries = try #require(try SheetManifest.read(from: reader)).entries
        #expect(entries.map(\.sheet) == sheets)
        #expect(entries.allSatisfy { !$0.sheetIsGone && $0.fingerprint != nil })
        return (reader, entries)
    }

    /// Every sheet's cells still give the fingerprint its manifest entry recorded.
    static func expectUnchanged(_ path: String, written: [SheetManifest.Entry]) throws {
        let (reader, entries) = try manifest(path)
        #expect(entries == written)
        for entry in written {
            #expect(try SheetFingerprint.of(sheet: entry.sheet, in: reader) == entry.fingerprint, "\(entry.sheet)")
        }
    }

    @Test func fingerprintWrittenWithEachSheetIsTheOneItsCellsGive() throws {
        let folder = try XLSXRendererTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = try Self.buildWorkbook(in: folder)
        let (_, written) = try Self.manifest(path)
        #expect(Set(written.compactMap(\.fingerprint)).count == Self.sheets.count)
        try Self.expectUnchanged(path, written: written)
    }

    @Test func openpyxlSaveKeepsEveryFingerprintAndTheManifest() throws {
        let folder = try XLSXRendererTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = try Self.buildWorkbook(in: folder)
        let (_, written) = try Self.manifest(path)
        let resaved = folder.appendingPathComponent("openpyxl.xlsx").path
        try ExternalTool.python("from openpyxl import load_workbook; import sys; load_workbook(sys.argv[1]).save(sys.argv[2])",
                                [path, resaved])
        try Self.expectUnchanged(resaved, written: written)
        // openpyxl saved every formula without its value.
        var formulas: [XLSXCell] = []
        try XLSXReader(path: resaved).forEachRow(inSheet: "P&L by month") { row in
            formulas += row.cells.compactMap { $0 }.filter { $0.formula != nil }
        }
        #expect(formulas.count > 100 && formulas.allSatisfy { $0.value == .text("") })
    }

    @Test func libreOfficeSaveKeepsEveryFingerprintAndTheAnchors() throws {
        let folder = try XLSXRendererTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = try Self.buildWorkbook(in: folder)
        let (_, written) = try Self.manifest(path)
        let resaved = try ExternalTool.libreOfficeConvert(path, to: "xlsx", into: folder.appendingPathComponent("lo").path)
        try Self.expectUnchanged(resaved, written: written)
        // LibreOffice writes the anchors back in Excel's syntax, quoting only the names that need it.
        var anchors: [String?] = []
        try XLSXReader(path: resaved).forEachRow(inSheet: SheetManifest.sheetName) { row in
            if row.number > 1 { anchors.append(row[4]?.formula) }
        }
        #expect(anchors == ["ROWS('P&L by month'!$1:$1048576)", "ROWS('Bob''s AR aging'!$1:$1048576)", "ROWS(Invoices!$1:$1048576)",
                            "ROWS('General ledger'!$1:$1048576)", "ROWS('Balance sheet'!$1:$1048576)"])
    }

    /// Four copies of the workbook, each with one edit to "P&L by month" made by openpyxl: a number changed by a
    /// cent, a cell cleared, a value typed into an empty cell, a formula replaced by its value.
    @Test func anEditedCellChangesItsSheetsFingerprintOnly() throws {
        let folder = try XLSXRendererTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = try Self.buildWorkbook(in: folder)
        let (_, written) = try Self.manifest(path)
        let edited = "P&L by month"
        let prefix = folder.appendingPathComponent("edited").path
        let output = try ExternalTool.python(Self.editScript, [path, prefix, edited])
        let edits = try JSONDecoder().decode([String: String].self, from: Data(output.utf8))
        #expect(edits.keys.sorted() == ["cleared", "formula-to-value", "number", "typed"])
        for (edit, cell) in edits {
            let reader = try XLSXReader(path: "\(prefix)-\(edit).xlsx")
            for entry in written {
                let fingerprint = try SheetFingerprint.of(sheet: entry.sheet, in: reader)
                if entry.sheet == edited {
                    #expect(fingerprint != entry.fingerprint, "\(edit) at \(cell) went unnoticed")
                } else {
                    #expect(fingerprint == entry.fingerprint, "\(edit) at \(edited)!\(cell) changed \(entry.sheet)")
                }
            }
        }
    }

    private static let editScript = """
        import json, sys
        from openpyxl import load_workbook
        source, prefix, name = sys.argv[1:4]
        cached = load_workbook(source, data_only=True)[name]

        def body(ws):
            return [cell for row in ws.iter_rows(min_row=2) for cell in row]

        def number(ws):
            cell = next(c for c in body(ws) if type(c.value) in (int, float))
            cell.value += 0.01
            return cell.coordinate

        def cleared(ws):
            cell = [c for c in body(ws) if type(c.value) in (int, float)][1]
            cell.value = None
            return cell.coordinate

        def typed(ws):
            cell = next(c for c in body(ws) if c.value is None)
            cell.value = "checked"
            return cell.coordinate

        def formula_to_value(ws):
            cell = next(c for c in body(ws) if isinstance(c.value, str) and c.value.startswith("="))
            value = cached[cell.coordinate].value
            assert value is not None, cell.coordinate
            cell.value = value
            return cell.coordinate

        edits = {}
        for edit, change in (("number", number), ("cleared", cleared), ("typed", typed), ("formula-to-value", formula_to_value)):
            workbook = load_workbook(source)
            edits[edit] = change(workbook[name])
            workbook.save(f"{prefix}-{edit}.xlsx")
        print(json.dumps(edits))
        """
}
