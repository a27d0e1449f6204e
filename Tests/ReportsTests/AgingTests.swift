import Foundation
import Ledger
import LedgerStore
import Reports
import Testing

@Suite struct AgingTests {
    static let companies = [NorthwindBooks.us, NorthwindBooks.canada, NorthwindBooks.uk]
    static let dates = ["2026-10-31", "2025-06-30"]

    @Test(arguments: companies, dates)
    func agingTotalsEqualTheControlAccounts(company: String, date: String) throws {
        let asOf = LocalDate(iso: date)!
        let (receivables, payables) = try NorthwindBooks.store.get().read { reader in
            let accounts = try reader.accounts(companyID: try reader.company(named: company).id)
            func control(_ type: AccountType) throws -> Int64 {
                try reader.balance(accountID: accounts.first { $0.type == type }!.id, through: asOf)
            }
            return (try control(.accountsReceivable), try control(.accountsPayable))
        }
        #expect(receivables > 0 && payables < 0)

        let ar = try aging("ar-aging", company: company, asOf: asOf)
        #expect(ar.layout?.title == "A/R Aging Summary")
        #expect(money(ar.rows.last, ar.column("Total")) == receivables)
        let ap = try aging("ap-aging", company: company, asOf: asOf)
        #expect(money(ap.rows.last, ap.column("Total")) == -payables, "A/P is shown positive")
    }

    @Test(arguments: ["ar-aging", "ap-aging"])
    func detailTotalsEqualSummaryTotals(report: String) throws {
        let asOf = LocalDate(iso: "2026-10-31")!
        let summary = try aging(report, company: NorthwindBooks.us, asOf: asOf)
        let detail = try aging(report, company: NorthwindBooks.us, asOf: asOf, detail: true)
        #expect(detail.layout?.title.hasSuffix("Aging Detail") == true)
        for bucket in ["Current", "1-30", "31-60", "61-90", "Over 90"] {
            #expect(money(detail.rows.last, detail.column(bucket)) == money(summary.rows.last, summary.column(bucket)), "\(bucket)")
        }
        let total = money(detail.rows.last, detail.column("Open Balance"))
        #expect(total == money(summary.rows.last, summary.column("Total")))
        #expect(total != 0)

        let subtotals = detail.rows.filter { $0.kind == .subtotal }
        let openColumn = detail.column("Open Balance")!
        #expect(subtotals.count == summary.rows.count - 1, "one subtotal per party of the summary")
        #expect(subtotals.reduce(0) { $0 + money($1, openColumn) } == total)
        // One short formula over every row, which skips the party subtotals, however many parties there are.
        #expect(detail.rows.last!.cells[openColumn] == .formula(.groupTotal(rows: 0...(detail.rows.count - 2), column: openColumn),
                                                                value: .money(total)))
        for subtotal in subtotals {
            guard case .formula(.groupTotal, _) = subtotal.cells[openColumn] else {
                Issue.record("a party subtotal is not a group total, so the grand total would count it twice")
                return
            }
        }
    }

    /// An invoice that was never paid moves through the buckets as the aging date passes its due date.
    @Test func anUnpaidInvoiceAgesThroughTheBuckets() throws {
        var request = ReportRequest(report: "invoices", company: NorthwindBooks.us)
        request.from = LocalDate(iso: "2025-01-01")
        request.to = LocalDate(iso: "2026-10-31")
        let invoices = try NorthwindBooks.run(request)
        let column = { (title: String) in invoices.column(title)! }
        let unpaid = try #require(invoices.rows.first { row in
            guard case .date(let date) = row.cells[column("Date")], date < LocalDate(iso: "2025-04-01")! else { return false }
            return row.cells[column("Type")] == .text("Invoice") && row.cells[column("Status")] == .text("Posted")
                && money(row, column("Paid")) == 0 && money(row, column("Total")) > 0
        }, "an invoice of early 2025 still unpaid at the end of the books")
        guard case .text(let number) = unpaid.cells[column("Number")], case .text(let customer) = unpaid.cells[column("Customer")],
              case .date(let dueDate) = unpaid.cells[column("Due Date")] else {
            Issue.record("the invoices table lacks a number, customer or due date")
            return
        }
        let amount = money(unpaid, column("Total"))

        for (days, bucket) in [(0, "Current"), (1, "1-30"), (30, "1-30"), (31, "31-60"), (60, "31-60"), (61, "61-90"),
                               (90, "61-90"), (91, "Over 90"), (400, "Over 90")] {
            let detail = try aging("ar-aging", company: NorthwindBooks.us, asOf: dueDate.adding(days: days), detail: true,
                                   customer: customer)
            let row = try #require(detail.row(labelled: "Invoice \(number)"), "as of \(days) days past due")
            #expect(row.cells[detail.column("Days Past Due")!] == .integer(Int64(days)))
            for title in ["Current", "1-30", "31-60", "61-90", "Over 90"] {
                #expect(row.cells[detail.column(title)!] == (title == bucket ? .money(amount) : .empty), "\(days) days: \(title)")
            }
        }
    }

    @Test func aCustomerFilterKeepsOnlyThatCustomer() throws {
        let asOf = LocalDate(iso: "2026-10-31")!
        let everyone = try aging("ar-aging", company: NorthwindBooks.us, asOf: asOf)
        #expect(everyone.rows.count > 3)
        let first = try #require(everyone.rows.first)
        guard case .text(let customer) = first.cells[0] else {
            Issue.record("the first row has no customer name")
            return
        }
        let one = try aging("ar-aging", company: NorthwindBooks.us, asOf: asOf, customer: customer)
        #expect(one.rows.map(\.cells.first) == [.text(customer), .text("Total")])
        #expect(one.rows[0].cells.map(\.value) == first.cells.map(\.value))
        #expect(one.layout?.notes.contains("Customer: \(customer)") == true)

        let detail = try aging("ar-aging", company: NorthwindBooks.us, asOf: asOf, detail: true, customer: customer)
        #expect(detail.rows.filter { $0.kind == .heading }.map(\.cells.first) == [.text(customer)])
    }

    @Test func vendorIsNotAnOptionOfReceivablesAging() throws {
        var request = ReportRequest(report: "ar-aging", company: NorthwindBooks.us)
        request.vendor = "Anyone"
        #expect(throws: ReportError.self) { try NorthwindBooks.run(request) }
    }

    private func aging(_ report: String, company: String, asOf: LocalDate, detail: Bool = false,
                       customer: String? = nil) throws -> RecordingSink {
        var request = ReportRequest(report: report, company: company)
        request.asOf = asOf
        request.detail = detail
        request.customer = customer
        let sink = try NorthwindBooks.run(request)
        #expect(sink.finished)
        #expect(sink.rows.last?.kind == .total)
        return sink
    }
}

/// The money a cell shows (a formula's computed value), or 0 for an empty or missing cell.
private func money(_ row: ReportRow?, _ column: Int?) -> Int64 {
    guard let row, let column, column < row.cells.count, case .money(let units) = row.cells[column].value else { return 0 }
    return units
}
