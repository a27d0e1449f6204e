import Foundation
import TestTools
import Testing
import Ledger
import LedgerStore
import Reports

/// Real reports from the example books, opened by LibreOffice: every formula it recalculates must come out
/// exactly as the value we cached, and the workbook must survive its save.
@Suite struct InteroperabilityTests {
    @Test func libreOfficeRecalculatesEveryFormulaOfRealReportsToOurValues() throws {
        let folder = try XLSXRendererTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("northwind.xlsx").path
        let asOf = LocalDate(iso: "2026-10-31")
        var requests: [(String, ReportRequest)] = []
        func add(_ sheet: String, _ report: String, _ company: String, _ configure: (inout ReportRequest) -> Void) {
            var request = ReportRequest(report: report, company: company)
            request.asOf = asOf
            configure(&request)
            requests.append((sheet, request))
        }
        add("P&L by month", "profit-and-loss", NorthwindBooks.us) { $0.period = .lastFiscalYear; $0.columns = .month }
        add("Balance sheet", "balance-sheet", NorthwindBooks.uk) { $0.compare = .previousYear }
        add("AR aging", "ar-aging", NorthwindBooks.canada) { $0.detail = true }
        add("General ledger", "general-ledger", NorthwindBooks.canada) { $0.period = .thisMonth }
        add("Trial balance", "trial-balance", NorthwindBooks.us) { $0.basis = .cash; $0.columns = .quarter }
        add("P&L by class", "profit-and-loss", NorthwindBooks.us) { $0.period = .lastFiscalYear; $0.columns = .class }
        add("P&L beside last year", "profit-and-loss", NorthwindBooks.canada) {
            $0.period = .thisFiscalYearToDate; $0.columns = .quarter; $0.compare = .previousYear
        }
        let budget = "Interoperability \(UUID().uuidString.prefix(8))"
        try NorthwindBooks.store.get().write { writer in
            let company = try writer.reader.company(named: NorthwindBooks.us)
            let created = try writer.addBudget(companyID: company.id, name: budget, fiscalYear: 2026)
            _ = try writer.setBudgetLines(budgetID: created.id, try writer.reader.budgetLines(company: company, fromActualsOf: 2025, changedBy: 5),
                                          expectedVersion: created.version)
        }
        add("Budget overview", "budget-overview", NorthwindBooks.us) { $0.asOf = nil; $0.budget = budget }
        add("Budget vs actual", "budget-vs-actual", NorthwindBooks.us) { $0.columns = .month; $0.budget = budget }
        add("Budget ledger", "budget-vs-actual", NorthwindBooks.us) { $0.layout = .budgetLedger; $0.budget = budget }
        add("Group budget vs actual", "budget-vs-actual", "") { $0.group = "Northwind Group"; $0.budget = "2026 Budget" }

        let workbook = try ReportWorkbook(path: path)
        for (sheet, request) in requests {
            let renderer = try workbook.sheet(named: sheet, request: request, builtAt: Date())
            try ReportBuilder.run(request, in: try NorthwindBooks.store.get(), today: asOf!, builtAt: Date(), into: renderer)
        }
        try workbook.close()

        let ours = try SpreadsheetTools.openpyxlDump(path)
        let resaved = try ExternalTool.libreOfficeConvert(path, to: "xlsx", into: folder.appendingPathComponent("lo").path)
        let theirs = try SpreadsheetTools.openpyxlDump(resaved)
        var checked = 0
        for (sheet, _) in requests {
            let cells = try #require(ours.sheets[sheet]?.cells, "\(sheet) is missing")
            for (reference, cell) in cells {
                guard case .text(let formula) = cell.value, formula.hasPrefix("=") else { continue }
                let recalculated = theirs[sheet, reference]?.cached
                switch (cell.cached, recalculated) {
                case (.number(let mine), .number(let libreOffice)?):
                    #expect(abs(mine - libreOffice) < 1e-6, "\(sheet)!\(reference) \(formula): ours \(mine), LibreOffice \(libreOffice)")
                case (.none, .none?), (.none, nil), (.text(""), .none?), (.text(""), nil):
                    break
                default:
                    Issue.record("\(sheet)!\(reference) \(formula): ours \(cell.cached), LibreOffice \(String(describing: recalculated))")
                }
                checked += 1
            }
        }
        #expect(checked > 1_000, "only \(checked) formulas checked")
        #expect(theirs.sheets[ReportWorkbook.metadataSheetName]?.state == "hidden")
    }
}
