import ArgumentParser
import Foundation
import LedgerStore

/// The `--ledger PATH` option every command takes, falling back to `LEDGERSYNC_LEDGER`, then `./ledger.sqlite`, and
/// `--wait SECONDS` for another command's lock, falling back to `LEDGERSYNC_WAIT`, then 60 seconds.
struct LedgerOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The ledger file.", valueName: "path"))
    var ledger: String?

    @Option(name: .long, help: ArgumentHelp("How long to wait for another command writing to the ledger (default 60, or LEDGERSYNC_WAIT).",
                                            valueName: "seconds"))
    var wait: Double?

    var path: String {
        ledger ?? ProcessInfo.processInfo.environment["LEDGERSYNC_LEDGER"].flatMap { $0.isEmpty ? nil : $0 } ?? LedgerStore.defaultPath
    }

    func validate() throws {
        if let wait, !(wait >= 0) { throw UserError("--wait takes a number of seconds, 0 or more") }
        if wait == nil, let text = ProcessInfo.processInfo.environment["LEDGERSYNC_WAIT"], !text.isEmpty,
           !(Double(text).map { $0 >= 0 } ?? false) {
            throw UserError("LEDGERSYNC_WAIT is \"\(text)\"; set it to a number of seconds, 0 or more")
        }
    }

    func open(create: Bool = false) throws -> LedgerStore {
        try LedgerStore(path: path, create: create, wait: lockWait)
    }

    /// How long to wait for another command's lock, telling the user on stderr while it waits.
    var lockWait: LockWait {
        let seconds = wait ?? ProcessInfo.processInfo.environment["LEDGERSYNC_WAIT"].flatMap(Double.init) ?? LockWait.defaultSeconds
        return LockWait(seconds: seconds) { notice in
            FileHandle.standardError.write(Data((notice + "\n").utf8))
        }
    }
}
