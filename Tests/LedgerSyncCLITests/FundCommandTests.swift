import Foundation
import Testing

@Suite struct FundCommandTests {
    typealias CLI = LedgerSyncProcess

    @Test func aCityStartsFundAccountedAndAddsItsFunds() throws {
        let ledger = CLI.temporaryLedger()
        _ = try CLI.run(["init"], ledger: ledger)
        let added = try CLI.run(["company", "add", "Millbrook", "--currency", "USD", "--chart", "city"], ledger: ledger)
        #expect(added.stdout == "added Millbrook (USD, fiscal year from January), fund-accounted with the General Fund (add others with fund add)\n")
        let water = try CLI.run(["fund", "add", "601", "Water Fund", "--type", "Enterprise", "--major"], ledger: ledger)
        #expect(water.stdout == "added fund 601 Water Fund (Enterprise, major) to Millbrook\n")
        _ = try CLI.run(["fund", "add", "201", "Park Trust", "--type", "special-revenue"], ledger: ledger)
        let list = try CLI.run(["fund", "list"], ledger: ledger).stdout
        #expect(list.contains("account codes fund-department-object"))
        let rows = list.split(separator: "\n").map { $0.split(separator: " ", omittingEmptySubsequences: true).first.map(String.init) }
        #expect(rows.suffix(3) == ["100", "201", "601"])
        let accounts = try CLI.run(["accounts", "list"], ledger: ledger).stdout
        #expect(accounts.contains("43100-210") && accounts.contains("Streets - Operating Supplies"))
        #expect(try CLI.run(["ledger", "check"], ledger: ledger).status == 0)

        let refused: [([String], String)] = [
            (["fund", "add", "60", "Sewer Fund", "--type", "enterprise"],
             "ledgersync: fund \"Sewer Fund\": its number \"60\" must be 3 digits, the fund segment of fund-department-object\n"),
            (["fund", "add", "602", "Sewer Fund", "--type", "utility"],
             "ledgersync: --type \"utility\" is not a fund type; use one of general, special-revenue, debt-service, capital-projects, permanent, enterprise, internal-service, trust-custodial\n"),
            (["fund", "add", "601", "Sewer Fund", "--type", "enterprise"], "ledgersync: Millbrook already has fund 601 (\"Water Fund\")\n"),
        ]
        for (arguments, message) in refused {
            let outcome = try CLI.run(arguments, ledger: ledger)
            #expect(outcome.status == 2, "\(arguments)")
            #expect(outcome.stderr == message)
        }
        _ = try CLI.run(["company", "add", "Harbor Bakery", "--currency", "EUR"], ledger: ledger)
        let plain = try CLI.run(["fund", "list", "--company", "Harbor Bakery"], ledger: ledger)
        #expect(plain.stderr == "ledgersync: Harbor Bakery does not keep its books by fund\n")
    }

    @Test func aBudgetBelongsToOneFundAndItsLedgerSaysSo() throws {
        let ledger = CLI.temporaryLedger()
        _ = try CLI.run(["init"], ledger: ledger)
        _ = try CLI.run(["company", "add", "Millbrook", "--currency", "USD", "--chart", "city"], ledger: ledger)
        let missing = try CLI.run(["budget", "create", "Water 2025", "--year", "2025", "--fund", "601"], ledger: ledger)
        #expect(missing.status == 2)
        #expect(missing.stderr == "ledgersync: Millbrook has no fund \"601\"; its funds: 100 General Fund\n")
        #expect(try CLI.run(["budget", "create", "General 2025", "--year", "2025", "--fund", "100"], ledger: ledger).status == 0)
        let report = try CLI.run(["report", "budget-vs-actual", "--layout", "budget-ledger", "--as-of", "2025-06-30"],
                                 ledger: ledger)
        #expect(report.status == 0)
        #expect(report.stdout.contains("Budget Ledger: General 2025, 100 General Fund"))
        let cash = try CLI.run(["report", "fund-cash", "--as-of", "2025-06-30"], ledger: ledger)
        #expect(cash.stdout.contains("100 General Fund"))
    }
}
