import Ledger
import Reports
import Spreadsheet
import Testing

/// A P&L by month compared with the previous year: each month beside the same month a year earlier, each figure the
/// one a plain P&L of that month gives, and two live totals.
@Suite struct PairedColumnsTests {
    private func build(from: String, to: String, _ configure: (inout ReportRequest) -> Void = { _ in }) throws -> RecordingSink {
        var request = ReportRequest(report: "profit-and-loss", company: NorthwindBooks.us)
        request.from = LocalDate(iso: from)
        request.to = LocalDate(iso: to)
        configure(&request)
        return try NorthwindBooks.run(request)
    }

    private func money(_ sink: RecordingSink, _ label: String, column: Int) -> Int64? {
        guard let row = sink.row(labelled: label), column < row.cells.count, case .money(let units) = row.cells[column].value else { return nil }
        return units
    }

    @Test func eachMonthStandsBesideTheSameMonthAYearEarlier() throws {
        let paired = try build(from: "2026-01-01", to: "2026-03-31") { $0.columns = .month; $0.compare = .previousYear }
        let titles = try #require(paired.layout).columns.map(\.title)
        #expect(titles == ["Account", "Jan 2026", "Jan 2025", "Feb 2026", "Feb 2025", "Mar 2026", "Mar 2025", "Total", "Total, Year Earlier"])
        let months = [("2026-01-01", "2026-01-31"), ("2025-01-01", "2025-01-31"), ("2026-02-01", "2026-02-28"),
                      ("2025-02-01", "2025-02-28"), ("2026-03-01", "2026-03-31"), ("2025-03-01", "2025-03-31")]
        for label in ["Total Income", "Gross Profit", "Total Expenses", "Net Income"] {
            for (column, (from, to)) in months.enumerated() {
                #expect(money(paired, label, column: column + 1) == money(try build(from: from, to: to), label, column: 1),
                        "\(label), \(from)")
            }
            #expect(money(paired, label, column: 7) == money(try build(from: "2026-01-01", to: "2026-03-31"), label, column: 1))
            #expect(money(paired, label, column: 8) == money(try build(from: "2025-01-01", to: "2025-03-31"), label, column: 1))
        }
        let netIncome = try #require(paired.row(labelled: "Net Income"))
        guard case .formula(.add(let cells), _) = netIncome.cells[8] else {
            Issue.record("the year-earlier total is not a live sum: \(netIncome.cells[8])")
            return
        }
        #expect(cells.count == 3)
    }

    @Test func otherColumnsWithAComparisonAreStillRefused() throws {
        #expect(throws: ReportError.comparisonNeedsOneColumn) {
            try build(from: "2026-01-01", to: "2026-03-31") { $0.columns = .month; $0.compare = .previousPeriod }
        }
        #expect(throws: ReportError.comparisonNeedsOneColumn) {
            var request = ReportRequest(report: "balance-sheet", company: NorthwindBooks.us)
            request.columns = .month
            request.compare = .previousYear
            return try NorthwindBooks.run(request)
        }
    }
}
