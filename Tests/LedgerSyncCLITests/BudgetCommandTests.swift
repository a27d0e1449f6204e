import Foundation
import Testing

/// `budget create|list` as a user runs them on the example books.
@Suite struct BudgetCommandTests {
    typealias CLI = LedgerSyncProcess

    @Test func aBudgetFromLastYearsActualsIsListedWithItsFiscalYearAndEachMistakeIsOneLine() throws {
        let ledger = try CLI.exampleLedger()
        let created = try CLI.run(["budget", "create", "2026 Adopted", "--company", "Northwind Traders Inc", "--year", "2026",
                                   "--from-actuals", "2025", "--change", "5%"], ledger: ledger)
        #expect(created.status == 0, "\(created.stderr)")
        let prefix = "created budget \"2026 Adopted\" of Northwind Traders Inc for fiscal year 2026 (2026-01-01 to 2026-12-31), "
        #expect(created.stdout.hasPrefix(prefix))
        #expect(created.stdout.hasSuffix(" accounts from the actuals of 2025 +5%\n"))
        let accounts = Int(created.stdout.dropFirst(prefix.count).prefix { $0.isNumber }) ?? 0
        #expect(accounts > 5, "the example's income and expense accounts of 2025")

        let history = try CLI.run(["budget", "history", "2026 adopted", "--company", "Northwind Traders Inc"], ledger: ledger)
        #expect(history.status == 0, "\(history.stderr)")
        let revisions = history.stdout.split(separator: "\n").dropFirst(3).map { $0.split(separator: " ").map(String.init) }
        #expect(history.stdout.hasPrefix("budget \"2026 Adopted\" of Northwind Traders Inc, fiscal year 2026\n"))
        #expect(revisions.map { [$0[0], $0[1], $0[3]] } == [["1", "created", "0"], ["2", "revised", "0"]],
                "lines filled from actuals replace none")
        #expect(try CLI.run(["budget", "history", "2026 Adoptd", "--company", "Northwind Traders Inc"], ledger: ledger).stderr
                == "ledgersync: no budget named \"2026 Adoptd\" in Northwind Traders Inc (did you mean \"2026 Adopted\"?)\n")

        let cut = try CLI.run(["budget", "create", "2026 Lean", "--company", "Northwind Traders Inc", "--year", "2026",
                               "--from-actuals", "2025", "--change", "-2.5%"], ledger: ledger)
        #expect(cut.status == 0, "\(cut.stderr)")
        #expect(cut.stdout.hasSuffix(" accounts from the actuals of 2025 -2.5%\n"))

        // The UK company's year starts in April: its fiscal year 2026 ends in March 2026.
        let uk = try CLI.run(["budget", "create", "FY2026", "--company", "Northwind UK Ltd", "--year", "2026"], ledger: ledger)
        #expect(uk.stdout == "created budget \"FY2026\" of Northwind UK Ltd for fiscal year 2026 (2025-04-01 to 2026-03-31)\n")

        let listed = try CLI.run(["budget", "list", "--company", "Northwind Traders Inc"], ledger: ledger)
        #expect(listed.status == 0, "\(listed.stderr)")
        let row = listed.stdout.split(separator: "\n").last.map { $0.split(separator: " ", omittingEmptySubsequences: true) } ?? []
        #expect(row.suffix(6) == ["2026", "2026-01-01", "to", "2026-12-31", "\(accounts)", "2"][...], "the last row is 2026 Lean")

        let mistakes: [([String], String)] = [
            (["budget", "create", "2026 adopted", "--company", "Northwind Traders Inc", "--year", "2026"],
             "ledgersync: Northwind Traders Inc already has a budget named \"2026 Adopted\"\n"),
            (["budget", "create", "Other", "--company", "Northwind Traders Inc", "--year", "2026", "--change", "5%"],
             "ledgersync: --change goes with --from-actuals: add --from-actuals YEAR\n"),
            (["budget", "create", "Other", "--company", "Northwind Traders Inc", "--year", "2026", "--from-actuals", "2025",
              "--change", "five"],
             "ledgersync: --change takes a percentage such as 5% or -2.5%, not \"five\"\n"),
            (["budget", "create", "Other", "--company", "Northwind Traders Inc", "--year", "2026", "--from-actuals", "2025",
              "--change", "1.2.3%"],
             "ledgersync: --change takes a percentage such as 5% or -2.5%, not \"1.2.3%\"\n"),
            (["budget", "create", "Other", "--company", "Northwind Traders Inc", "--year", "2026", "--from-actuals", "25"],
             "ledgersync: 25 is not a fiscal year to take actuals from; give one such as 2025\n"),
            (["budget", "create", "Other", "--company", "Northwind Traders Inc", "--year", "2026", "--from-actuals", "2024"],
             "ledgersync: Northwind Traders Inc has no income or expense postings in fiscal year 2024 (2024-01-01 to 2024-12-31) to take a budget from\n"),
        ]
        for (arguments, message) in mistakes {
            let outcome = try CLI.run(arguments, ledger: ledger)
            #expect(outcome.status == 2, "\(arguments)")
            #expect(outcome.stderr == message)
        }
        #expect(!(try CLI.run(["budget", "list", "--company", "Northwind Traders Inc"], ledger: ledger).stdout.contains("Other")),
                "a refused budget is not left half-made")
        #expect(try CLI.run(["budget", "list", "--company", "Northwind Canada Ltd"], ledger: ledger).stdout.contains("2026 Budget"),
                "the example loader's budget")
        _ = try CLI.run(["company", "add", "Harbor Bakery", "--currency", "EUR"], ledger: ledger)
        #expect(try CLI.run(["budget", "list", "--company", "Harbor Bakery"], ledger: ledger).stdout
                == "Harbor Bakery has no budget yet: add one with `ledgersync budget create NAME --year YEAR`\n")
        #expect(try CLI.run(["report", "budget-vs-actual", "--company", "Harbor Bakery"], ledger: ledger).stderr
                == "ledgersync: Harbor Bakery has no budget yet: add one with `ledgersync budget create NAME --year YEAR`\n")
    }
}
