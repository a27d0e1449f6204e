import Foundation
import GRDB
import GRDBSQLite
import Ledger

/// A ledger file: one SQLite database holding any number of companies' books.
///
/// Opening checks that the file is a LedgerSync ledger of a schema this build knows before anything
/// writes to it, then migrates it and turns on WAL, foreign keys and a busy handler that waits for another
/// command's lock. Every write runs SQLite's quick integrity check beside its work and commits only if the file
/// passes, so nothing is added to a damaged file.
public final class LedgerStore: Sendable {
    /// The file path, as given.
    public let path: String
    let database: DatabaseQueue
    private let wait: LockWait

    /// Where the ledger is when neither `--ledger` nor `LEDGERSYNC_LEDGER` says.
    public static let defaultPath = "ledger.sqlite"

    /// Opens an existing ledger; with `create`, makes a new one when nothing (or an empty file) is at `path`.
    /// `wait` says how long to wait for another command's lock.
    public init(path: String, create: Bool = false, wait: LockWait = LockWait()) throws(StoreError) {
        self.path = path
        self.wait = wait
        let exists = FileManager.default.fileExists(atPath: path)
        guard exists || create else { throw .missingLedger(path: path) }
        if exists { try Self.checkIdentity(path: path, create: create, wait: wait) }
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .callback(wait.busyHandler(path: path))
        configuration.prepareDatabase { db in
            // A 16 MiB page cache holds the index pages a big post run keeps changing: posting 100,000 invoice lines
            // into a ledger of 250,000 postings ran no faster with 64 MiB, which only took more memory. Temporary
            // storage in memory keeps savepoint journals (a few pages, freed at release) off disk.
            try db.execute(sql: """
                PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA cache_size = -16384; PRAGMA temp_store = MEMORY
                """)
        }
        do {
            database = try DatabaseQueue(path: path, configuration: configuration)
            try Schema.migrator.migrate(database)
        } catch {
            throw Self.openFailure(error, path: path, wait: wait)
        }
    }

    /// Opens the ledger at `path`, made if missing, and runs `body` with it. When `body` fails on a file this call made,
    /// the file and the `-wal` and `-shm` files SQLite keeps beside it are removed: a failed set-up leaves no
    /// half-made ledger behind.
    public static func creating<T>(path: String, wait: LockWait, _ body: (LedgerStore) throws -> T) throws -> T {
        let isNewFile = !FileManager.default.fileExists(atPath: path)
        do {
            return try body(try LedgerStore(path: path, create: true, wait: wait))
        } catch {
            if isNewFile {
                for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
            }
            throw error
        }
    }

    /// Refuses files that are not ours, or are from a newer schema, using a read-only connection. An empty file is a
    /// new ledger only for a command that creates one.
    private static func checkIdentity(path: String, create: Bool, wait: LockWait) throws(StoreError) {
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        guard size > 0 else {
            if create { return }
            throw .notALedger(path: path, reason: "it is an empty file; `ledgersync init` makes a new ledger there")
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw .notALedger(path: path, reason: "it cannot be read")
        }
        let header = (try? handle.read(upToCount: 16)) ?? Data()
        try? handle.close()
        guard header == Data("SQLite format 3\0".utf8) else {
            throw .notALedger(path: path, reason: "it is not an SQLite database")
        }
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .callback(wait.busyHandler(path: path))
        do {
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            try queue.read { db in
                let applicationID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
                guard applicationID == Schema.applicationID else {
                    throw StoreError.notALedger(path: path, reason: "it is an SQLite database of another program")
                }
                if try Schema.migrator.hasBeenSuperseded(db) { throw StoreError.newerSchema(path: path) }
            }
            try queue.close()
        } catch let error as StoreError {
            throw error
        } catch let error as DatabaseError
                    where [.SQLITE_BUSY, .SQLITE_CORRUPT, .SQLITE_CANTOPEN, .SQLITE_READONLY, .SQLITE_PERM].contains(error.resultCode) {
            throw openFailure(error, path: path, wait: wait)
        } catch {
            throw .notALedger(path: path, reason: describe(error))
        }
    }

