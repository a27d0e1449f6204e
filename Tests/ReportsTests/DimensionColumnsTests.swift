import Ledger
import Reports
import Spreadsheet
import Testing

/// A profit and loss with a column per class or location: every row adds up across its columns to the plain
/// statement's figure, to the cent, on either basis; the Total column is a live sum.
@Suite struct DimensionColumnsTests {
    private func build(_ configure: (inout ReportRequest) -> Void) throws -> RecordingSink {
        var request = ReportRequest(report: "profit-and-loss", company: NorthwindBooks.us)
        request.period = .lastFiscalYear
        request.asOf = LocalDate(iso: "2026-10-31")
        configure(&request)
        return try NorthwindBooks.run(request)
    }

    private func money(_ cell: CellValue) -> Int64? {
        if case .money(let units) = cell.value { return units }
        return nil
    }

    @Test(arguments: [ReportRequest.ColumnSplit.class, .location], [ReportRequest.Basis.accrual, .cash])
    func everyRowAddsUpAcrossItsColumnsToThePlainStatement(split: ReportRequest.ColumnSplit, basis: ReportRequest.Basis) throws {
        let plain = try build { $0.basis = basis }
        let byDimension = try build { $0.basis = basis; $0.columns = split }
        let titles = try #require(byDimension.layout).columns.map(\.title)
        #expect(titles.last == "Total")
        #expect(titles.dropLast().last == "No \(split.rawValue)")
        #expect(titles.count > 4, "a column for each of the company's \(split.rawValue)s: \(titles)")
        let parts = 1..<(titles.count - 1)
        var checked = 0
        for row in plain.rows {
            guard case .text(let label) = row.cells.first, let whole = row.cells.count > 1 ? money(row.cells[1]) : nil else { continue }
            let split = try #require(byDimension.row(labelled: label), "\(label)")
            let sum = parts.reduce(Int64(0)) { $0 + (money(split.cells[$1]) ?? 0) }
            #expect(sum == whole, "\(label): the columns add up to \(sum), the plain statement says \(whole)")
            #expect(money(split.cells[titles.count - 1]) == whole, "\(label): Total")
            if case .formula = split.cells[titles.count - 1] {} else { Issue.record("\(label): Total is not a live formula") }
            checked += 1
        }
        #expect(checked > 10)
        let netIncome = try #require(byDimension.row(labelled: "Net Income"))
        #expect(parts.filter { (money(netIncome.cells[$0]) ?? 0) != 0 }.count > 1, "income is spread over several columns")
    }

    @Test func columnsByClassRefuseOneClassAndGroups() throws {
        #expect(throws: ReportError.columnsAndFilter(.class)) { try build { $0.columns = .class; $0.className = "Retail" } }
        #expect(ReportError.columnsAndFilter(.location).description == "--columns location gives each location its own column: drop --location")
        let balanceSheet = #expect(throws: ReportError.self) {
            var request = ReportRequest(report: "balance-sheet", company: NorthwindBooks.us)
            request.columns = .class
            return try NorthwindBooks.run(request)
        }
        #expect(balanceSheet?.description.hasPrefix("balance-sheet does not take --columns class|location;") == true)
    }
}
