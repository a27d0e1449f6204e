import Foundation
import GRDB
import Testing

/// Runs the built `ledgersync` binary as a user would and captures what it prints.
struct LedgerSyncProcess {
    struct Outcome {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static let binary: URL = {
        let here = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        return [here, here.deletingLastPathComponent()].map { $0.appendingPathComponent("ledgersync") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? here.appendingPathComponent("ledgersync")
    }()

    static let projectRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../..").standardized

    /// Runs `executable` (the built binary unless told) in `folder` (the project's root unless told), with the
    /// environment given or this process's own.
    static func run(_ arguments: [String], ledger: String? = nil, executable: URL = binary, in folder: URL = projectRoot,
                    environment: [String: String]? = nil) throws -> Outcome {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments + (ledger.map { ["--ledger", $0] } ?? [])
        process.currentDirectoryURL = folder
        if let environment { process.environment = environment }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Outcome(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                       stderr: String(decoding: stderr, as: UTF8.self))
    }

    static func temporaryLedger() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("cli-\(UUID().uuidString).sqlite").path
    }

    /// A new ledger with the example books loaded, for the tests of a suite to share.
    static func exampleLedger() throws -> String {
        let ledger = temporaryLedger()
        let loaded = try run(["example"], ledger: ledger)
        guard loaded.status == 0 else { throw CocoaError(.fileReadUnknown, userInfo: ["stderr": loaded.stderr]) }
        return ledger
    }
}

@Suite struct CommandLineTests {
    typealias CLI = LedgerSyncProcess

    @Test func initCompanyAddAndAccountsList() throws {
        let ledger = CLI.temporaryLedger()
        #expect(try CLI.run(["init"], ledger: ledger).stdout == "created ledger \(ledger)\n")
        #expect(try CLI.run(["init"], ledger: ledger).stdout.contains("already a LedgerSync ledger"))
        let added = try CLI.run(["company", "add", "Harbor Bakery", "--currency", "eur", "--fiscal-year-start", "apr"], ledger: ledger)
        #expect(added.status == 0)
        #expect(added.stdout == "added Harbor Bakery (EUR, fiscal year from April)\n")
        let list = try CLI.run(["company", "list"], ledger: ledger).stdout
        #expect(list.contains("Harbor Bakery  EUR       April"))
        let accounts = try CLI.run(["accounts", "list", "--company", "harbor bakery"], ledger: ledger)
        #expect(accounts.status == 0)
        #expect(accounts.stdout.contains("1100    Accounts Receivable"))
        #expect(accounts.stdout.contains("4010      Product Sales"))
    }

    @Test func badInputGetsOneClearLineAndExitCodeTwo() throws {
        let ledger = CLI.temporaryLedger()
        _ = try CLI.run(["company", "add", "Harbor Bakery", "--currency", "EUR"], ledger: ledger)
        let cases: [([String], String)] = [
            (["accounts", "list", "--company", "Harbour Bakery"], "ledgersync: no company named \"Harbour Bakery\" (did you mean \"Harbor Bakery\"?)\n"),
            (["company", "add", "Other", "--currency", "EURO"], "ledgersync: \"EURO\" is not an ISO 4217 currency code (use three letters such as USD, EUR, JPY)\n"),
            (["company", "add", "harbor bakery", "--currency", "EUR"], "ledgersync: a company named \"harbor bakery\" already exists in this ledger\n"),
            (["company", "add", "Other", "--currency", "EUR", "--fiscal-year-start", "13"],
             "ledgersync: --fiscal-year-start \"13\" is not a month; use 1-12 or a name such as April\n"),
        ]
        for (arguments, message) in cases {
            let outcome = try CLI.run(arguments, ledger: ledger)
            #expect(outcome.status == 2, "\(arguments)")
            #expect(outcome.stderr == message)
        }
        #expect(try CLI.run(["company", "list"], ledger: ledger).stdout.components(separatedBy: "\n").count == 4)
    }

    @Test func missingOrForeignLedgerIsRefusedUntouched() throws {
        let missing = CLI.temporaryLedger()
        let outcome = try CLI.run(["company", "list"], ledger: missing)
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains("no ledger at \(missing); create one with `ledgersync init`"))
        #expect(!FileManager.default.fileExists(atPath: missing))

