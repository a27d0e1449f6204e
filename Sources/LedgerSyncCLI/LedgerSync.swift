import ArgumentParser
import Foundation
import Logging

/// The `ledgersync` command: keeps a ledger and spreadsheets in sync.
public struct LedgerSync: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "ledgersync",
        abstract: "Keep a small-business ledger and spreadsheets in sync.",
        discussion: "The ledger is ./ledger.sqlite unless --ledger or LEDGERSYNC_LEDGER names another file.",
        version: LedgerSyncVersion.number,
        subcommands: [InitCommand.self, ExampleCommand.self, CompanyCommand.self, AccountsCommand.self, GroupCommand.self, RatesCommand.self,
                      LedgerCommand.self, ReportCommand.self, TableCommand.self, RecordsCommand.self, RefreshCommand.self, ExportCommand.self,
                      ConvertCommand.self, VersionCommand.self])

    public init() {}
}

extension LedgerSync {
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
