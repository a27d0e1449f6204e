import Foundation
import GRDB

/// SQLite's quick integrity check of a ledger file, run on a read-only connection of its own while a write goes on,
/// so a year of books (about 0.15 s to check) costs a post no time; a damaged file takes no writes.
final class IntegrityCheck: @unchecked Sendable {
    private let path: String
    private let done = DispatchSemaphore(value: 0)
    /// Set by the checking thread before `done` is signalled: nil when the file is sound.
    private var problem: String?

    /// Starts checking the ledger at `path` as its last commit left it.
    init(path: String) {
        self.path = path
        Thread.detachNewThread { [self] in
            problem = Self.problem(path: path)
            done.signal()
        }
    }

    /// Waits for the check; throws `StoreError.damaged` when it found the file damaged.
    func verdict() throws(StoreError) {
        done.wait()
        if let problem { throw .damaged(path: path, problem: problem) }
    }

    private static func problem(path: String) -> String? {
        var configuration = Configuration()
        configuration.readonly = true
        do {
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            let problems = try queue.read { db in try String.fetchAll(db, sql: "PRAGMA quick_check(3)") }
            try queue.close()
            return problems == ["ok"] ? nil : "SQLite's integrity check says: " + problems.joined(separator: "; ")
        } catch let error as DatabaseError where [.SQLITE_CORRUPT, .SQLITE_NOTADB].contains(error.resultCode) {
            return LedgerStore.describe(error)
        } catch {
            // A check that cannot run (no memory, a file handle limit) does not stop the write; the write's own
            // reads still meet any damage.
            return nil
        }
    }
}
