import GRDB
import GRDBSQLite

/// Runs a cached INSERT with its arguments bound straight through SQLite's C API.
///
/// GRDB boxes each argument into a `DatabaseValue` inside a `StatementArguments` array before binding it. For the
/// few statements that posting runs for every line and document, that boxing measured about a tenth of the time to
/// post 100,000 lines (perf), so these statements bind directly. They only insert, so GRDB's observation and
/// region bookkeeping, which no LedgerSync code uses, is not needed.
struct DirectInsert {
    private let statement: Statement
    private let db: Database
    private var index: Int32 = 0

    /// `sql` is one INSERT, cached per connection as `Database.cachedStatement` does.
    init(_ sql: String, in db: Database) throws {
        statement = try db.cachedStatement(sql: sql)
        self.db = db
        sqlite3_reset(statement.sqliteStatement)
    }

    mutating func bind(_ value: Int64?) {
        index += 1
        if let value { sqlite3_bind_int64(statement.sqliteStatement, index, value) } else { sqlite3_bind_null(statement.sqliteStatement, index) }
    }

    mutating func bind(_ value: Int?) {
        bind(value.map(Int64.init))
    }

    mutating func bind(_ value: String?) {
        index += 1
        guard let value else {
            sqlite3_bind_null(statement.sqliteStatement, index)
            return
        }
        var text = value
        text.withUTF8 { bytes in
            // SQLITE_TRANSIENT: SQLite copies the text before this returns.
            let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
            if let start = bytes.baseAddress {
                let chars = UnsafeRawPointer(start).assumingMemoryBound(to: CChar.self)
                sqlite3_bind_text(statement.sqliteStatement, index, chars, Int32(bytes.count), transient)
            } else {
                sqlite3_bind_text(statement.sqliteStatement, index, "", 0, transient)
            }
        }
    }

    /// Inserts the row; a failure throws as GRDB would (a duplicate as `SQLITE_CONSTRAINT`). Then the next row's
    /// arguments can be bound.
    mutating func execute() throws {
        defer { index = 0 }
        precondition(index == sqlite3_bind_parameter_count(statement.sqliteStatement), "bind every argument of \(statement.sql)")
        guard sqlite3_step(statement.sqliteStatement) == SQLITE_DONE else {
            let error = DatabaseError(resultCode: ResultCode(rawValue: sqlite3_extended_errcode(db.sqliteConnection)),
                                      message: String(cString: sqlite3_errmsg(db.sqliteConnection)), sql: statement.sql)
            sqlite3_reset(statement.sqliteStatement)
            throw error
        }
        sqlite3_reset(statement.sqliteStatement)
    }
}