    /// Why the ledger could not be opened or written, in the user's terms: another command's lock, a damaged file, a
    /// read-only file or folder, or SQLite's own words.
    static func openFailure(_ error: Error, path: String, wait: LockWait) -> StoreError {
        if let error = error as? StoreError { return error }
        guard let error = error as? DatabaseError else { return .database("cannot open ledger \(path): \(describe(error))") }
        switch error.resultCode {
        case .SQLITE_BUSY:
            return .locked(path: path, seconds: wait.seconds, holders: LedgerHolders.describe(path: path))
        case .SQLITE_CORRUPT, .SQLITE_NOTADB:
            return .damaged(path: path, problem: describe(error))
        case .SQLITE_READONLY, .SQLITE_CANTOPEN, .SQLITE_PERM:
            if let reason = readOnlyReason(path: path) { return .readOnly(path: path, reason: reason) }
            return .database("cannot open ledger \(path): \(describe(error))")
        default:
            return .database("cannot open ledger \(path): \(describe(error))")
        }
    }

    /// What keeps this process from writing the ledger: the file, or its folder, where SQLite keeps the `-wal` and
    /// `-shm` files beside it; nil when both are writable.
    static func readOnlyReason(path: String) -> String? {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        if FileManager.default.fileExists(atPath: path), access(path, W_OK) != 0 { return "the file is read-only" }
        if access(folder, W_OK) != 0 {
            return "its folder \(folder) is read-only, and SQLite keeps its working files (\(URL(fileURLWithPath: path).lastPathComponent)-wal and -shm) beside the ledger"
        }
        return nil
    }

    /// Runs `body` in one write transaction: everything it does is kept, or nothing is. The transaction takes the
    /// write lock before its first read, so concurrent writers queue (up to the lock wait) and each sees what the
    /// one before it committed. With `rehearse`, the transaction is rolled back however `body` ends.
    public func write<T>(rehearse: Bool = false, _ body: (LedgerWriter) throws -> T) throws -> T {
        do {
            return try database.writeWithoutTransaction { db in
                var result: T?
                try db.inTransaction(.immediate) {
                    // The check reads the file as it was before this transaction, beside the work, and must pass
                    // before anything is committed.
                    let integrity = IntegrityCheck(path: path)
                    result = try body(LedgerWriter(db))
                    try integrity.verdict()
                    return rehearse ? .rollback : .commit
                }
                return result!
            }
        } catch let error as StoreError {
            throw error
        } catch let error as LedgerError {
            throw StoreError.ledger(error)
        } catch let error as DatabaseError
                    where [.SQLITE_BUSY, .SQLITE_CORRUPT, .SQLITE_NOTADB, .SQLITE_READONLY].contains(error.resultCode) {
            throw Self.openFailure(error, path: path, wait: wait)
        } catch let error as DatabaseError {
            throw StoreError.database(Self.describe(error))
        }
    }

    /// Runs `body` with a consistent read-only view of the ledger. Database failures become `StoreError`;
    /// the body's own errors (a report's, a file writer's) pass through unchanged.
    public func read<T>(_ body: (LedgerReader) throws -> T) throws -> T {
        do {
            return try database.read { db in try body(LedgerReader(db)) }
        } catch let error as DatabaseError where [.SQLITE_BUSY, .SQLITE_CORRUPT, .SQLITE_NOTADB].contains(error.resultCode) {
            throw Self.openFailure(error, path: path, wait: wait)
        } catch let error as DatabaseError {
            throw StoreError.database(Self.describe(error))
        }
    }

    /// The SQLite library this build runs on, for `ledgersync version`.
    public static var sqliteVersion: String { String(cString: sqlite3_libversion()) }

    static func describe(_ error: Error) -> String {
        if let error = error as? DatabaseError { return error.message ?? error.description }
        return String(describing: error)
    }
}
