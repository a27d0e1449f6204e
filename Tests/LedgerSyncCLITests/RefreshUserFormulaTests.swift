import Foundation
import Testing

/// A user's own formulas over a report show the new figures after `refresh`, in LibreOffice with its default
/// settings (which show stored formula results without recalculating): on a workbook the user last saved there.
@Suite struct RefreshUserFormulaTests {
    typealias CLI = LedgerSyncProcess

    static let libreOffice = "/usr/bin/libreoffice"

    /// Every sheet of `book` as LibreOffice shows it, by sheet name: rows of cells, as its CSV export writes them.
    private func shownByLibreOffice(_ book: String, in folder: URL) throws -> [String: [[String]]] {
        let out = folder.appendingPathComponent("shown-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        // Field 12, -1: every sheet, each to BOOK-SHEET.csv; values as stored, not as formatted.
        _ = try CLI.run(["-env:UserInstallation=file://\(folder.path)/profile", "--headless", "--convert-to",
                         "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1", "--outdir", out.path, book],
                        executable: URL(fileURLWithPath: Self.libreOffice))
        let stem = URL(fileURLWithPath: book).deletingPathExtension().lastPathComponent
        var sheets: [String: [[String]]] = [:]
        for file in try FileManager.default.contentsOfDirectory(atPath: out.path) where file.hasPrefix(stem + "-") {
            let text = try String(contentsOfFile: out.appendingPathComponent(file).path, encoding: .utf8)
            let sheet = String(file.dropFirst(stem.count + 1).dropLast(".csv".count))
            sheets[sheet] = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
                line.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "\"")) }
            }
        }
        return sheets
    }

    /// The sum of the numbers in column B of a sheet as shown.
    private func columnBTotal(_ rows: [[String]]) -> Decimal {
        rows.indices.compactMap { number(rows, row: $0, column: 1) }.reduce(0, +)
    }

    /// The cell's number, nil for a blank or text (`Sep 2026` included: `Decimal(string:)` alone reads its digits).
    private func number(_ rows: [[String]]?, row: Int, column: Int) -> Decimal? {
        guard let rows, rows.indices.contains(row), rows[row].indices.contains(column) else { return nil }
        let text = rows[row][column]
        guard !text.isEmpty, text.allSatisfy({ "0123456789.-E".contains($0) }) else { return nil }
        return Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: libreOffice)))
    func userFormulasOverARefreshedReportShowTheNewFiguresInLibreOffice() throws {
        let ledger = try CLI.exampleLedger()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("refresh-formulas-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("saved"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let built = folder.appendingPathComponent("book.xlsx").path
        #expect(try CLI.run(["report", "profit-and-loss", "--company", "Northwind Traders Inc", "--period", "this-month",
                             "--as-of", "2026-09-15", "-o", built], ledger: ledger).status == 0)
        // The user's sheets: one over the report, a formula over that on the same sheet, and one over that sheet.
        try CLI.run(["-c", """
            import sys, openpyxl
            wb = openpyxl.load_workbook(sys.argv[1])
            mine = wb.create_sheet("Mine")
            mine["A1"] = "=SUM('Profit and Loss'!B:B)"
            mine["B1"] = "=A1+1"
            summary = wb.create_sheet("Summary")
            summary["A1"] = "=Mine!B1*2"
            summary["A2"] = "kept as typed"
            wb.save(sys.argv[1])
            """, built], executable: URL(fileURLWithPath: "/usr/bin/python3"))
        // Saved by LibreOffice, which stores each formula's result.
        _ = try CLI.run(["-env:UserInstallation=file://\(folder.path)/profile", "--headless", "--convert-to", "xlsx",
                         "--outdir", folder.appendingPathComponent("saved").path, built],
                        executable: URL(fileURLWithPath: Self.libreOffice))
        let book = folder.appendingPathComponent("saved/book.xlsx").path
        let september = try shownByLibreOffice(book, in: folder)
        let septemberTotal = columnBTotal(try #require(september["Profit and Loss"]))
        #expect(number(september["Mine"], row: 0, column: 0) == septemberTotal)

        let refreshed = try CLI.run(["refresh", book, "--as-of", "2026-10-15"], ledger: ledger)
        #expect(refreshed.status == 0, "\(refreshed.stderr)")
        let october = try shownByLibreOffice(book, in: folder)
        let octoberTotal = columnBTotal(try #require(october["Profit and Loss"]))
        #expect(octoberTotal != septemberTotal, "October's figures must differ from September's for this test to show anything")
        #expect(number(october["Mine"], row: 0, column: 0) == octoberTotal)
        #expect(number(october["Mine"], row: 0, column: 1) == octoberTotal + 1)
        #expect(number(october["Summary"], row: 0, column: 0) == (octoberTotal + 1) * 2)
        #expect(october["Summary"]?[1].first == "kept as typed")
    }
}
