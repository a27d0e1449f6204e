import Foundation
import TestTools
import Testing

/// `convert` as a user runs it: the reader `records post` uses, in both directions.
@Suite struct ConvertCommandTests {
    typealias CLI = LedgerSyncProcess

    private func folder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("convert-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test func csvToXLSXAndBackKeepsTheValues() throws {
        let folder = try folder()
        let input = folder.appendingPathComponent("pasted.csv").path
        // A BOM, semicolons, a quoted delimiter, CRLF, and a code with a leading zero that must stay text.
        try Data("\u{FEFF}Name;Amount;Date;Code\r\n\"Acme; Inc\";1234.50;2026-03-04;00123\r\nBob;-7;2026-02-28;x\r\n".utf8)
            .write(to: URL(fileURLWithPath: input))
        let workbook = folder.appendingPathComponent("pasted.xlsx").path
        let toXLSX = try CLI.run(["convert", input, "-o", workbook])
        #expect(toXLSX.status == 0, "\(toXLSX.stderr)")
        let back = folder.appendingPathComponent("back.csv").path
        let toCSV = try CLI.run(["convert", workbook, "-o", back])
        #expect(toCSV.status == 0, "\(toCSV.stderr)")
        #expect(try String(contentsOfFile: back, encoding: .utf8)
            == "Name,Amount,Date,Code\r\nAcme; Inc,1234.5,2026-03-04,00123\r\nBob,-7,2026-02-28,x\r\n")
    }

    @Test func aReportWorkbookReadsBackWithItsNumbers() throws {
        let folder = try folder()
        let ledger = CLI.temporaryLedger()
        _ = try CLI.run(["company", "add", "Harbor Bakery", "--currency", "EUR"], ledger: ledger)
        let workbook = folder.appendingPathComponent("tb.xlsx").path
        #expect(try CLI.run(["report", "trial-balance", "-o", workbook, "--sheet", "TB"], ledger: ledger).status == 0)
        let csv = folder.appendingPathComponent("tb.csv").path
        let outcome = try CLI.run(["convert", workbook, "-o", csv, "--sheet", "tb"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let lines = try String(contentsOfFile: csv, encoding: .utf8).components(separatedBy: "\r\n")
        #expect(lines.first == "Harbor Bakery")
        #expect(lines.contains("Account,Debit,Credit"))
        #expect(lines.contains("Total,0,0"), "the empty books' totals are live formulas whose cached values read back")

        let missing = try CLI.run(["convert", workbook, "-o", folder.appendingPathComponent("x.csv").path, "--sheet", "P&L"])
        #expect(missing.status == 2)
        #expect(missing.stderr == "ledgersync: tb.xlsx: has no sheet \"P&L\"; its sheets are \"TB\", \"_ledgersync\" (or give a number from 1 to 2)\n")
    }

    @Test func formulaLookingTextIsGuardedUnlessRawIsAsked() throws {
        let folder = try folder()
        let workbook = folder.appendingPathComponent("notes.xlsx").path
        // Text cells (not formulas) as openpyxl writes them when told they are strings, and a negative number.
        _ = try ExternalTool.python("""
            import sys
            from openpyxl import Workbook
            wb = Workbook()
            ws = wb.active
            texts = ['=HYPERLINK("http://x.example","click")', "+cmd|' /C calc'!A0", "@SUM(A1:A2)", "-1+1", "plain"]
            for row, text in enumerate(texts, start=1):
                cell = ws.cell(row=row, column=1, value=text)
                cell.data_type = "s"
            ws["B1"] = -5
            wb.save(sys.argv[1])
            """, [workbook])
        let guarded = folder.appendingPathComponent("guarded.csv").path, raw = folder.appendingPathComponent("raw.csv").path
        #expect(try CLI.run(["convert", workbook, "-o", guarded]).status == 0)
        #expect(try String(contentsOfFile: guarded, encoding: .utf8) == """
            "'=HYPERLINK(""http://x.example"",""click"")",-5\r\n'+cmd|' /C calc'!A0\r\n'@SUM(A1:A2)\r\n'-1+1\r\nplain\r\n
            """)
        #expect(try CLI.run(["convert", workbook, "-o", raw, "--raw"]).status == 0)
        #expect(try String(contentsOfFile: raw, encoding: .utf8) == """
            "=HYPERLINK(""http://x.example"",""click"")",-5\r\n+cmd|' /C calc'!A0\r\n@SUM(A1:A2)\r\n-1+1\r\nplain\r\n
            """)
    }
}
