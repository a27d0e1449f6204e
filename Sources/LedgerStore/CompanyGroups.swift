import GRDB
import Ledger

/// Company groups and their account-map overrides: made, removed and read here.
extension LedgerWriter {
    /// Adds a group of the ledger's companies (at least one, each once), reported in `currency`. Its name must be new.
    public func addGroup(name: String, currency: Currency, companyIDs: [Int64]) throws -> CompanyGroup {
        let name = try Self.requiredName(name, what: "group")
        if let existing = try reader.groups().first(where: { $0.name.caseInsensitiveCompare(name) == .orderedSame }) {
            throw StoreError.invalid("a group named \"\(existing.name)\" already exists in this ledger")
        }
        guard !companyIDs.isEmpty else { throw StoreError.invalid("group \"\(name)\" needs at least one company") }
        var seen: Set<Int64> = []
        for id in companyIDs {
            guard let company = try reader.company(id: id) else { throw StoreError.noSuchRecord(what: "company", id: id, scope: "this ledger") }
            guard seen.insert(id).inserted else { throw StoreError.invalid("\(company.name) is listed twice for group \"\(name)\"") }
        }
        try db.execute(sql: "INSERT INTO groups (name, currency) VALUES (?, ?)", arguments: [name, currency.code])
        let group = CompanyGroup(id: db.lastInsertedRowID, name: name, currency: currency, companyIDs: companyIDs)
        for (position, companyID) in companyIDs.enumerated() {
            try db.execute(sql: "INSERT INTO group_companies (group_id, company_id, position) VALUES (?, ?, ?)",
                           arguments: [group.id, companyID, position])
        }
        return group
    }

    /// Removes a group and its account-map overrides; its companies and their books stay as they are.
    public func removeGroup(id: Int64) throws {
        _ = try existingGroup(id)
        try clearGroupMappings(groupID: id)
        try db.execute(sql: "DELETE FROM group_companies WHERE group_id = ?", arguments: [id])
        try db.execute(sql: "DELETE FROM groups WHERE id = ?", arguments: [id])
    }

    /// Maps one account of a member company to `groupAccount` in this group, replacing any earlier override.
    public func setGroupMapping(groupID: Int64, accountID: Int64, groupAccount: String) throws {
        let group = try existingGroup(groupID)
        guard let account = try reader.account(id: accountID), group.companyIDs.contains(account.companyID) else {
            throw StoreError.invalid("account #\(accountID) is not an account of a company in group \"\(group.name)\"")
        }
        let target = groupAccount.trimmingSpaces()
        guard !target.isEmpty else { throw StoreError.invalid("account \"\(account.label)\" needs a group account to map to") }
        try db.cachedStatement(sql: "INSERT OR REPLACE INTO group_account_map (group_id, account_id, group_account) VALUES (?, ?, ?)")
            .execute(arguments: [groupID, accountID, target])
    }

    /// Drops the group's override for one account, which then follows the default rule.
    public func removeGroupMapping(groupID: Int64, accountID: Int64) throws {
        try db.cachedStatement(sql: "DELETE FROM group_account_map WHERE group_id = ? AND account_id = ?")
            .execute(arguments: [groupID, accountID])
    }

    /// Drops every override of the group: all its accounts follow the default rule.
    public func clearGroupMappings(groupID: Int64) throws {
        try db.execute(sql: "DELETE FROM group_account_map WHERE group_id = ?", arguments: [groupID])
    }

    private func existingGroup(_ id: Int64) throws -> CompanyGroup {
        guard let group = try reader.group(id: id) else { throw StoreError.noSuchRecord(what: "group", id: id, scope: "this ledger") }
        return group
    }
}

extension LedgerReader {
    /// The ledger's groups, by name.
    public func groups() throws -> [CompanyGroup] {
        try Row.fetchAll(db, sql: "SELECT * FROM groups ORDER BY name").map(group)
    }

    public func group(id: Int64) throws -> CompanyGroup? {
        try Row.fetchOne(db, sql: "SELECT * FROM groups WHERE id = ?", arguments: [id]).map(group)
    }

    /// The group with this name (any case); an unknown name is an error that suggests near matches.
    public func group(named name: String) throws -> CompanyGroup {
        let trimmed = name.trimmingSpaces()
        if let row = try Row.fetchOne(db, sql: "SELECT * FROM groups WHERE name = ? COLLATE NOCASE", arguments: [trimmed]) {
            return try group(row)
        }
        let names = try String.fetchAll(db, sql: "SELECT name FROM groups")
        throw StoreError.unknown(what: "group", name: trimmed, company: nil, suggestions: NameMatch.suggestions(for: trimmed, among: names))
    }

    /// The group's overrides: account ID → the group account it adds into. Accounts not listed follow
    /// `GroupAccountMapping.defaultKey(for:)`.
    public func groupMappings(groupID: Int64) throws -> [Int64: String] {
        var mappings: [Int64: String] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT account_id, group_account FROM group_account_map WHERE group_id = ?",
                                    arguments: [groupID]) {
            mappings[row["account_id"]] = row["group_account"]
        }
        return mappings
    }

    private func group(_ row: Row) throws -> CompanyGroup {
        let id: Int64 = row["id"]
        let members = try Int64.fetchAll(db, sql: "SELECT company_id FROM group_companies WHERE group_id = ? ORDER BY position",
                                         arguments: [id])
        return CompanyGroup(id: id, name: row["name"], currency: try Currency(code: row["currency"]), companyIDs: members)
    }
}
