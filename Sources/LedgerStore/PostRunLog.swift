import Foundation
import GRDB
import Ledger

/// What a `records post` run read: recorded with the records it wrote, so every document can be traced to the
/// file, sheet and rows it came from.
public struct PostRun: Sendable, Equatable {
    public var id: Int64?
    public var companyID: Int64
    public var recordType: String
    public var fileName: String
    public var fileSHA256: String
    public var sheet: String?
    /// UTC, ISO 8601.
    public var startedAt: String
    public var osUser: String
    public var counts: PostRunCounts

    public init(id: Int64? = nil, companyID: Int64, recordType: String, fileName: String, fileSHA256: String, sheet: String?,
                startedAt: String, osUser: String, counts: PostRunCounts = PostRunCounts()) {
        self.id = id
        self.companyID = companyID
        self.recordType = recordType
        self.fileName = fileName
        self.fileSHA256 = fileSHA256
        self.sheet = sheet
        self.startedAt = startedAt
        self.osUser = osUser
        self.counts = counts
    }
}

/// How many records a run posted, updated, voided or left unchanged, and how many rows failed.
public struct PostRunCounts: Sendable, Equatable {
    public var posted = 0, updated = 0, voided = 0, unchanged = 0, errors = 0
    public init() {}
}

/// What a run did to one record.
public enum RecordChange: String, Sendable {
    case posted, updated, voided
}

/// The kinds of record a run can write, as the audit trail names them.
public enum RecordKind: String, Sendable {
    case document, customer, vendor, item, account
    case taxCode = "tax-code", `class`, location, terms, budget
}

extension LedgerWriter {
    /// Starts the audit record of a run; returns its ID for `linkRecord` and `finish`.
    public func begin(_ run: PostRun) throws -> Int64 {
        try db.execute(sql: """
            INSERT INTO post_runs (company_id, record_type, file_name, file_sha256, sheet, started_at, os_user)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """, arguments: [run.companyID, run.recordType, run.fileName, run.fileSHA256, run.sheet, run.startedAt, run.osUser])
        return db.lastInsertedRowID
    }

    /// Links a record the run wrote to the run and the sheet rows it came from.
    public func linkRecord(runID: Int64, kind: RecordKind, recordID: Int64, version: Int, change: RecordChange,
                           rows: ClosedRange<Int>) throws {
        var insert = try DirectInsert("""
            INSERT INTO post_run_records (run_id, record_kind, record_id, version, action, first_row, last_row)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """, in: db)
        insert.bind(runID)
        insert.bind(kind.rawValue)
        insert.bind(recordID)
        insert.bind(version)
        insert.bind(change.rawValue)
        insert.bind(rows.lowerBound)
        insert.bind(rows.upperBound)
        try insert.execute()
    }

    /// Stores the run's final counts.
    public func finish(runID: Int64, counts: PostRunCounts) throws {
        try db.execute(sql: "UPDATE post_runs SET posted = ?, updated = ?, voided = ?, unchanged = ?, errors = ? WHERE id = ?",
                       arguments: [counts.posted, counts.updated, counts.voided, counts.unchanged, counts.errors, runID])
    }

    /// Runs `body` in a savepoint: if it throws, everything it wrote is undone and the rest of the transaction stays.
    public func atomically<T>(_ body: () throws -> T) throws -> T {
        var result: T?
        do {
            try db.inSavepoint {
                result = try body()
                return .commit
            }
        } catch {
            booksByCompany = [:]
            throw error
        }
        return result!
    }
}

extension LedgerReader {
    /// The ID of the company's document of this kind and number, or nil. The statement is prepared once, for a
    /// post run that looks up every document before it writes it.
    public func documentID(companyID: Int64, kind: DocumentKind, number: String) throws -> Int64? {
        try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM documents WHERE company_id = ? AND kind = ? AND number = ?"),
                           arguments: [companyID, kind.rawValue, number])
    }

    /// Whether a post run (of any company) read a file of this name and SHA-256.
    public func hasPostRun(fileName: String, sha256: String) throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM post_runs WHERE file_name = ? AND file_sha256 = ?)",
                          arguments: [fileName, sha256]) ?? false
    }

    /// The company's post runs, newest first.
    public func postRuns(companyID: Int64) throws -> [PostRun] {
        try Row.fetchAll(db, sql: "SELECT * FROM post_runs WHERE company_id = ? ORDER BY id DESC", arguments: [companyID]).map { row in
            var counts = PostRunCounts()
            counts.posted = row["posted"]
            counts.updated = row["updated"]
            counts.voided = row["voided"]
            counts.unchanged = row["unchanged"]
            counts.errors = row["errors"]
            return PostRun(id: row["id"], companyID: row["company_id"], recordType: row["record_type"], fileName: row["file_name"],
                           fileSHA256: row["file_sha256"], sheet: row["sheet"], startedAt: row["started_at"],
                           osUser: row["os_user"], counts: counts)
        }
    }

    /// Where a record came from: each run that wrote it, with the change and the sheet rows, oldest first.
    public func sources(of kind: RecordKind, id: Int64) throws -> [(runID: Int64, change: RecordChange, rows: ClosedRange<Int>)] {
        try Row.fetchAll(db, sql: """
            SELECT run_id, action, first_row, last_row FROM post_run_records WHERE record_kind = ? AND record_id = ? ORDER BY run_id
            """, arguments: [kind.rawValue, id]).map { row in
            (row["run_id"], RecordChange(rawValue: row["action"]) ?? .posted, (row["first_row"] as Int)...(row["last_row"] as Int))
        }
    }
}
