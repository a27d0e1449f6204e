import ArgumentParser
import Foundation
import LedgerStore

/// `ledgersync init`: creates an empty ledger file.
struct InitCommand: ReportingCommand {
    static let configuration = CommandConfiguration(commandName: "init", abstract: "Create an empty ledger file.")

    @OptionGroup var options: LedgerOptions

    func execute() throws {
        let existed = FileManager.default.fileExists(atPath: options.path)
        _ = try options.open(create: true)
        print(existed ? "\(options.path) is already a LedgerSync ledger" : "created ledger \(options.path)")
    }
}
