import Foundation
import Testing
import TestTools

/// `report` and `table` as a user runs them, on one copy of the example books.
@Suite struct ReportCommandTests {
    typealias CLI = LedgerSyncProcess

    static let ledger = Result { try CLI.exampleLedger() }

    private func run(_ arguments: [String]) throws -> LedgerSyncProcess.Outcome {
        try CLI.run(arguments, ledger: try Self.ledger.get())
    }

    private func temporaryFile(_ name: String) -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("reports-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder.appendingPathComponent(name).path
    }

    @Test func reportListNamesEveryReportAndTableWithItsOptions() throws {
        let list = try CLI.run(["report", "list"])
        #expect(list.status == 0)
        for name in ["profit-and-loss", "balance-sheet", "trial-balance", "general-ledger", "ar-aging", "ap-aging",
                     "invoices", "bills", "payments", "customers", "vendors", "accounts", "items", "transactions"] {
            #expect(list.stdout.contains("\n\(name) "), "\(name)")
        }
        let profitLine = list.stdout.split(separator: "\n").first { $0.hasPrefix("profit-and-loss ") } ?? ""
        #expect(profitLine.contains("--basis") && profitLine.contains("--compare") && profitLine.contains("--columns"))
    }

    @Test func textReportOnTheTerminal() throws {
        let outcome = try run(["report", "balance-sheet", "--company", "Northwind UK Ltd", "--as-of", "2026-10-31"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let lines = outcome.stdout.split(separator: "\n").map(String.init)
        #expect(Array(lines.prefix(3)) == ["Northwind UK Ltd", "Balance Sheet", "As of October 31, 2026"])
        let assets = lines.first { $0.hasPrefix("Total Assets ") }
        let liabilitiesAndEquity = lines.first { $0.hasPrefix("Total Liabilities and Equity ") }
        #expect(assets?.split(separator: " ").last == liabilitiesAndEquity?.split(separator: " ").last)
    }

    @Test func workbookIsWrittenOnceAndReplacedOnlyWithForce() throws {
        let path = temporaryFile("pl.xlsx")
        let arguments = ["report", "profit-and-loss", "--company", "Northwind Traders Inc", "--period", "last-month",
                         "--as-of", "2026-11-21", "-o", path]
        let first = try run(arguments)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stderr == "wrote \(path)\n")
        let written = try #require(FileManager.default.contents(atPath: path))
        #expect(written.starts(with: Data("PK".utf8)))

        let refused = try run(arguments)
        #expect(refused.status == 2)
        #expect(refused.stderr == "ledgersync: \(path) already exists: add --sheet NAME to add the report to it as a sheet, or --force to replace the file\n")
        #expect(FileManager.default.contents(atPath: path) == written)

        #expect(try run(arguments + ["--force"]).status == 0)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: URL(fileURLWithPath: path).deletingLastPathComponent().path)
        #expect(leftovers == ["pl.xlsx"], "no temporary files left behind")
    }

    @Test func csvHasOneHeaderAndPlainNumbers() throws {
        let path = temporaryFile("tb.csv")
        let outcome = try run(["report", "trial-balance", "--company", "Northwind Canada Ltd", "--as-of", "2026-06-30", "-o", path])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let lines = text.components(separatedBy: "\r\n")
        #expect(lines.first == "Account,Debit,Credit")
        let total = try #require(lines.first { $0.hasPrefix("Total,") })
        let fields = total.split(separator: ",")
        #expect(fields.count == 3 && fields[1] == fields[2])
        // Plain numbers: no thousands separators, no parentheses, exactly the currency's two decimals.
        #expect(fields[1].wholeMatch(of: /[0-9]+\.[0-9]{2}/) != nil, "\(fields[1])")
    }

    @Test func mistakesGetOneLineNamingTheFix() throws {
        let company = ["--company", "Northwind Traders Inc"]
        let cases: [([String], String)] = [
            (["report", "profit-and-los"] + company, "ledgersync: no report or table named \"profit-and-los\" (did you mean \"profit-and-loss\"?); `ledgersync report list` names them all\n"),
            (["report", "trial-balance", "--compare", "previous-year"] + company,
             "ledgersync: trial-balance does not take --compare; it takes: --period, --as-of, --from/--to, --basis, --columns, --class, --location\n"),
            (["report", "profit-and-loss", "--from", "2026-01-01"] + company, "ledgersync: --from and --to go together: add --to (dates as YYYY-MM-DD)\n"),
            (["report", "profit-and-loss", "--class", "Retial"] + company, "ledgersync: no class named \"Retial\" in Northwind Traders Inc (did you mean \"Retail\"?)\n"),
            (["report", "balance-sheet", "-o", "balance.pdf"] + company, "ledgersync: balance.pdf: write to a .xlsx or .csv file, or leave out -o to print a table\n"),
            (["report", "balance-sheet"], "ledgersync: choose a company with --company: Northwind Canada Ltd, Northwind Traders Inc, Northwind UK Ltd\n"),
            (["report", "balance-sheet", "--sheet", "BS"] + company, "ledgersync: --sheet names a worksheet: use it with -o FILE.xlsx\n"),
            (["report", "balance-sheet", "--group", "Northwind Group"] + company, "ledgersync: give --company or --group, not both\n"),
            (["report", "balance-sheet", "--wait=-1"] + company, "ledgersync: --wait takes a number of seconds, 0 or more\n"),
        ]
        for (arguments, message) in cases {
            let outcome = try run(arguments)
            #expect(outcome.status == 2, "\(arguments)")
            #expect(outcome.stderr == message, "\(arguments)")
        }
        #expect(try run(["report", "balance-sheet", "--as-of", "2026-02-30"] + company).status == 64)
    }
}

/// Group reports from the command line: the sheets a group's workbook gets, and what cannot be asked of a group.
@Suite struct GroupReportCommandTests {
    typealias CLI = LedgerSyncProcess

