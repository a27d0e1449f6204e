import ArgumentParser
import LedgerStore

/// `ledgersync ledger check`.
struct LedgerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "ledger", abstract: "Work on the ledger file itself.",
                                                    subcommands: [Check.self])

    struct Check: ReportingCommand {
        static let configuration = CommandConfiguration(
            abstract: "Verify the books' invariants for every company; exit 1 naming each broken one.",
            discussion: """
                Checks that every posted document's postings sum to zero, void documents post nothing, postings stay \
                in their company, payments settle exactly their amount and never more than is open, each company's \
                trial balance is zero, and the receivables and payables control accounts equal the open invoices, \
                bills and credits.
                """)
        @OptionGroup var options: LedgerOptions

        func execute() throws {
            let store = try options.open()
            let (companies, violations) = try store.read { reader in (try reader.companies(), try reader.check()) }
            for violation in violations { print(violation) }
            guard violations.isEmpty else {
                print("\(violations.count) problems found in \(options.path)")
                throw ExitStatus.problemsFound
            }
            print("ok: \(companies.count) companies, every invariant holds")
        }
    }
}
