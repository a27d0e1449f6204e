import Foundation
import TestTools
import Testing

/// The whole loop a bookkeeper runs: template, fill in another program, post, report, export, edit and void,
/// post, report, and post again with nothing left to do.
@Suite struct RecordsRoundTripTests {
    private let company = "Round Trip Foods"

    private func ledgersync(_ arguments: [String], _ ledger: String, expect status: Int32 = 0) throws -> String {
        let outcome = try LedgerSyncProcess.run(arguments, ledger: ledger)
        #expect(outcome.status == status, "ledgersync \(arguments.joined(separator: " ")): \(outcome.stderr)")
        return outcome.stdout
    }

    /// Total Income of March 2026 from the P&L as CSV.
    private func marchIncome(_ ledger: String, folder: URL) throws -> String {
        let path = folder.appendingPathComponent("pl.csv").path
        _ = try ledgersync(["report", "profit-and-loss", "--from", "2026-03-01", "--to", "2026-03-31", "-o", path, "--force"], ledger)
        let line = try String(contentsOfFile: path, encoding: .utf8).split(whereSeparator: \.isNewline).first { $0.hasPrefix("Total Income,") }
        return line.map { String($0.dropFirst("Total Income,".count)) } ?? "missing"
    }

    @Test func templateFillPostReportExportEditVoidPostReportAndPostAgain() throws {
        let ledger = LedgerSyncProcess.temporaryLedger()
        let folder = URL(fileURLWithPath: ledger).deletingLastPathComponent().appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        func file(_ name: String) -> String { folder.appendingPathComponent(name).path }
        _ = try ledgersync(["company", "add", company, "--currency", "USD"], ledger)
        try "Post,Name,Terms\nyes,Corner Deli,30\nyes,Harbor Cafe,15\n".write(toFile: file("customers.csv"), atomically: true, encoding: .utf8)
        #expect(try ledgersync(["records", "post", file("customers.csv")], ledger).contains("2 posted"))
        try "Post,Name,Kind,Rate,Income Account\nyes,Coffee Beans,Product,12.50,4010 Product Sales\n"
            .write(toFile: file("items.csv"), atomically: true, encoding: .utf8)
        #expect(try ledgersync(["records", "post", file("items.csv")], ledger).contains("1 posted"))

        let template = file("invoices.xlsx")
        _ = try ledgersync(["records", "template", "invoices-and-bills", "-o", template], ledger)
        try ExternalTool.python("""
            import sys, datetime
            from openpyxl import load_workbook
            wb = load_workbook(sys.argv[1])
            ws = wb["Invoices and Bills"]
            head = [c.value for c in ws[1]]
            def put(row, **values):
                for name, value in values.items():
                    ws.cell(row=row, column=next(i for i, h in enumerate(head) if h.rstrip(" *") == name) + 1, value=value)
            put(2, Post="yes", Type="Invoice", Number="RT-1", Customer="Corner Deli", Date=datetime.date(2026, 3, 2), Item="Coffee Beans", Quantity=10)
            put(3, Item="Coffee Beans", Quantity=2, Rate=11)
            put(4, Post="yes", Type="Invoice", Number="RT-2", Customer="harbor cafe", Date="3/9/2026", Account="4020 Service Revenue", Amount="$300.00")
            wb.save(sys.argv[1])
            """, [template])
        #expect(try ledgersync(["records", "post", template], ledger).contains("2 posted, 0 updated"))
        #expect(try marchIncome(ledger, folder: folder) == "447.00")

        let export = file("export.xlsx")
        _ = try ledgersync(["records", "export", "invoices-and-bills", "--from", "2026-03-01", "--to", "2026-03-31", "-o", export], ledger)
        try ExternalTool.python("""
            import sys
            from openpyxl import load_workbook
            wb = load_workbook(sys.argv[1])
            ws = wb["Invoices and Bills"]
            head = [c.value.rstrip(" *") if c.value else None for c in ws[1]]
            col = lambda name: head.index(name) + 1
            for row in range(2, ws.max_row + 1):
                number = ws.cell(row=row, column=col("Number")).value
                if number == "RT-1":
                    ws.cell(row=row, column=col("Post"), value="yes")
                    if ws.cell(row=row, column=col("Quantity")).value == 10:
                        ws.cell(row=row, column=col("Quantity"), value=20)
                if number == "RT-2":
                    ws.cell(row=row, column=col("Post"), value="yes")
                    ws.cell(row=row, column=col("Action"), value="void")
            wb.save(sys.argv[1])
            """, [export])
        let edited = try ledgersync(["records", "post", export], ledger)
        #expect(edited.contains("0 posted, 1 updated, 1 voided, 0 unchanged, 0 with errors"))
        #expect(try marchIncome(ledger, folder: folder) == "272.00")
        _ = try ledgersync(["ledger", "check"], ledger)

        let again = try ledgersync(["records", "post", export], ledger)
        #expect(again.contains("0 posted, 0 updated, 0 voided, 0 unchanged, 0 with errors"))
        #expect(try ledgersync(["records", "post", template], ledger).contains("0 posted, 0 updated, 0 voided, 0 unchanged"))
        #expect(try marchIncome(ledger, folder: folder) == "272.00")
    }
}
