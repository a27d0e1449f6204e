import Foundation
import Testing
import Ledger
import Spreadsheet
import LedgerStore
import Reports

/// The statements on the Northwind books: the invariants an accountant checks first.
@Suite struct StatementTests {
    private let companies = [NorthwindBooks.us, NorthwindBooks.canada, NorthwindBooks.uk]

    private func request(_ report: String, _ company: String, configure: (inout ReportRequest) -> Void = { _ in }) -> ReportRequest {
        var request = ReportRequest(report: report, company: company)
        configure(&request)
        return request
    }

    /// The money value of `label`'s row in `column` (1 = first money column).
    private func amount(_ sink: RecordingSink, _ label: String, column: Int = 1) -> Int64? {
        guard let row = sink.row(labelled: label), column < row.cells.count, case .money(let units) = row.cells[column].value else { return nil }
        return units
    }

    @Test(arguments: [ReportRequest.Basis.accrual, .cash])
    func balanceSheetBalancesForEveryCompanyAndDate(basis: ReportRequest.Basis) throws {
        for company in companies {
            for day in ["2025-01-31", "2025-12-31", "2026-03-31", "2026-10-31"] {
                let sink = try NorthwindBooks.run(request("balance-sheet", company) {
                    $0.asOf = LocalDate(iso: day)
                    $0.basis = basis
                })
                let assets = try #require(amount(sink, "Total Assets"))
                #expect(assets != 0)
                #expect(assets == amount(sink, "Total Liabilities and Equity"), "\(company) \(day) \(basis)")
            }
        }
    }

    @Test func trialBalanceDebitsEqualCredits() throws {
        for company in companies {
            let sink = try NorthwindBooks.run(request("trial-balance", company) { $0.asOf = LocalDate(iso: "2026-10-31") })
            let total = try #require(sink.row(labelled: "Total"))
            #expect(total.kind == .total)
            #expect(total.cells[1].value == total.cells[2].value)
            #expect(total.cells[1].value != .money(0))
        }
    }

    @Test func netIncomeOnTheProfitAndLossIsTheNetIncomeInEquity() throws {
        for company in companies {
            let profit = try NorthwindBooks.run(request("profit-and-loss", company) {
                $0.period = .thisFiscalYearToDate
                $0.asOf = LocalDate(iso: "2026-08-31")
            })
            let balance = try NorthwindBooks.run(request("balance-sheet", company) { $0.asOf = LocalDate(iso: "2026-08-31") })
            #expect(amount(profit, "Net Income") == amount(balance, "Net Income"), "\(company)")
        }
    }

    @Test func monthColumnsAddUpToTheTotalColumnAndTheSinglePeriod() throws {
        let months = try NorthwindBooks.run(request("profit-and-loss", NorthwindBooks.uk) {
            $0.period = .lastFiscalYear
            $0.asOf = LocalDate(iso: "2026-10-31")
            $0.columns = .month
        })
        let whole = try NorthwindBooks.run(request("profit-and-loss", NorthwindBooks.uk) {
            $0.period = .lastFiscalYear
            $0.asOf = LocalDate(iso: "2026-10-31")
        })
        let layout = try #require(months.layout)
        // April 2025 to March 2026, then Total.
        #expect(layout.columns.map(\.title).dropFirst().first == "Apr 2025")
        #expect(layout.columns.map(\.title).last == "Total")
        #expect(layout.columns.count == 1 + 12 + 1)
        let netIncome = try #require(months.row(labelled: "Net Income"))
        let monthly = (1...12).compactMap { column -> Int64? in
            if case .money(let units) = netIncome.cells[column].value { return units }
            return nil
        }
        #expect(monthly.count == 12)
        #expect(amount(months, "Net Income", column: 13) == monthly.reduce(0, +))
        #expect(amount(whole, "Net Income") == monthly.reduce(0, +))
    }

