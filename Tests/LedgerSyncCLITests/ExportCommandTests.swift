import Foundation
import Testing

/// `export journal` as a user runs it: to a file (replaced only with --force) or to standard output.
@Suite struct ExportCommandTests {
    typealias CLI = LedgerSyncProcess

    static let ledger = Result { try CLI.exampleLedger() }

    private func run(_ arguments: [String]) throws -> LedgerSyncProcess.Outcome {
        try CLI.run(arguments, ledger: try Self.ledger.get())
    }

    @Test func journalIsWrittenOnceReplacedOnlyWithForceAndMatchesStandardOutput() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("journal-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("uk.journal").path
        let arguments = ["export", "journal", "--company", "northwind uk ltd", "--from", "2025-04-01", "--to", "2026-03-31", "-o", path]
        let first = try run(arguments)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stderr.wholeMatch(of: /wrote .*uk.journal: [0-9]+ transactions of Northwind UK Ltd in GBP\n/) != nil, "\(first.stderr)")
        let written = try String(contentsOfFile: path, encoding: .utf8)
        #expect(written.hasPrefix("; Northwind UK Ltd, in GBP, 2025-04-01 to 2026-03-31: one transaction per posted document.\n\n2025-04-01 ("))

        let refused = try run(arguments)
        #expect(refused.status == 2)
        #expect(refused.stderr == "ledgersync: \(path) already exists: add --force to replace it\n")
        #expect(try run(arguments + ["--force"]).status == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["uk.journal"], "no temporary files left behind")

        let printed = try run(["export", "journal", "--company", "Northwind UK Ltd", "--from", "2025-04-01", "--to", "2026-03-31", "-o", "-"])
        #expect(printed.status == 0)
        #expect(printed.stderr.isEmpty)
        #expect(printed.stdout == written)
    }

    @Test func mistakesGetOneLineNamingTheFix() throws {
        let cases: [([String], String)] = [
            (["--company", "Northwind UK", "-o", "-"], "ledgersync: no company named \"Northwind UK\" (did you mean \"Northwind UK Ltd\"?)\n"),
            (["--company", "Northwind UK Ltd", "--from", "2025-01-01", "-o", "-"],
             "ledgersync: --from and --to go together: add --to (dates as YYYY-MM-DD)\n"),
            (["--company", "Northwind UK Ltd", "-o", "/no/such/folder/uk.journal"],
             "ledgersync: uk.journal: cannot write in /no/such/folder: check the folder exists and is writable\n"),
        ]
        for (arguments, message) in cases {
            let outcome = try run(["export", "journal"] + arguments)
            #expect(outcome.status == 2, "\(arguments)")
            #expect(outcome.stderr == message, "\(arguments)")
            #expect(outcome.stdout.isEmpty)
        }
    }
}
