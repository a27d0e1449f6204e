import ArgumentParser
import Foundation
import Logging
import SpreadsheetBasics

/// The `ledgersync` command: keeps a ledger and spreadsheets in sync.
public struct LedgerSync: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "ledgersync",
        abstract: "Keep a small-business ledger and spreadsheets in sync.",
        discussion: "The ledger is ./ledger.sqlite unless --ledger or LEDGERSYNC_LEDGER names another file.",
        version: LedgerSyncVersion.number,
        subcommands: [InitCommand.self, ExampleCommand.self, CompanyCommand.self, FundCommand.self, AccountsCommand.self, GroupCommand.self, BudgetCommand.self, RatesCommand.self,
                      LedgerCommand.self, ReportCommand.self, TableCommand.self, RecordsCommand.self, RefreshCommand.self, ExportCommand.self,
                      ConvertCommand.self, VersionCommand.self])

    public init() {}
}

extension LedgerSync {
    /// Parses the command line and runs the command. Options that do not go together (a `UserError` from a
    /// `validate()`) are one line and exit status 2, like every other bad input; ArgumentParser's own usage errors
    /// keep its usage text and status 64, and `--help` and `--version` print as usual. C libraries' own messages
    /// are hidden: each failure is told once, in the user's terms.
    public static func runFromCommandLine() -> Never {
        LibraryMessages.hide()
        var command: ParsableCommand
        do {
            command = try parseAsRoot()
        } catch {
            // ArgumentParser answers an error of ours from validate() with EXIT_FAILURE; its own with 0 or 64.
            let message = message(for: error)
            if exitCode(for: error) == .failure, !message.isEmpty { ExitStatus.failBadInput(message) }
            exit(withError: error)
        }
        do {
            try command.run()
            exit()
        } catch {
            exit(withError: error)
        }
    }

    /// Log lines go to stderr at the level `LEDGERSYNC_LOG` names (trace … critical); warnings and worse by default.
    public static func bootstrapLogging() {
        let level = ProcessInfo.processInfo.environment["LEDGERSYNC_LOG"].flatMap { Logger.Level(rawValue: $0.lowercased()) } ?? .warning
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = level
            return handler
        }
    }
}