    private func run(_ arguments: [String]) throws -> LedgerSyncProcess.Outcome {
        try CLI.run(arguments, ledger: try ReportCommandTests.ledger.get())
    }

    @Test func trialBalanceWithASheetPerCompanyAndTheRates() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("group-report-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("group.xlsx").path
        let written = try run(["report", "trial-balance", "--group", "Northwind Group", "--as-of", "2026-10-31", "--by-company", "-o", path])
        #expect(written.status == 0, "\(written.stderr)")
        let sheets = try ExternalTool.python("""
            import sys, openpyxl
            wb = openpyxl.load_workbook(sys.argv[1])
            print("|".join(wb.sheetnames))
            rates = wb["Rates"]
            print(rates["A1"].value, "|", rates["A2"].value, "|", sorted({row[0] for row in rates.iter_rows(min_row=12, values_only=True) if row[0] and row[5]}))
            """, [path])
        let lines = sheets.split(separator: "\n").map(String.init)
        #expect(lines.first == "Trial Balance|Northwind Traders Inc|Northwind Canada Ltd|Northwind UK Ltd|Rates|_ledgersync")
        #expect(lines.dropFirst().first == "Northwind Group | Exchange Rates for the Trial Balance | ['Closing rate', 'Historical rate', 'Monthly average']")

        // LibreOffice opens it and, recalculating every live total, finds each column adding up to zero (to the cent:
        // floating-point sums leave a residue of about 1e-10).
        let resaved = try ExternalTool.libreOfficeConvert(path, to: "xlsx", into: folder.appendingPathComponent("lo").path)
        let totals = try ExternalTool.python("""
            import sys, openpyxl
            sheet = openpyxl.load_workbook(sys.argv[1], data_only=True)["Trial Balance"]
            print([[float(round(value, 2) + 0) for value in row[1:]] for row in sheet.iter_rows(values_only=True) if row[0] == "Total"])
            """, [resaved])
        #expect(totals.trimmingCharacters(in: .whitespacesAndNewlines) == "[[0.0, 0.0, 0.0, 0.0, 0.0]]")

        let refreshed = try CLI.run(["refresh", path, "--as-of", "2026-10-31"], ledger: try ReportCommandTests.ledger.get())
        #expect(refreshed.status == 0, "\(refreshed.stderr)")
        #expect(refreshed.stdout.contains("refreshed \"Northwind Canada Ltd\": trial-balance of Northwind Canada Ltd in Northwind Group, As of October 31, 2026"))
        #expect(refreshed.stdout.contains("refreshed \"Rates\": exchange rates for the trial-balance of Northwind Group, As of October 31, 2026"))
    }

    @Test func groupOptionsThatCannotWork() throws {
        let csv = FileManager.default.temporaryDirectory.appendingPathComponent("group-\(UUID().uuidString).csv").path
        let byCompanyToCSV = try run(["report", "profit-and-loss", "--group", "Northwind Group", "--by-company", "-o", csv])
        #expect(byCompanyToCSV.stderr == "ledgersync: --by-company adds a sheet per company: write to an .xlsx file\n")
        #expect(!FileManager.default.fileExists(atPath: csv))
        let byCompanyAlone = try run(["report", "profit-and-loss", "--company", "Northwind UK Ltd", "--by-company"])
        #expect(byCompanyAlone.stderr == "ledgersync: --by-company is for group reports: add --group NAME\n")
        let aging = try run(["report", "ar-aging", "--group", "Northwind Group"])
        #expect(aging.stderr.contains("ar-aging is not built for groups; --group works with profit-and-loss, balance-sheet, trial-balance and budget-vs-actual"))
    }
}
