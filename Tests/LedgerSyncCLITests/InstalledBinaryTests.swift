import Foundation
import Testing

/// `make install-files` puts the binary and what it reads at run time under a prefix; the tree, copied elsewhere,
/// works from an empty folder with the source tree out of reach.
@Suite struct InstalledBinaryTests {
    /// Runs `binary` in `folder` with an environment that points at nothing of the source tree.
    static func run(_ binary: URL, _ arguments: [String], in folder: URL) throws -> LedgerSyncProcess.Outcome {
        try LedgerSyncProcess.run(arguments, executable: binary, in: folder, environment: ["PATH": "/usr/bin:/bin", "HOME": folder.path])
    }

    @Test func theInstalledTreeCopiedElsewhereRunsFromAnEmptyFolder() throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("install-\(UUID().uuidString)")
        let prefix = scratch.appendingPathComponent("usr/local"), moved = scratch.appendingPathComponent("elsewhere/opt")
        let make = Process()
        make.executableURL = URL(fileURLWithPath: "/usr/bin/make")
        make.arguments = ["--no-print-directory", "-C", LedgerSyncProcess.projectRoot.path, "install-files",
                          "PREFIX=\(prefix.path)", "BINARY=\(LedgerSyncProcess.binary.path)"]
        make.standardOutput = Pipe()
        try make.run()
        make.waitUntilExit()
        #expect(make.terminationStatus == 0)
        try FileManager.default.createDirectory(at: moved.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: prefix, to: moved)
        try FileManager.default.removeItem(at: prefix)
        let binary = moved.appendingPathComponent("bin/ledgersync")
        let empty = scratch.appendingPathComponent("empty")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)

        let types = try Self.run(binary, ["records", "types"], in: empty)
        #expect(types.status == 0, "\(types.stderr)")
        #expect(types.stdout.contains("invoices-and-bills"))
        let loaded = try Self.run(binary, ["example", "--ledger", "books.sqlite"], in: empty)
        #expect(loaded.status == 0, "\(loaded.stderr)")
        let template = try Self.run(binary, ["records", "template", "customers", "--company", "Northwind Traders Inc",
                                             "--ledger", "books.sqlite", "-o", "customers.xlsx"], in: empty)
        #expect(template.status == 0, "\(template.stderr)")
        #expect(FileManager.default.contents(atPath: empty.appendingPathComponent("customers.xlsx").path)?.starts(with: Data("PK".utf8)) == true)
        let report = try Self.run(binary, ["report", "balance-sheet", "--company", "Northwind Traders Inc", "--as-of", "2026-10-31",
                                           "--ledger", "books.sqlite"], in: empty)
        #expect(report.status == 0, "\(report.stderr)")
        #expect(report.stdout.contains("Total Assets"))
        try? FileManager.default.removeItem(at: scratch)
    }
}
