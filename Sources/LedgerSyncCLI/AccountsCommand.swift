import ArgumentParser
import Ledger
import LedgerStore

/// `ledgersync accounts list [--company C]`.
struct AccountsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "accounts", abstract: "Show a company's chart of accounts.",
                                                    subcommands: [List.self])

    struct List: ReportingCommand {
        static let configuration = CommandConfiguration(abstract: "List a company's accounts with their balances, sub-accounts indented.")
        @OptionGroup var options: LedgerOptions

        @Option(help: "The company (may be left out when the ledger has only one).")
        var company: String?

        func execute() throws {
            let (company, balances) = try options.open().read { reader in
                let company = try reader.company(namedOrOnly: self.company)
                return (company, try reader.trialBalance(companyID: company.id))
            }
            let byID = Dictionary(uniqueKeysWithValues: balances.map { ($0.account.id, $0) })
            let children = Dictionary(grouping: balances.filter { $0.account.parentID != nil }, by: { $0.account.parentID! })
            var table = TextTable(["Number", "Account", "Type", "Balance \(company.baseCurrency.code)"], rightAligned: [3])
            func add(_ entry: AccountBalance, depth: Int) {
                let name = String(repeating: "  ", count: depth) + entry.account.name + (entry.account.isActive ? "" : " (inactive)")
                table.add([entry.account.number ?? "", name, entry.account.type.displayName,
                           Money(minorUnits: entry.balance, currency: company.baseCurrency).plainText])
                for child in children[entry.account.id] ?? [] { add(child, depth: depth + 1) }
            }
            for entry in balances where entry.account.parentID.flatMap({ byID[$0] }) == nil { add(entry, depth: 0) }
            print(table.rendered)
        }
    }
}
