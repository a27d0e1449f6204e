import Foundation
import GRDB
import Testing

/// The ledger and the user's files under faults, each made first: a lock another process holds, a damaged ledger, an
/// empty file, a read-only folder, results that cannot be written, and working files left by killed runs.
@Suite struct LedgerFaultCommandTests {
    typealias CLI = LedgerSyncProcess

    /// A ledger with one company and a CSV of three journal entries to post into it.
    private func books() throws -> (ledger: String, csv: String) {
        let ledger = CLI.temporaryLedger()
        #expect(try CLI.run(["company", "add", "Fault Co", "--currency", "USD"], ledger: ledger).status == 0)
        let csv = ledger.replacingOccurrences(of: ".sqlite", with: "-journal-entries.csv")
        var text = "Post,Number,Date,Account,Debit,Credit\n"
        for entry in 1...3 { text += "yes,JE-\(entry),2026-03-0\(entry),1000,\(entry).25,\n,,,1010,,\(entry).25\n" }
        try text.write(toFile: csv, atomically: true, encoding: .utf8)
        return (ledger, csv)
    }

    private func documentCount(_ ledger: String) throws -> Int {
        try DatabaseQueue(path: ledger).read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM documents") ?? -1 }
    }

    /// A Python process holding the ledger's write lock for `seconds`, started and holding it on return.
    private func holdLock(_ ledger: String, seconds: Double) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments = ["-c", """
            import sqlite3, sys, time
            connection = sqlite3.connect(sys.argv[1], isolation_level=None)
            connection.execute("BEGIN IMMEDIATE")
            print("locked", flush=True)
            time.sleep(float(sys.argv[2]))
            connection.execute("COMMIT")
            """, ledger, String(seconds)]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        _ = output.fileHandleForReading.availableData  // "locked"
        return process
    }

    private func stop(_ process: Process) {
        guard process.isRunning else { return }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    @Test func aLockHeldLongerThanTheWaitNamesItsHolderAndWritesNothing() throws {
        let (ledger, csv) = try books()
        let holder = try holdLock(ledger, seconds: 60)
        defer { stop(holder) }
        let outcome = try CLI.run(["records", "post", csv, "--wait", "2"], ledger: ledger)
        #expect(outcome.status != 0)
        #expect(outcome.stderr.contains("waiting for the ledger \(ledger): another command is writing to it (up to 2 s; --wait SECONDS changes that)"))
        #expect(outcome.stderr.contains("the ledger \(ledger) stayed locked for 2 s: it is open in process \(holder.processIdentifier)"))
        #expect(outcome.stderr.contains("python3 -c"))
        #expect(outcome.stderr.hasSuffix("nothing was written. Try again when it has finished, or wait longer with --wait SECONDS\n"))
        stop(holder)
        #expect(try documentCount(ledger) == 0)
    }

    @Test func aPostWaitsForALockReleasedWithinTheWaitAndSaysSo() throws {
        let (ledger, csv) = try books()
        let holder = try holdLock(ledger, seconds: 3)
        defer { holder.waitUntilExit() }
        let outcome = try CLI.run(["records", "post", csv], ledger: ledger, environment: ProcessInfo.processInfo.environment.merging(["LEDGERSYNC_WAIT": "30"]) { $1 })
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stderr.contains("waiting for the ledger \(ledger): another command is writing to it (up to 30 s"))
        #expect(try documentCount(ledger) == 3)
    }

    @Test func aDamagedLedgerTakesNoWrites() throws {
        let ledger = try CLI.exampleLedger()
        // Overwrite pages near the end of the file, where the last tables' and indexes' pages are.
        let handle = try #require(FileHandle(forUpdatingAtPath: ledger))
        let size = try handle.seekToEnd()
        let pageSize: UInt64 = 4096
        try handle.seek(toOffset: (size / pageSize - 40) * pageSize)
        try handle.write(contentsOf: Data(repeating: 0x5A, count: Int(pageSize) * 20))
        try handle.close()
        let before = try Data(contentsOf: URL(fileURLWithPath: ledger))
        let csv = ledger.replacingOccurrences(of: ".sqlite", with: "-journal-entries.csv")
        try "Post,Number,Date,Account,Debit,Credit\nyes,JE-X,2026-03-01,1000,5,\n,,,1010,,5\n".write(toFile: csv, atomically: true, encoding: .utf8)
        let outcome = try CLI.run(["records", "post", csv, "--company", "Northwind Traders Inc"], ledger: ledger)
        #expect(outcome.status != 0)
        #expect(outcome.stderr.hasPrefix("ledgersync: the ledger \(ledger) is damaged ("), "\(outcome.stderr)")
        #expect(outcome.stderr.hasSuffix("nothing was written to it. Restore it from a backup copy (keep the damaged file aside), then run the command again\n"))
        #expect(!FileManager.default.fileExists(atPath: csv.replacingOccurrences(of: ".csv", with: ".results.csv")))
        #expect(try Data(contentsOf: URL(fileURLWithPath: ledger)) == before)
    }

    @Test func anEmptyFileIsALedgerOnlyForInit() throws {
        let ledger = CLI.temporaryLedger()
        #expect(FileManager.default.createFile(atPath: ledger, contents: Data()))
        let outcome = try CLI.run(["company", "list"], ledger: ledger)
        #expect(outcome.status != 0)
        #expect(outcome.stderr == "ledgersync: \(ledger) is not a LedgerSync ledger (it is an empty file; `ledgersync init` makes a new ledger there); it was left untouched. Point --ledger at a ledger file\n")
        #expect(try Data(contentsOf: URL(fileURLWithPath: ledger)).isEmpty)
        #expect(try CLI.run(["init"], ledger: ledger).status == 0)
        #expect(try CLI.run(["company", "list"], ledger: ledger).status == 0)
    }

    /// The user a read-only test runs as: root writes anywhere, so as root the binary runs as `nobody`.
    private func runAsUser(_ arguments: [String], ledger: String) throws -> LedgerSyncProcess.Outcome {
        guard getuid() == 0 else { return try CLI.run(arguments, ledger: ledger) }
        return try CLI.run(["--reuid=nobody", "--regid=nogroup", "--clear-groups", CLI.binary.path] + arguments, ledger: ledger,
                           executable: URL(fileURLWithPath: "/usr/bin/setpriv"), in: URL(fileURLWithPath: "/"))
    }

    @Test(.enabled(if: getuid() != 0 || FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv")))
    func aLedgerInAReadOnlyFolderSaysSo() throws {
        // In /tmp itself, which every user may enter (a test's own temporary folder may not be).
        let folder = "/tmp/cli-readonly-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
        defer {
            chmod(folder, 0o755)
            try? FileManager.default.removeItem(atPath: folder)
        }
        let ledger = folder + "/books.sqlite"
        #expect(try CLI.run(["company", "add", "Fault Co", "--currency", "USD"], ledger: ledger).status == 0)
        chmod(ledger, 0o666)
        chmod(folder, 0o555)
        let outcome = try runAsUser(["company", "add", "Other Co", "--currency", "USD"], ledger: ledger)
        #expect(outcome.status != 0)
        #expect(outcome.stderr == "ledgersync: cannot write to the ledger \(ledger): its folder \(folder) is read-only, and SQLite keeps its working files (books.sqlite-wal and -shm) beside the ledger; nothing was written. Make it writable, or copy the ledger to a folder you can write in and point --ledger at the copy\n")
    }

    @Test func aRunWhoseRowsWereAllUnchangedExitsZeroWhenItsResultsCannotBeWritten() throws {
        let (ledger, csv) = try books()
        #expect(try CLI.run(["records", "post", csv], ledger: ledger).status == 0)
        // The results file's name taken by a folder: the second run's results cannot go there.
        let results = csv.replacingOccurrences(of: ".csv", with: ".results.csv")
        try FileManager.default.removeItem(atPath: results)
        try FileManager.default.createDirectory(atPath: results + "/kept", withIntermediateDirectories: true)
        let again = try CLI.run(["records", "post", csv], ledger: ledger)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout.contains("0 posted, 0 updated, 0 voided, 3 unchanged, 0 with errors"))
        #expect(again.stderr.hasPrefix("warning: "))
        #expect(again.stderr.hasSuffix("; every row was in the ledger already, so nothing is lost\n"))
        #expect(!again.stdout.contains("results written"))
        #expect(try documentCount(ledger) == 3)
    }

    @Test func workingFilesLeftByKilledRunsAreRemovedAndNoOneElsesAre() throws {
        let ledger = try CLI.exampleLedger()
        let folder = URL(fileURLWithPath: ledger).deletingLastPathComponent().appendingPathComponent("work-\(UUID().uuidString)")
        let temporary = folder.appendingPathComponent("tmp")
        try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let report = folder.appendingPathComponent("pl.xlsx").path
        let environment = ProcessInfo.processInfo.environment.merging(["TMPDIR": temporary.path]) { $1 }
        let arguments = ["report", "profit-and-loss", "--company", "Northwind Traders Inc", "--from", "2025-01-01", "--to", "2025-12-31", "-o", report]
        #expect(try CLI.run(arguments, ledger: ledger, environment: environment).status == 0)

        // A process ID no process has (above the kernel's limit), this test's own (alive), and names of the user's.
        let gone = "99999999-\(UUID().uuidString)", alive = "\(getpid())-\(UUID().uuidString)"
        let leftovers = [".pl.xlsx.\(gone).tmp", "tmp/ledgersync-sheet-\(gone).xml", "tmp/ledgersync-refresh-\(gone)/",
                         "tmp/ledgersync-parts-\(gone)/"]
        let kept = [".pl.xlsx.\(alive).tmp", ".pl.xlsx.notes.tmp", "tmp/ledgersync-sheet-\(alive).xml", "tmp/ledgersync-sheet-notes.xml",
                    "tmp/ledgersync-mine-\(gone)/", "pl.xlsx.\(gone).tmp"]
        for name in leftovers + kept {
            let url = folder.appendingPathComponent(name)
            if name.hasSuffix("/") {
                try FileManager.default.createDirectory(at: url.appendingPathComponent("xl"), withIntermediateDirectories: true)
            } else {
                try Data("x".utf8).write(to: url)
            }
        }
        let refreshed = try CLI.run(["refresh", report], ledger: ledger, environment: environment)
        #expect(refreshed.status == 0, "\(refreshed.stderr)")
        for name in leftovers { #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent(name).path), "\(name)") }
        for name in kept { #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent(name).path), "\(name)") }
    }

    /// A full disk made as a 64 KiB memory file system, which only root may mount.
    @Test(.enabled(if: getuid() == 0 && FileManager.default.isExecutableFile(atPath: "/usr/bin/mount")))
    func aFullDiskDuringReportOutputSaysSoInOneLine() throws {
        let ledger = try CLI.exampleLedger()
        let disk = URL(fileURLWithPath: ledger).deletingLastPathComponent().appendingPathComponent("disk-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: disk, withIntermediateDirectories: true)
        let mount = try CLI.run(["-t", "tmpfs", "-o", "size=64k", "tmpfs", disk], executable: URL(fileURLWithPath: "/usr/bin/mount"))
        try #require(mount.status == 0, "\(mount.stderr)")
        defer {
            _ = try? CLI.run([disk], executable: URL(fileURLWithPath: "/usr/bin/umount"))
            try? FileManager.default.removeItem(atPath: disk)
        }
        for name in ["ledger.xlsx", "ledger.csv"] {
            let outcome = try CLI.run(["report", "general-ledger", "--company", "Northwind Traders Inc", "--from", "2025-01-01",
                                       "--to", "2025-12-31", "-o", disk + "/" + name], ledger: ledger)
            #expect(outcome.status != 0)
            #expect(outcome.stderr == "ledgersync: \(name): the disk holding \(disk) is full; nothing was written there. Free some space and run the command again\n")
            #expect(try FileManager.default.contentsOfDirectory(atPath: disk) == [])
        }
    }
}