    /// Balances at quarter ends are carried from one column to the next; built alone, each date gives the same.
    @Test(arguments: [ReportRequest.Basis.accrual, .cash])
    func balanceColumnsEqualEachDateBuiltAlone(basis: ReportRequest.Basis) throws {
        func build(_ report: String, _ configure: (inout ReportRequest) -> Void) throws -> RecordingSink {
            try NorthwindBooks.run(request(report, NorthwindBooks.uk) { $0.basis = basis; configure(&$0) })
        }
        let quarters = try build("balance-sheet") { $0.period = .lastFiscalYear; $0.asOf = LocalDate(iso: "2026-10-31"); $0.columns = .quarter }
        let trial = try build("trial-balance") { $0.period = .lastFiscalYear; $0.asOf = LocalDate(iso: "2026-10-31"); $0.columns = .quarter }
        for (column, day) in [(1, "2025-06-30"), (3, "2025-12-31"), (4, "2026-03-31")] {
            let single = try build("balance-sheet") { $0.asOf = LocalDate(iso: day) }
            for label in ["Total Assets", "Net Income", "Total Liabilities and Equity"] {
                let carried = amount(quarters, label, column: column)
                #expect(carried != nil && carried == amount(single, label), "\(label) on \(day)")
            }
            let singleTrial = try build("trial-balance") { $0.asOf = LocalDate(iso: day) }
            #expect(amount(trial, "Total", column: column * 2 - 1) == amount(singleTrial, "Total"), "trial balance on \(day)")
        }
    }

    @Test func subtotalsAreLiveFormulasOverTheRowsTheyAdd() throws {
        let sink = try NorthwindBooks.run(request("profit-and-loss", NorthwindBooks.us) {
            $0.period = .lastYear
            $0.asOf = LocalDate(iso: "2026-10-31")
        })
        let grossProfit = try #require(sink.row(labelled: "Gross Profit"))
        guard case .formula(.subtract(.cell(let incomeRow, 1), .cell(let costRow, 1)), _) = grossProfit.cells[1] else {
            Issue.record("Gross Profit is not Total Income - Total Cost of Sales: \(grossProfit.cells[1])")
            return
        }
        #expect(sink.rows[incomeRow].cells.first == .text("Total Income"))
        #expect(sink.rows[costRow].cells.first == .text("Total Cost of Sales"))
        // Every formula's cached value equals what the formula computes over the rows it names.
        for (index, row) in sink.rows.enumerated() {
            for (column, cell) in row.cells.enumerated() {
                guard case .formula(let formula, .money(let cached)) = cell else { continue }
                #expect(evaluate(formula, in: sink.rows) == cached, "row \(index) column \(column)")
            }
        }
    }

    @Test func comparisonShowsChangeAndPercentChange() throws {
        let sink = try NorthwindBooks.run(request("profit-and-loss", NorthwindBooks.us) {
            $0.from = LocalDate(iso: "2026-01-01")
            $0.to = LocalDate(iso: "2026-06-30")
            $0.compare = .previousYear
        })
        #expect(sink.layout?.columns.map(\.title) == ["Account", "Jan - Jun 2026", "Jan - Jun 2025", "Change", "% Change"])
        let current = try #require(amount(sink, "Total Income", column: 1))
        let previous = try #require(amount(sink, "Total Income", column: 2))
        #expect(amount(sink, "Total Income", column: 3) == current - previous)
        let ratio = try #require(sink.row(labelled: "Total Income")?.cells[4].value)
        #expect(ratio == .percent(Decimal(current - previous) / Decimal(previous)))
    }

    @Test func cashBasisRecognisesOnlyWhatHasBeenPaid() throws {
        // Over the whole life of the books, cash-basis income is accrual income less what is still unpaid.
        let asOf = LocalDate(iso: "2026-10-31")
        let accrual = try NorthwindBooks.run(request("profit-and-loss", NorthwindBooks.canada) {
            $0.from = LocalDate(iso: "2024-01-01"); $0.to = asOf
        })
        let cash = try NorthwindBooks.run(request("profit-and-loss", NorthwindBooks.canada) {
            $0.from = LocalDate(iso: "2024-01-01"); $0.to = asOf; $0.basis = .cash
        })
        let balance = try NorthwindBooks.run(request("balance-sheet", NorthwindBooks.canada) { $0.asOf = asOf })
        let cashBalance = try NorthwindBooks.run(request("balance-sheet", NorthwindBooks.canada) { $0.asOf = asOf; $0.basis = .cash })
        let accrualIncome = try #require(amount(accrual, "Total Income"))
        let cashIncome = try #require(amount(cash, "Total Income"))
        #expect(cashIncome < accrualIncome)
        #expect(amount(balance, "Total Accounts Receivable") ?? 0 > 0)
        #expect(cashBalance.row(labelled: "Total Accounts Receivable") == nil, "receivables are not on a cash-basis balance sheet")
        #expect(cash.layout?.notes.first == "Cash basis")
    }

