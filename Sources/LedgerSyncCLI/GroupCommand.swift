import Spreadsheet
import ArgumentParser
import Ledger
import LedgerStore

/// `ledgersync group add|list|remove|map`.
struct GroupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "group", abstract: "Add, list or remove company groups, and edit their account maps.",
        subcommands: [List.self, Add.self, Remove.self, GroupMapCommand.self])

    struct List: ReportingCommand {
        static let configuration = CommandConfiguration(abstract: "List the groups, their currencies and companies.")
        @OptionGroup var options: LedgerOptions

        func execute() throws {
            let groups = try options.open().read { reader in
                try reader.groups().map { group in (group, try group.companyIDs.compactMap { try reader.company(id: $0)?.name }) }
            }
            guard !groups.isEmpty else {
                print("no groups yet: add one with `ledgersync group add NAME --companies A,B --currency CUR`")
                return
            }
            var table = TextTable(["Group", "Currency", "Companies"])
            for (group, companies) in groups { table.add([group.name, group.currency.code, companies.joined(separator: ", ")]) }
            print(table.rendered)
        }
    }

    struct Add: ReportingCommand {
        static let configuration = CommandConfiguration(abstract: "Add a group of companies, reported together in one currency.")
        @OptionGroup var options: LedgerOptions

        @Argument(help: "The group's name.")
        var name: String

        @Option(help: ArgumentHelp("The companies, separated by commas, the parent first.", valueName: "A,B,C"))
        var companies: String

        @Option(help: "The currency its consolidated reports are in (ISO code such as USD).")
        var currency: String

        func execute() throws {
            let currency = try Currency(code: currency)
            let (group, members) = try options.open().write { writer in
                let members = try writer.reader.companies(listedIn: companies)
                return (try writer.addGroup(name: name, currency: currency, companyIDs: members.map(\.id)), members)
            }
            print("added group \(group.name) (\(group.currency.code)): \(members.map(\.name).joined(separator: ", "))")
        }
    }

    struct Remove: ReportingCommand {
        static let configuration = CommandConfiguration(
            abstract: "Remove a group and its account map; its companies and their books stay.")
        @OptionGroup var options: LedgerOptions

        @Argument(help: "The group's name.")
        var name: String

        func execute() throws {
            let group = try options.open().write { writer in
                let group = try writer.reader.group(named: name)
                try writer.removeGroup(id: group.id)
                return group
            }
            print("removed group \(group.name)")
        }
    }
}
