import ArgumentParser
import Foundation
import LedgerStore

/// `ledgersync group map export|import`: a group's account map as a CSV file.
struct GroupMapCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "map", abstract: "Write a group's account map to a CSV file, or bring an edited one back.",
        discussion: """
            The file has the columns company, account number, account name, group account: one row per account of \
            the group's companies and the group account it adds into. An account the group has no override for goes \
            by its group-account code, else its account number, else its name and type ("product sales|income").
            """,
        subcommands: [Export.self, Import.self])

    struct Export: ReportingCommand {
        static let configuration = CommandConfiguration(abstract: "Write the group's account map to a CSV file.")
        @OptionGroup var options: LedgerOptions

        @Option(help: "The group.")
        var group: String

        @OptionGroup var file: OutputFileOptions

        func validate() throws { try file.check(formats: ["csv"]) }

        func execute() throws {
            let output = file.output
            let store = try options.open()
            let group = try store.read { try $0.group(named: self.group) }
            let rows = try GroupMapFile.export(group, from: store, to: output)
            FileHandle.standardError.write(Data("wrote \(output) (\(rows) accounts of \(group.name))\n".utf8))
        }
    }

    struct Import: ReportingCommand {
        static let configuration = CommandConfiguration(
            abstract: "Set the group accounts of the accounts a CSV file lists.",
            discussion: """
                Each row's group account replaces the group's override for that account; a blank one, or one equal \
                to what the default rule gives, drops the override. Accounts the file leaves out keep theirs. A bad \
                row stops the import with nothing written.
                """)
        @OptionGroup var options: LedgerOptions

        @Argument(help: ArgumentHelp("The CSV file (columns company, account number, account name, group account).", valueName: "file"))
        var file: String

        @Option(help: "The group.")
        var group: String

        func execute() throws {
            let store = try options.open()
            let group = try store.read { try $0.group(named: self.group) }
            let imported = try GroupMapFile.import(file, into: group, store: store)
            let byRule = imported.accounts - imported.overrides
            print("\(group.name): \(imported.accounts) accounts from \(URL(fileURLWithPath: file).lastPathComponent), "
                  + "\(imported.overrides) mapped by override, \(byRule) by the default rule")
        }
    }
}