    @Test func generalLedgerClosingBalancesMatchTheTrialBalance() throws {
        let asOf = LocalDate(iso: "2026-10-31")!
        let ledger = try NorthwindBooks.run(request("general-ledger", NorthwindBooks.uk) {
            $0.period = .thisFiscalYearToDate
            $0.asOf = asOf
        })
        let trial = try NorthwindBooks.run(request("trial-balance", NorthwindBooks.uk) { $0.asOf = asOf })
        let closings = ledger.rows.filter { $0.kind == .subtotal }
        #expect(closings.count > 20)
        for closing in closings {
            guard case .text(let title) = closing.cells[0], case .money(let balance) = closing.cells[7].value, balance != 0 else { continue }
            let label = String(title.dropFirst("Total ".count))
            let trialRow = try #require(trial.row(labelled: label), "\(label) is not on the trial balance")
            guard case .money(let debit) = trialRow.cells[1].value, case .money(let credit) = trialRow.cells[2].value else { continue }
            // The ledger shows balances the way the account normally runs; the trial balance as debit or credit.
            #expect(abs(balance) == max(debit, credit), "\(label)")
        }
    }

    @Test func classAndLocationFiltersNarrowTheNumbers() throws {
        let asOf = LocalDate(iso: "2026-10-31")
        let all = try NorthwindBooks.run(request("profit-and-loss", NorthwindBooks.us) { $0.asOf = asOf })
        let total = try #require(amount(all, "Total Income"))
        var byClass: Int64 = 0
        for name in ["Wholesale", "Retail", "Food Service", "Online"] {
            let sink = try NorthwindBooks.run(request("profit-and-loss", NorthwindBooks.us) { $0.asOf = asOf; $0.className = name.lowercased() })
            #expect(sink.layout?.notes.contains("Class: \(name)") == true)
            let income = try #require(amount(sink, "Total Income"))
            #expect(income > 0 && income < total, "\(name)")
            byClass += income
        }
        #expect(byClass <= total, "classes split income, never add to it")
        let located = try NorthwindBooks.run(request("profit-and-loss", NorthwindBooks.us) {
            $0.asOf = asOf; $0.location = "New York"
        })
        #expect((amount(located, "Total Income") ?? 0) < total)
    }

    @Test func filtersAndOptionsAreCheckedAgainstTheBooks() throws {
        #expect(throws: StoreError.self) {
            try NorthwindBooks.run(request("profit-and-loss", NorthwindBooks.us) { $0.className = "Retial" })
        }
        let error = #expect(throws: ReportError.self) {
            try NorthwindBooks.run(request("trial-balance", NorthwindBooks.us) { $0.compare = .previousYear })
        }
        #expect(error?.description.contains("does not take --compare") == true)
        #expect(throws: ReportError.self) {
            try NorthwindBooks.run(request("profit-and-loss", NorthwindBooks.us) {
                $0.from = LocalDate(iso: "2026-05-01"); $0.to = LocalDate(iso: "2026-04-01")
            })
        }
    }

    private func isGroupTotal(_ cell: CellValue) -> Bool {
        if case .formula(.groupTotal, _) = cell { return true }
        return false
    }

    /// Computes a formula over the recorded rows, as a spreadsheet would.
    private func evaluate(_ formula: Formula, in rows: [ReportRow]) -> Int64 {
        func value(_ row: Int, _ column: Int) -> Int64 {
            guard column < rows[row].cells.count, case .money(let units) = rows[row].cells[column].value else { return 0 }
            return units
        }
        switch formula {
        case .cell(let row, let column): return value(row, column)
        case .sum(let range, let column): return range.reduce(0) { $0 + value($1, column) }
        case .sumAcross(let row, let columns): return columns.reduce(0) { $0 + value(row, $1) }
        case .groupTotal(let range, let column):
            return range.filter { !isGroupTotal(rows[$0].cells[column]) }.reduce(0) { $0 + value($1, column) }
        case .add(let terms): return terms.reduce(0) { $0 + evaluate($1, in: rows) }
        case .subtract(let a, let b): return evaluate(a, in: rows) - evaluate(b, in: rows)
        case .change, .ratio: return 0  // percentages, not money
        case .multiply, .round:
            Issue.record("statements write no products or roundings: \(formula)")
            return 0
        }
    }
}
