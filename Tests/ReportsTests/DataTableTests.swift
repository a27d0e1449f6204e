import Foundation
import Ledger
import LedgerStore
import Reports
import Testing

@Suite struct DataTableTests {
    static let firstQuarter = (LocalDate(iso: "2026-01-01")!, LocalDate(iso: "2026-03-31")!)

    /// The invoices table's Total column adds up to what the period's invoices and credit memos posted to A/R.
    @Test func invoiceTotalsMatchReceivablesPostings() throws {
        let invoices = try table("invoices", from: Self.firstQuarter.0, to: Self.firstQuarter.1)
        #expect(invoices.layout?.style == .dataTable)
        #expect(invoices.layout?.title == "Invoices")
        #expect(Set(invoices.rows.map { text($0, invoices.column("Type")) }) == ["Invoice", "Credit memo"])
        #expect(invoices.rows.allSatisfy { row in
            guard case .date(let date) = row.cells[invoices.column("Date")!] else { return false }
            return date >= Self.firstQuarter.0 && date <= Self.firstQuarter.1
        })
        let creditMemo = try #require(invoices.rows.first { $0.cells[invoices.column("Type")!] == .text("Credit memo") })
        #expect(money(creditMemo, invoices.column("Total")) < 0)

        let transactions = try table("transactions", from: Self.firstQuarter.0, to: Self.firstQuarter.1)
        let receivablesPosted = transactions.rows.filter { row in
            row.cells[transactions.column("Account Type")!] == .text("Accounts receivable")
                && [.text("Invoice"), .text("Credit memo")].contains(row.cells[transactions.column("Type")!])
        }.reduce(0) { $0 + money($1, transactions.column("Amount")) }

        let total = sum(invoices, "Total")
        #expect(total == receivablesPosted)
        #expect(total > 0)
        #expect(sum(invoices, "Subtotal") + sum(invoices, "Tax") == total)
        #expect(sum(invoices, "Paid") + sum(invoices, "Open Balance") == total)
    }

    @Test func transactionsBalanceAndListEveryPosting() throws {
        let (from, to) = Self.firstQuarter
        let transactions = try table("transactions", from: from, to: to)
        #expect(transactions.layout?.columns.count == 16)
        let debits = sum(transactions, "Debit"), credits = sum(transactions, "Credit")
        #expect(debits == credits)
        #expect(debits > 0)
        #expect(sum(transactions, "Amount") == 0)
        let monthColumn = transactions.column("Month")
        #expect(Set(transactions.rows.map { text($0, monthColumn) }) == ["2026-01", "2026-02", "2026-03"])

        let postings = try NorthwindBooks.store.get().read { reader in
            let companyID = try reader.company(named: NorthwindBooks.us).id
            var count = 0
            var id: Int64 = 1
            while let document = try reader.document(id: id) {
                if document.companyID == companyID, document.date >= from, document.date <= to {
                    count += try reader.postings(documentID: id).count
                }
                id += 1
            }
            return count
        }
        #expect(transactions.rows.count == postings)
    }

    @Test func aCustomerFilterKeepsOnlyThatCustomersRows() throws {
        let customer = "Great Lakes Food Market"
        let invoices = try table("invoices", customer: customer)
        #expect(!invoices.rows.isEmpty)
        #expect(invoices.rows.allSatisfy { $0.cells[invoices.column("Customer")!] == .text(customer) })

        let transactions = try table("transactions", from: Self.firstQuarter.0, to: Self.firstQuarter.1, customer: customer)
        #expect(!transactions.rows.isEmpty)
        #expect(transactions.rows.allSatisfy { $0.cells[transactions.column("Party")!] == .text(customer) })
    }

    /// What the customers table says is open equals the A/R aging total, and so the books, on the same date.
    @Test func customerOpenBalancesAddUpToTheAging() throws {
        var request = ReportRequest(report: "customers", company: NorthwindBooks.canada)
        request.asOf = LocalDate(iso: "2026-06-30")
        let customers = try NorthwindBooks.run(request)
        request.report = "ar-aging"
        let aging = try NorthwindBooks.run(request)
        let total = sum(customers, "Open Balance")
        #expect(total != 0)
        #expect(total == money(aging.rows.last, aging.column("Total")))
    }

    @Test func paymentsListWhatEachSettles() throws {
        let payments = try table("payments", from: Self.firstQuarter.0, to: Self.firstQuarter.1)
        let column = { (title: String) in payments.column(title)! }
        #expect(Set(payments.rows.map { text($0, column("Type")) }) == ["Customer payment", "Bill payment"])
        #expect(payments.rows.allSatisfy { row in
            let amount = money(row, column("Amount"))
            return row.cells[column("Type")] == .text("Customer payment") ? amount > 0 : amount < 0
        })
        #expect(payments.rows.allSatisfy { row in
            let applied = text(row, column("Applied To"))
            return applied.hasPrefix("INV-") || applied.hasPrefix("BILL-") || applied.hasPrefix("IC-")
        })
    }

    @Test func accountBalancesSumToZero() throws {
        var request = ReportRequest(report: "accounts", company: NorthwindBooks.uk)
        request.asOf = LocalDate(iso: "2026-10-31")
        let accounts = try NorthwindBooks.run(request)
        #expect(accounts.rows.count > 10)
        #expect(sum(accounts, "Balance") == 0)
        #expect(accounts.rows.contains { $0.cells[accounts.column("Balance")!] != .money(0) })
    }

    @Test(arguments: ["transactions", "invoices", "bills", "payments"])
    func aFilterMatchingNothingGivesAnEmptyTable(report: String) throws {
        let sink = try table(report, from: LocalDate(iso: "2023-01-01")!, to: LocalDate(iso: "2023-12-31")!)
        #expect(sink.layout != nil)
        #expect(sink.layout?.columns.isEmpty == false)
        #expect(sink.rows.isEmpty)
        #expect(sink.finished)
    }

    private func table(_ report: String, from: LocalDate? = nil, to: LocalDate? = nil, customer: String? = nil) throws -> RecordingSink {
        var request = ReportRequest(report: report, company: NorthwindBooks.us)
        request.from = from
        request.to = to
        request.customer = customer
        let sink = try NorthwindBooks.run(request)
        #expect(sink.finished)
        return sink
    }

    private func sum(_ sink: RecordingSink, _ title: String) -> Int64 {
        guard let column = sink.column(title) else {
            Issue.record("no column \(title)")
            return 0
        }
        return sink.rows.reduce(0) { $0 + money($1, column) }
    }
}

/// The money a cell holds, or 0 for an empty or missing cell.
private func money(_ row: ReportRow?, _ column: Int?) -> Int64 {
    guard let row, let column, column < row.cells.count, case .money(let units) = row.cells[column].value else { return 0 }
    return units
}

/// The text a cell holds, or "" for any other cell.
private func text(_ row: ReportRow, _ column: Int?) -> String {
    guard let column, column < row.cells.count, case .text(let text) = row.cells[column] else { return "" }
    return text
}
