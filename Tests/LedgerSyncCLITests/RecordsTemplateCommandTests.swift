import Foundation
import Testing

/// `records types`, `records template` and `records export` as a user runs them.
@Suite struct RecordsTemplateCommandTests {
    typealias CLI = LedgerSyncProcess

    /// A ledger with one company (a starter chart, no customers yet), so `--company` may be left out.
    static let bakery: Result<String, Error> = Result {
        let ledger = CLI.temporaryLedger()
        for arguments in [["init"], ["company", "add", "Harbor Bakery", "--currency", "EUR"]] {
            let outcome = try CLI.run(arguments, ledger: ledger)
            guard outcome.status == 0 else { throw CocoaError(.fileWriteUnknown, userInfo: ["stderr": outcome.stderr]) }
        }
        return ledger
    }

    private func temporaryFile(_ name: String) -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("records-cli-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder.appendingPathComponent(name).path
    }

    @Test func typesListsEachTypeWithItsSummary() throws {
        let outcome = try CLI.run(["records", "types"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let lines = outcome.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("Type ") == true)
        #expect(lines.dropFirst(2).map { String($0.prefix { $0 != " " }) }
                == ["accounts", "budgets", "classes", "customers", "deposits-and-transfers", "disbursements", "invoices-and-bills", "items", "journal-entries", "locations", "payments", "receipts",
                    "tax-codes", "terms", "vendors"])
        #expect(outcome.stdout.contains("payments                Customer payments, bill payments and refunds, one row per document they settle or per amount left on account."))
    }

    @Test func templateIsWrittenOnceAndReplacedOnlyWithForce() throws {
        let ledger = try Self.bakery.get()
        let path = temporaryFile("invoices.xlsx")
        let arguments = ["records", "template", "invoices-and-bills", "-o", path]
        let first = try CLI.run(arguments, ledger: ledger)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stderr == "wrote \(path)\n")
        let written = try #require(FileManager.default.contents(atPath: path))
        #expect(written.starts(with: Data("PK".utf8)))

        let refused = try CLI.run(arguments, ledger: ledger)
        #expect(refused.status == 2)
        #expect(refused.stderr == "ledgersync: \(path) already exists: add --force to replace it\n")
        #expect(FileManager.default.contents(atPath: path) == written)

        #expect(try CLI.run(arguments + ["--force"], ledger: ledger).status == 0)
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["invoices.xlsx"], "no temporary files left behind")
    }

    @Test func csvTemplateIsTheHeaderAlone() throws {
        let path = temporaryFile("customers.csv")
        let outcome = try CLI.run(["records", "template", "customers", "--company", "harbor bakery", "-o", path], ledger: try Self.bakery.get())
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "Post,Name *,Parent,Email,Phone,Billing Address,Tax ID,Terms,Group Company,Active,Action,Record ID,Version,Status,Message\r\n")
    }

    @Test func exportWritesTheLedgersRows() throws {
        let path = temporaryFile("march.csv")
        let outcome = try CLI.run(["records", "export", "invoices-and-bills", "--company", "Northwind Traders Inc",
                                   "--from", "2026-03-01", "--to", "2026-03-31", "--vendor", "Mayumi's", "-o", path],
                                  ledger: try ReportCommandTests.ledger.get())
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let lines = try String(contentsOfFile: path, encoding: .utf8).components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(lines.first?.hasPrefix("Post,Type *,Number *,Customer,Vendor,Date *,") == true)
        #expect(lines.count > 1)
        #expect(lines.dropFirst().allSatisfy { $0.hasPrefix(",Bill,") || $0.hasPrefix(",Vendor Credit,") }, "\(lines.dropFirst().first ?? "")")
        #expect(lines.dropFirst().allSatisfy { $0.contains(",Mayumi's,2026-03-") })
        #expect(outcome.stderr == "wrote \(path) (\(lines.count - 1) rows)\n")
    }

    @Test func mistakesGetOneLineNamingTheFix() throws {
        let ledger = try ReportCommandTests.ledger.get()
        let company = ["--company", "Northwind Traders Inc"]
        let path = temporaryFile("out.xlsx")
        let pdf = temporaryFile("items.pdf")
        let cases: [([String], String)] = [
            (["records", "export", "accounts", "--customer", "Astoria Fine Foods", "-o", path] + company,
             "ledgersync: accounts does not take --customer: its export has every record; --from/--to, --customer, --vendor and --number narrow exports of documents\n"),
            (["records", "template", "invoices", "-o", path] + company,
             "ledgersync: no record type \"invoices\"; the types are accounts, budgets, classes, customers, deposits-and-transfers, disbursements, invoices-and-bills, items, journal-entries, locations, payments, receipts, tax-codes, terms, vendors\n"),
            (["records", "template", "items", "-o", pdf] + company, "ledgersync: \(pdf): write to a .xlsx or .csv file\n"),
            (["records", "template", "items", "-o", path],
             "ledgersync: choose a company with --company: Northwind Canada Ltd, Northwind Traders Inc, Northwind UK Ltd\n"),
            (["records", "export", "payments", "--from", "2026-03-31", "--to", "2026-03-01", "-o", path] + company,
             "ledgersync: --from 2026-03-31 is after --to 2026-03-01: swap them\n"),
        ]
        for (arguments, message) in cases {
            let outcome = try CLI.run(arguments, ledger: ledger)
            #expect(outcome.status == 2, "\(arguments)")
            #expect(outcome.stderr == message, "\(arguments)")
        }
        #expect(!FileManager.default.fileExists(atPath: path))
        #expect(try CLI.run(["records", "template", "items"] + company, ledger: ledger).status == 64, "-o is required")
        #expect(try CLI.run(["records", "export", "payments", "--from", "March"] + company + ["-o", path], ledger: ledger).status == 64)
    }
}
