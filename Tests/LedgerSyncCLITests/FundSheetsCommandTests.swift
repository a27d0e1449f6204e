import Foundation
import GRDB
import Testing

/// A city's receipts and disbursements sheets: lines coded to two funds post as one document each, every fund balances,
/// and the exported rows post again unchanged.
@Suite struct FundSheetsCommandTests {
    typealias CLI = LedgerSyncProcess

    private func write(_ text: String, named name: String, beside ledger: String) throws -> String {
        let path = ledger.replacingOccurrences(of: ".sqlite", with: "-\(name)")
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// The net of each fund's Due To and Due From Other Funds postings, across the whole ledger.
    private func dueNet(_ ledger: String) throws -> Int64 {
        try DatabaseQueue(path: ledger).read { db in
            try Int64.fetchOne(db, sql: """
                SELECT COALESCE(SUM(p.amount), 0) FROM postings p JOIN accounts a ON a.id = p.account_id
                WHERE a.name LIKE 'Due %Other Funds'
                """) ?? -1
        }
    }

    @Test func checksAndReceiptsCodedToTwoFundsBalanceEachFundAndExportUnchanged() throws {
        let ledger = CLI.temporaryLedger()
        _ = try CLI.run(["company", "add", "Riverton", "--currency", "USD", "--chart", "city"], ledger: ledger)
        _ = try CLI.run(["fund", "add", "601", "Water Fund", "--type", "enterprise", "--major"], ledger: ledger)
        let vendors = try write("Post,Name\nyes,Riverton Power & Light\n", named: "vendors.csv", beside: ledger)
        #expect(try CLI.run(["records", "post", vendors, "--type", "vendors"], ledger: ledger).status == 0)

        let checks = try write("""
            Post,Check No.,Date,Payee,Claim No.,Paid From,Account,Amount
            yes,20001,2025-02-03,Riverton Power & Light,C-118,100-10100,100-41940-381,120.00
            ,,,,,,601-49400-381,80.00
            """ + "\n", named: "disbursements.csv", beside: ledger)
        let posted = try CLI.run(["records", "post", checks, "--type", "disbursements"], ledger: ledger)
        #expect(posted.status == 0, "\(posted.stderr)")
        #expect(posted.stdout.contains("1 posted"))
        let receipts = try write("""
            Post,Receipt No.,Date,Deposit To,Account,Amount
            yes,5001,2025-02-04,100-10100,100-32210,50.00
            ,,,,601-37110,25.00
            """ + "\n", named: "receipts.csv", beside: ledger)
        let received = try CLI.run(["records", "post", receipts, "--type", "receipts"], ledger: ledger)
        #expect(received.status == 0, "\(received.stderr)")
        #expect(received.stdout.contains("1 posted"))

        #expect(try CLI.run(["ledger", "check"], ledger: ledger).status == 0)
        #expect(try dueNet(ledger) == 0)

        let export = ledger.replacingOccurrences(of: ".sqlite", with: "-checks-export.csv")
        #expect(try CLI.run(["records", "export", "disbursements", "-o", export], ledger: ledger).status == 0)
        let exported = try String(contentsOfFile: export, encoding: .utf8)
        #expect(exported.contains("20001") && exported.contains("C-118") && exported.contains("601-49400-381"))
        #expect(!exported.contains("5001"), "a sales receipt is not a check")
        let invoices = ledger.replacingOccurrences(of: ".sqlite", with: "-invoices-export.csv")
        #expect(try CLI.run(["records", "export", "invoices-and-bills", "-o", invoices], ledger: ledger).status == 0)
        #expect(!(try String(contentsOfFile: invoices, encoding: .utf8)).contains("20001"), "a check is left to its own sheet")
        let marked = exported.split(whereSeparator: \.isNewline).enumerated().map { index, line in
            index == 0 ? String(line) : "yes" + line.drop { $0 != "," }
        }.joined(separator: "\n") + "\n"
        try marked.write(toFile: export, atomically: true, encoding: .utf8)
        let again = try CLI.run(["records", "post", export, "--type", "disbursements"], ledger: ledger)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout.contains("0 posted, 0 updated, 0 voided, 1 unchanged, 0 with errors"))
    }
}
