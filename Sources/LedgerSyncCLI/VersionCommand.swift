import ArgumentParser
import LedgerStore
import Spreadsheet

/// The tool's version.
enum LedgerSyncVersion {
    static let number = "0.1.0"
}

/// `ledgersync version`: the tool's version and the C libraries it runs on.
struct VersionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "version",
                                                    abstract: "Print the version of ledgersync and of the libraries it uses.")

    func run() {
        print("ledgersync \(LedgerSyncVersion.number)")
        print("sqlite \(LedgerStore.sqliteVersion)")
        for library in SpreadsheetLibraries.versions { print("\(library.name) \(library.version)") }
    }
}
