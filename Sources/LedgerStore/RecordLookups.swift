import GRDB
import Ledger

/// Finding one reference record by ID or by the name (or account number) people know it by.
extension LedgerReader {
    public func party(id: Int64) throws -> Party? {
        try Row.fetchOne(db, sql: "SELECT * FROM parties WHERE id = ?", arguments: [id]).map(RowDecoding.party)
    }

    public func item(id: Int64) throws -> Item? {
        try Row.fetchOne(db, sql: "SELECT * FROM items WHERE id = ?", arguments: [id]).map(RowDecoding.item)
    }

    public func account(id: Int64) throws -> Account? {
        try Row.fetchOne(db, sql: "SELECT * FROM accounts WHERE id = ?", arguments: [id]).map(RowDecoding.account)
    }

    /// The company's customer or vendor with this name, in any case.
    public func party(companyID: Int64, kind: PartyKind, named name: String) throws -> Party? {
        try Row.fetchOne(db, sql: "SELECT * FROM parties WHERE company_id = ? AND kind = ? AND name = ? COLLATE NOCASE",
                         arguments: [companyID, kind.rawValue, name]).map(RowDecoding.party)
    }

    public func item(companyID: Int64, named name: String) throws -> Item? {
        try Row.fetchOne(db, sql: "SELECT * FROM items WHERE company_id = ? AND name = ? COLLATE NOCASE",
                         arguments: [companyID, name]).map(RowDecoding.item)
    }

    /// The company's account with this number, or without a number, with this name (any case).
    public func account(companyID: Int64, number: String?, name: String) throws -> Account? {
        if let number {
            return try Row.fetchOne(db, sql: "SELECT * FROM accounts WHERE company_id = ? AND number = ?",
                                    arguments: [companyID, number]).map(RowDecoding.account)
        }
        return try Row.fetchOne(db, sql: "SELECT * FROM accounts WHERE company_id = ? AND name = ? COLLATE NOCASE",
                                arguments: [companyID, name]).map(RowDecoding.account)
    }
}
