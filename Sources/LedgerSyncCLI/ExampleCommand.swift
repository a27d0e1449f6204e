import ArgumentParser
import ExampleBooks
import Foundation
import LedgerStore
import Logging

/// `ledgersync example`: loads the Northwind example books into a new ledger.
struct ExampleCommand: ReportingCommand {
    static let configuration = CommandConfiguration(
        commandName: "example",
        abstract: "Load the Northwind example books (three companies, 2025-01 to 2026-10).",
        discussion: "Reference data comes from Examples/northwind/*.csv; the activity is generated deterministically from --seed.")

    @OptionGroup var options: LedgerOptions

    @Option(help: "Multiply the activity this many times (for benchmarks).")
    var scale = 1

    @Option(help: "Seed for the generated activity; the same seed gives the same books.")
    var seed: UInt64 = 1

    @Option(help: ArgumentHelp("Folder of the example CSV files (default: the one installed with ledgersync).", valueName: "dir"))
    var data: String?

    func execute() throws {
        guard let directory = data ?? ShippedFiles.examplesFolder() else {
            throw UserError("cannot find the example data (Examples/northwind) beside ledgersync; reinstall it (make install) or pass --data DIR")
        }
        let started = Date()
        let result = try LedgerStore.creating(path: options.path, wait: options.lockWait) { store in
            let bar = ProgressBar(label: "posting months")
            return try ExampleLoader.load(into: store, from: directory, scale: scale, seed: seed, progress: bar.update)
        }
        let seconds = Date().timeIntervalSince(started)
        Logger(label: "ledgersync.example").info("example loaded", metadata: ["seconds": "\(seconds)"])
        print("loaded \(result.companies.map(\.name).joined(separator: ", ")) into \(options.path)")
        print("\(result.activity.documents) documents posted, \(result.activity.voided) voided, in \(String(format: "%.1f", seconds)) s")
    }
}
