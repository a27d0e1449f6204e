import ArgumentParser
import Foundation
import LedgerStore

/// The `--ledger PATH` option every command takes, falling back to `LEDGERSYNC_LEDGER`, then `./ledger.sqlite`.
struct LedgerOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The ledger file.", valueName: "path"))
    var ledger: String?

    var path: String {
        ledger ?? ProcessInfo.processInfo.environment["LEDGERSYNC_LEDGER"].flatMap { $0.isEmpty ? nil : $0 } ?? LedgerStore.defaultPath
    }

    func open(create: Bool = false) throws -> LedgerStore {
        try LedgerStore(path: path, create: create)
    }
}
