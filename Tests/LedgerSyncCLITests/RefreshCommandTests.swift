import Foundation
import Testing

/// `refresh` and `report -o EXISTING.xlsx --sheet NAME` as a user runs them, on one copy of the example books.
@Suite struct RefreshCommandTests {
    typealias CLI = LedgerSyncProcess

    static let ledger = Result { try CLI.exampleLedger() }

    private func run(_ arguments: [String]) throws -> LedgerSyncProcess.Outcome {
        try CLI.run(arguments, ledger: try Self.ledger.get())
    }

    private func folder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("refresh-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test func eachWorkbookIsRefreshedOrReportedWithASummaryAndExitOneOnAnyFailure() throws {
        let folder = try folder()
        let first = folder.appendingPathComponent("q3.xlsx").path, second = folder.appendingPathComponent("uk.xlsx").path
        let plain = folder.appendingPathComponent("plain.xlsx").path
        #expect(try run(["report", "profit-and-loss", "--company", "Northwind Traders Inc", "--period", "this-month",
                         "--as-of", "2026-09-15", "-o", first]).status == 0)
        #expect(try run(["report", "trial-balance", "--company", "Northwind UK Ltd", "--as-of", "2026-09-30", "-o", second]).status == 0)
        #expect(try CLI.run(["convert", Self.csv(in: folder), "-o", plain]).status == 0)

        let outcome = try run(["refresh", first, plain, second, "--as-of", "2026-10-15"])
        #expect(outcome.status == 1)
        #expect(outcome.stdout == """
            \(first):
              refreshed "Profit and Loss": profit-and-loss of Northwind Traders Inc, October 1, 2026 to October 31, 2026
            \(second):
              refreshed "Trial Balance": trial-balance of Northwind UK Ltd, As of October 15, 2026
            refreshed 2 of 3 workbooks (2 report sheets); 1 failed, see above

            """)
        #expect(outcome.stderr == "ledgersync: plain.xlsx: has no sheets built by LedgerSync (no _ledgersync sheet); "
                + "add one with `ledgersync report REPORT -o plain.xlsx --sheet NAME`\n")

        // Adding a report to the plain workbook makes it refreshable; --dry-run then writes nothing.
        let added = try run(["report", "balance-sheet", "--company", "Northwind Traders Inc", "-o", plain, "--sheet", "Balance"])
        #expect(added.status == 0)
        #expect(added.stderr == "wrote sheet \"Balance\" into \(plain)\n")
        let before = try Data(contentsOf: URL(fileURLWithPath: plain))
        let dryRun = try run(["refresh", plain, "--dry-run", "--as-of", "2026-10-31"])
        #expect(dryRun.status == 0)
        #expect(dryRun.stdout.contains("would refresh \"Balance\": balance-sheet of Northwind Traders Inc, As of October 31, 2026"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: plain)) == before)

        let replaced = try run(["report", "balance-sheet", "--company", "Northwind Traders Inc", "-o", plain])
        #expect(replaced.status == 2)
        #expect(replaced.stderr.contains("add --sheet NAME to add the report to it as a sheet, or --force to replace the file"))
    }

    @Test func aKillDuringRefreshLeavesTheOriginalReadableAndUnchanged() throws {
        let folder = try folder()
        let book = folder.appendingPathComponent("ledger-book.xlsx").path
        #expect(try run(["report", "general-ledger", "--company", "Northwind Traders Inc", "--period", "last-12-months",
                         "--as-of", "2026-10-31", "-o", book]).status == 0)
        let original = try Data(contentsOf: URL(fileURLWithPath: book))

        let process = Process()
        process.executableURL = CLI.binary
        process.arguments = ["refresh", book, "--as-of", "2026-10-31", "--ledger", try Self.ledger.get()]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        Thread.sleep(forTimeInterval: 0.8)
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal, "the refresh finished before it could be killed; give it more rows")

        #expect(try Data(contentsOf: URL(fileURLWithPath: book)) == original)
        #expect(!FileManager.default.fileExists(atPath: book + ".bak"))
        #expect(try CLI.run(["convert", book, "--sheet", "General Ledger", "-o", folder.appendingPathComponent("gl.csv").path]).status == 0)
        let rerun = try run(["refresh", book, "--as-of", "2026-10-31"])
        #expect(rerun.status == 0, "\(rerun.stderr)")
    }

    /// A small CSV to make a workbook of the user's own with `convert`.
    private static func csv(in folder: URL) throws -> String {
        let path = folder.appendingPathComponent("notes.csv").path
        try "Note,Amount\r\nBudget,100\r\n".write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }
}
