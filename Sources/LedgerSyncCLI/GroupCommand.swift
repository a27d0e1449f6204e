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
                let members = try CompanyList.companies(companies, in: writer.reader)
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

/// Company names given as one comma-separated option.
enum CompanyList {
    /// The companies `text` names, in order. A name may itself hold commas ("Harbor Foods, Inc."): the longest run
    /// of pieces that names a company is taken first.
    static func companies(_ text: String, in reader: LedgerReader) throws -> [Company] {
        let pieces = text.split(separator: ",", omittingEmptySubsequences: false)
        guard pieces.contains(where: { !$0.trimmingSpaces().isEmpty }) else {
            throw UserError("--companies needs company names, separated by commas")
        }
        let known = try reader.companies()
        var companies: [Company] = []
        var start = 0
        while start < pieces.count {
            let first = pieces[start].trimmingSpaces()
            if first.isEmpty { start += 1; continue }
            let match = (start..<pieces.count).reversed().lazy.compactMap { end in
                let name = pieces[start...end].joined(separator: ",").trimmingSpaces()
                return known.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }.map { ($0, end) }
            }.first
            guard let (company, end) = match else {
                throw StoreError.unknown(what: "company", name: first, company: nil,
                                         suggestions: NameMatch.suggestions(for: first, among: known.map(\.name)))
            }
            companies.append(company)
            start = end + 1
        }
        return companies
    }
}
