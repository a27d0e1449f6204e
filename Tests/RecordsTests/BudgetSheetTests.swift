import Foundation
import Ledger
import LedgerStore
import Records
import Testing

/// The budgets records type on the reference books: rows of one budget post as one record, a Total alone spreads to
/// the cent with the remainder in the fiscal year's last month, posting twice changes nothing, and an export edited
/// and posted back revises the budget.
@Suite struct BudgetSheetTests {
    private func stored(_ books: PostingBooks, _ company: String, _ name: String) throws -> (Budget, [String: [Int64]]) {
        try books.store.read { reader in
            let company = try reader.company(named: company)
            let budget = try #require(try reader.budget(companyID: company.id, named: name))
            let accounts = Dictionary(uniqueKeysWithValues: try reader.accounts(companyID: company.id).map { ($0.id, $0.number ?? "") })
            return (budget, Dictionary(uniqueKeysWithValues: try reader.budgetLines(budgetID: budget.id).map { (accounts[$0.accountID]!, $0.months) }))
        }
    }

    @Test func aTotalAloneSpreadsToTheCentAndPostingTwiceChangesNothing() throws {
        let books = try PostingBooks()
        // The UK company's fiscal 2027 runs April 2026 to March 2027: Jan and Feb are its tenth and eleventh months.
        let csv = try books.write("budgets.csv", """
            Post,Budget,Fiscal Year,Account,Class,Location,Jan,Feb,Mar,Apr,May,Jun,Jul,Aug,Sep,Oct,Nov,Dec,Total
            yes,2027 Plan,2027,4010 Product Sales,,,100,100,100,100,100,100,100,100,100,100,100,100,1200
            ,,,6210 Rent,,,,,,,,,,,,,,,1000.05
            ,,,6110 Wages and Salaries,,,10,20,,,,,,,,,,,

            """)
        let report = try books.post(csv, company: PostingBooks.uk)
        #expect(report.problems == [] && report.counts.posted == 1)
        let (budget, lines) = try stored(books, PostingBooks.uk, "2027 Plan")
        #expect(budget.fiscalYear == 2027 && budget.version == 2)
        #expect(lines["4010"] == Array(repeating: 100_00, count: 12))
        #expect(lines["6210"] == Array(repeating: 83_33, count: 11) + [83_42])
        #expect(lines["6210"]?.reduce(0, +) == 1_000_05 as Int64?)
        #expect(lines["6110"] == Array(repeating: 0, count: 9) + [10_00, 20_00, 0])

        let again = try books.post(csv, company: PostingBooks.uk)
        #expect(again.counts.unchanged == 1 && again.counts.posted + again.counts.updated + again.counts.errors == 0)
        let (same, sameLines) = try stored(books, PostingBooks.uk, "2027 Plan")
        #expect(same.version == 2 && sameLines == lines)
    }

    @Test func anExportEditedAndPostedBackRevisesTheBudget() throws {
        let books = try PostingBooks()
        let first = try books.write("plan.csv", """
            Post,Budget,Fiscal Year,Account,Jan,Feb,Mar,Apr,May,Jun,Jul,Aug,Sep,Oct,Nov,Dec,Total
            yes,Plan,2026,4010 Product Sales,,,,,,,,,,,,,12000
            ,,,6210 Rent,,,,,,,,,,,,,600

            """)
        #expect(try books.post(first).counts.posted == 1)
        let path = books.path("budgets-export.csv")
        let type = try RecordTypeCatalog(templatesFolder: PostingBooks.templates).type(named: "budgets")
        try RecordExport.write(type, company: PostingBooks.us, filter: RecordExportFilter(), store: books.store, to: path, builtAt: Date())
        let exported = try String(contentsOfFile: path, encoding: .utf8).components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(exported.count == 3)
        // Posted back untouched: unchanged. Then March's rent raised to 80.00 and the Total left as exported: refused.
        let marked = [exported[0]] + exported.dropFirst().map { "yes" + $0 }
        _ = try books.write("budgets-export.csv", marked.joined(separator: "\r\n") + "\r\n")
        #expect(try books.post(path) { $0.type = "budgets" }.counts.unchanged == 1)
        let rent = try #require(marked.firstIndex { $0.contains("6210") })
        var cells = marked[rent].components(separatedBy: ",")
        let march = try #require(exported[0].components(separatedBy: ",").firstIndex(of: "Mar"))
        cells[march] = "80.00"
        var edited = marked
        edited[rent] = cells.joined(separator: ",")
        _ = try books.write("budgets-export.csv", edited.joined(separator: "\r\n") + "\r\n")
        let mismatch = try books.post(path) { $0.type = "budgets" }
        #expect(mismatch.counts.errors == 1 && mismatch.problems.first?.contains("column \"Total\": 600.00 USD is not the months' sum 630.00 USD") == true,
                "\(mismatch.problems)")
        let total = try #require(exported[0].components(separatedBy: ",").firstIndex(of: "Total"))
        cells[total] = ""
        edited[rent] = cells.joined(separator: ",")
        _ = try books.write("budgets-export.csv", edited.joined(separator: "\r\n") + "\r\n")
        let revised = try books.post(path) { $0.type = "budgets" }
        #expect(revised.counts.updated == 1, "\(revised.problems)")
        let (budget, lines) = try stored(books, PostingBooks.us, "Plan")
        #expect(budget.version == 3 && lines["6210"]?[2] == 80_00 as Int64? && lines["6210"]?.reduce(0, +) == 630_00 as Int64?)
        #expect(lines["4010"] == Array(repeating: 1_000_00, count: 12))

        // In a workbook the exported Total is a live sum of the twelve months.
        let workbook = books.path("budgets-export.xlsx")
        try RecordExport.write(type, company: PostingBooks.us, filter: RecordExportFilter(), store: books.store, to: workbook, builtAt: Date())
        let sheet = try #require(try SpreadsheetTools.openpyxlDump([workbook])[workbook]?.sheets["Budgets"])
        let header = sheet.rows[0].map { value -> String in if case .text(let text) = value { text } else { "" } }
        let totalColumn = try #require(header.firstIndex(of: "Total")), january = try #require(header.firstIndex(of: "Jan"))
        let letter = { (column: Int) in String(UnicodeScalar(UInt8(65 + column))) }
        #expect(sheet.rows[1][totalColumn] == .text("=SUM(\(letter(january))2:\(letter(january + 11))2)"))
    }

    @Test func eachMistakeIsNamedOnItsRowAndColumn() throws {
        let books = try PostingBooks()
        let csv = try books.write("bad.csv", """
            Post,Budget,Fiscal Year,Account,Class,Location,Jan,Total
            yes,Bad,2026,1010,,,10,
            ,,,4010 Product Sales,Retail,New York,,100
            ,,,6210 Rent,,,5,
            ,,,6210 Rent,,,6,

            """)
        let report = try books.post(csv)
        #expect(report.counts.errors == 1 && report.counts.posted == 0)
        let problems = report.problems.joined(separator: "\n")
        #expect(problems.contains("row 2, column \"Account\": \"1010 Operating Account - Chase\" is a bank account; budgets are for income, cost of sales and expense accounts"), "\(problems)")
        #expect(problems.contains("row 3, column \"Location\": a budget line is for a class or a location, not both"), "\(problems)")
        #expect(problems.contains("row 5, column \"Account\": row 4 already budgets this account"), "\(problems)")
        #expect(try books.store.read { reader in try reader.budget(companyID: try reader.company(named: PostingBooks.us).id, named: "Bad") } == nil)
    }
}
