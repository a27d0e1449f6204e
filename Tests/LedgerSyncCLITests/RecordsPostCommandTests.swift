import Foundation
import GRDB
import Testing

/// `records post` as a process: what it prints, its exit code, and what a kill or a second process does to the ledger.
@Suite struct RecordsPostCommandTests {
    /// A ledger with one company on the starter chart, and a CSV of `entries` two-line journal entries.
    private func journalBooks(entries: Int) throws -> (ledger: String, csv: String) {
        let ledger = LedgerSyncProcess.temporaryLedger()
        #expect(try LedgerSyncProcess.run(["company", "add", "Kill Test Co", "--currency", "USD"], ledger: ledger).status == 0)
        var text = "Post,Number,Date,Account,Debit,Credit\n"
        for entry in 1...entries {
            text += "yes,JE-\(entry),2026-03-\(entry % 28 + 1),1000,\(entry).25,\n,,,1010,,\(entry).25\n"
        }
        let csv = ledger.replacingOccurrences(of: ".sqlite", with: "-journal-entries.csv")
        try text.write(toFile: csv, atomically: true, encoding: .utf8)
        return (ledger, csv)
    }

    private func documentCount(_ ledger: String) throws -> Int {
        try DatabaseQueue(path: ledger).read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM documents") ?? -1 }
    }

    @Test func summaryOnStdoutProblemsOnStderrAndExitOneWhenARowFails() throws {
        let (ledger, csv) = try journalBooks(entries: 3)
        var text = try String(contentsOfFile: csv, encoding: .utf8)
        text += "yes,JE-bad,2026-03-01,9999,5,\n,,,1010,,5\n"
        try text.write(toFile: csv, atomically: true, encoding: .utf8)
        let outcome = try LedgerSyncProcess.run(["records", "post", csv], ledger: ledger)
        #expect(outcome.status == 1)
        #expect(outcome.stdout.contains("3 posted, 0 updated, 0 voided, 0 unchanged, 1 with errors"))
        #expect(outcome.stderr == "\(URL(fileURLWithPath: csv).lastPathComponent), row 8, column \"Account\": no account named \"9999\" in Kill Test Co\n")
        #expect(FileManager.default.fileExists(atPath: csv.replacingOccurrences(of: ".csv", with: ".results.csv")))
    }

    @Test func aKilledRunLeavesNothingAndTheRerunPostsEachDocumentOnce() throws {
        let (ledger, csv) = try journalBooks(entries: 20_000)
        let process = Process()
        process.executableURL = LedgerSyncProcess.binary
        process.arguments = ["records", "post", csv, "--ledger", ledger]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        Thread.sleep(forTimeInterval: 1.5)
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal, "the post finished before it could be killed; give it more rows")
        #expect(try documentCount(ledger) == 0)

        let rerun = try LedgerSyncProcess.run(["records", "post", csv], ledger: ledger)
        #expect(rerun.status == 0)
        #expect(try documentCount(ledger) == 20_000)
        #expect(try LedgerSyncProcess.run(["ledger", "check"], ledger: ledger).status == 0)
    }

    @Test func twoConcurrentPostsWriteEachDocumentExactlyOnce() throws {
        // Small enough that the second run's wait for the first stays well inside the busy timeout on a loaded machine.
        let (ledger, csv) = try journalBooks(entries: 500)
        let copy = csv.replacingOccurrences(of: ".csv", with: "-copy.csv")
        try FileManager.default.copyItem(atPath: csv, toPath: copy)
        let runs = [csv, copy].map { file in
            let process = Process()
            process.executableURL = LedgerSyncProcess.binary
            process.arguments = ["records", "post", file, "--type", "journal-entries", "--ledger", ledger]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            return process
        }
        for run in runs { try run.run() }
        for run in runs { run.waitUntilExit() }
        #expect(runs.map(\.terminationStatus) == [0, 0])
        #expect(try documentCount(ledger) == 500)
        let results = try [csv, copy].map { try String(contentsOfFile: $0.replacingOccurrences(of: ".csv", with: ".results.csv"), encoding: .utf8) }
        let posted = results.map { $0.components(separatedBy: ",Posted,").count - 1 }
        let unchanged = results.map { $0.components(separatedBy: ",Unchanged,").count - 1 }
        // Two rows per entry: one run posted every entry, the other found each already there.
        #expect(posted.sorted() == [0, 1_000])
        #expect(unchanged.sorted() == [0, 1_000])
    }
}
