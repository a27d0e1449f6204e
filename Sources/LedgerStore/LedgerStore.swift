import Foundation
import GRDB
import GRDBSQLite
import Ledger

/// A ledger file: one SQLite database holding any number of companies' books.
///
/// Opening checks that the file is a LedgerSync ledger of a schema this build knows before anything
/// writes to it, then migrates it and turns on WAL, foreign keys and a busy timeout.
public final class LedgerStore: Sendable {
    /// The file path, as given.
    public let path: String
    let database: DatabaseQueue

    /// Where the ledger is when neither `--ledger` nor `LEDGERSYNC_LEDGER` says.
    public static let defaultPath = "ledger.sqlite"

    /// How long a command waits for another one holding the ledger's lock (a post, or a connection closing).
    static let busyTimeout: TimeInterval = 15

    /// Opens an existing ledger; with `create`, makes a new one when nothing is at `path`.
    public init(path: String, create: Bool = false) throws(StoreError) {
        self.path = path
        let exists = FileManager.default.fileExists(atPath: path)
        guard exists || create else { throw .missingLedger(path: path) }
        if exists { try Self.checkIdentity(path: path) }
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(Self.busyTimeout)
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
            throw .database("cannot open ledger \(path): \(Self.describe(error))")
        }
    }

    /// Refuses files that are not ours, or are from a newer schema, using a read-only connection.
    private static func checkIdentity(path: String) throws(StoreError) {
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        guard size > 0 else { return }
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
        configuration.busyMode = .timeout(busyTimeout)
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
        } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY {
            throw .database("cannot open ledger \(path): \(describe(error)); another command kept it busy for \(Int(busyTimeout)) seconds")
        } catch {
            throw .notALedger(path: path, reason: describe(error))
        }
    }

    /// Runs `body` in one write transaction: everything it does is kept, or nothing is. The transaction takes the
    /// write lock before its first read, so concurrent writers queue (up to the busy timeout) and each sees what the
    /// one before it committed. With `rehearse`, the transaction is rolled back however `body` ends.
    public func write<T>(rehearse: Bool = false, _ body: (LedgerWriter) throws -> T) throws -> T {
        do {
            return try database.writeWithoutTransaction { db in
                var result: T?
                try db.inTransaction(.immediate) {
                    result = try body(LedgerWriter(db))
                    return rehearse ? .rollback : .commit
                }
                return result!
            }
        } catch let error as StoreError {
            throw error
        } catch let error as LedgerError {
            throw StoreError.ledger(error)
        } catch let error as DatabaseError {
            throw StoreError.database(Self.describe(error))
        }
    }

    /// Runs `body` with a consistent read-only view of the ledger. Database failures become `StoreError`;
    /// the body's own errors (a report's, a file writer's) pass through unchanged.
    public func read<T>(_ body: (LedgerReader) throws -> T) throws -> T {
        do {
            return try database.read { db in try body(LedgerReader(db)) }
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