        let foreign = CLI.temporaryLedger()
        try Data("not a database at all".utf8).write(to: URL(fileURLWithPath: foreign))
        for arguments in [["ledger", "check"], ["init"], ["example"]] {
            let refused = try CLI.run(arguments, ledger: foreign)
            #expect(refused.status == 2)
            #expect(refused.stderr.contains("is not a LedgerSync ledger"))
            #expect(FileManager.default.contents(atPath: foreign) == Data("not a database at all".utf8))
        }
    }

    @Test func usageErrorsExitWith64() throws {
        #expect(try CLI.run(["company", "add"]).status == 64)
        #expect(try CLI.run(["no-such-command"]).status == 64)
    }

    @Test func ledgerEnvironmentVariableChoosesTheFile() throws {
        let ledger = CLI.temporaryLedger()
        let process = Process()
        process.executableURL = CLI.binary
        process.arguments = ["init"]
        process.environment = ["LEDGERSYNC_LEDGER": ledger]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(FileManager.default.fileExists(atPath: ledger))
    }

    @Test func exampleThenCheckPassesAndCheckCatchesDamage() throws {
        let ledger = CLI.temporaryLedger()
        let loaded = try CLI.run(["example", "--seed", "7"], ledger: ledger)
        #expect(loaded.status == 0, "\(loaded.stderr)")
        #expect(loaded.stdout.hasPrefix("loaded Northwind Traders Inc, Northwind Canada Ltd, Northwind UK Ltd into \(ledger)"))
        #expect(loaded.stderr.isEmpty, "no progress bar or log lines when stderr is not a terminal")
        let check = try CLI.run(["ledger", "check"], ledger: ledger)
        #expect(check.status == 0)
        #expect(check.stdout == "ok: 3 companies, every invariant holds\n")

        let again = try CLI.run(["example"], ledger: ledger)
        #expect(again.status == 2 && again.stderr.contains("already holds 3 companies"))

        let queue = try DatabaseQueue(path: ledger)
        try queue.write { db in
            try db.execute(sql: """
                DELETE FROM postings WHERE id = (SELECT MIN(p.id) FROM postings p JOIN documents d ON d.id = p.document_id
                                                 WHERE d.kind = 'invoice' AND d.number = 'INV-10001')
                """)
        }
        try queue.close()
        let damaged = try CLI.run(["ledger", "check"], ledger: ledger)
        #expect(damaged.status == 1)
        #expect(damaged.stdout.contains("Northwind Traders Inc: invoice INV-10001: postings sum to"))
    }

    @Test func aCommandWaitsWhileAnotherHoldsTheLedgerLocked() throws {
        let ledger = CLI.temporaryLedger()
        #expect(try CLI.run(["company", "add", "Harbor Bakery", "--currency", "EUR"], ledger: ledger).status == 0)
        // What another process holds while it recovers or closes the ledger: an exclusive lock that stops even readers.
        var configuration = Configuration()
        configuration.allowsUnsafeTransactions = true
        let holder = try DatabaseQueue(path: ledger, configuration: configuration)
        try holder.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE") }

        let process = Process()
        process.executableURL = CLI.binary
        process.arguments = ["company", "list", "--ledger", ledger]
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        Thread.sleep(forTimeInterval: 1)
        #expect(process.isRunning, "the command waits for the lock instead of failing")
        try holder.writeWithoutTransaction { db in try db.execute(sql: "COMMIT") }
        try holder.close()
        let stdout = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(stderr)")
        #expect(stdout.contains("Harbor Bakery"))
    }

    @Test func failedExampleLeavesNoLedgerBehind() throws {
        let ledger = CLI.temporaryLedger()
        let emptyData = FileManager.default.temporaryDirectory.appendingPathComponent("no-data-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: emptyData, withIntermediateDirectories: true)
        let outcome = try CLI.run(["example", "--data", emptyData], ledger: ledger)
        #expect(outcome.status == 2)
        #expect(outcome.stderr == "ledgersync: companies.csv: cannot read \(emptyData)/companies.csv\n")
        #expect(!FileManager.default.fileExists(atPath: ledger))
    }

    @Test func versionNamesTheLinkedLibraries() throws {
        let output = try CLI.run(["version"]).stdout
        for library in ["ledgersync", "sqlite", "libxlsxwriter", "libzip", "libxml2"] {
            #expect(output.contains("\(library) "), "\(library)")
        }
    }
}
