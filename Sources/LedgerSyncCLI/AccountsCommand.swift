import ArgumentParser
import Ledger
import Refresh
import Reports

/// `ledgersync accounts list [--company C] [--as-of DATE]`: the `accounts` table on the terminal.
struct AccountsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "accounts", abstract: "Show a company's chart of accounts.",
                                                    subcommands: [List.self])

    struct List: ReportingCommand {
        static let configuration = CommandConfiguration(
            abstract: "List a company's accounts with their balances, sub-accounts indented.",
            discussion: "It prints the table `ledgersync table accounts` writes to a file.")
        @OptionGroup var options: LedgerOptions
        @OptionGroup var company: CompanyOptions

        @Option(name: .customLong("as-of"), help: ArgumentHelp("The balances at the end of this day (YYYY-MM-DD); today by default.", valueName: "date"))
        var asOf: LocalDate?

        func execute() throws {
            let store = try options.open()
            var request = ReportRequest(report: "accounts", company: try company.company(in: store).name)
            request.asOf = asOf
            let sheets = try ReportSheet.plan(for: request, named: nil, in: store)
            try ReportOutput.send(sheets, to: .terminal, ledger: store)
        }
    }
}
