import CSVFiles
import Foundation
import Ledger

/// A company group's account map as a CSV file to read, edit and bring back: one row per account of the group's
/// companies with the group account it adds into. Text a spreadsheet would take for a formula (starting with
/// = + - @) is written with a leading apostrophe, which reading drops again.
public enum GroupMapFile {
    public static let columns = ["company", "account number", "account name", "group account"]

    /// What an import did.
    public struct Imported: Sendable, Equatable {
        /// Accounts the file lists.
        public var accounts: Int
        /// Of those, accounts that now have an override; the others follow the default rule.
        public var overrides: Int
    }

    /// Writes every account of the group's companies (companies in the group's order, accounts in chart order) with
    /// its group account: the group's override, else `GroupAccountMapping.defaultKey(for:)`. Returns the row count.
    public static func export(_ group: CompanyGroup, from store: LedgerStore, to path: String) throws -> Int {
        let rows: [[String]] = try store.read { reader in
            let overrides = try reader.groupMappings(groupID: group.id)
            return try members(of: group, reader).flatMap { company, accounts in
                accounts.map { [company.name, $0.number ?? "", $0.name, GroupAccountMapping.key(for: $0, overrides: overrides)] }
            }
        }
        let writer = try CSVFileWriter(path: path)
        try writer.write(columns.map { .text($0) })
        for row in rows { try writer.write(row.map { .text($0) }) }
        try writer.close()
        return rows.count
    }

    /// Replaces the group's overrides of the accounts the file lists: a group account equal to the default rule's, or
    /// blank, drops the override. An account is named by number (its name, when also given, must match) or, without
    /// a number, by name. The first bad row is an error naming the file, row and column, and nothing is written.
    public static func `import`(_ path: String, into group: CompanyGroup, store: LedgerStore) throws -> Imported {
        let table = try CSVTable(path: path, requiredColumns: columns)
        return try store.write { writer in
            let companies = try members(of: group, writer.reader)
            var rowOfAccount: [Int64: Int] = [:]
            var imported = Imported(accounts: 0, overrides: 0)
            for record in table.records {
                let account = try account(record, in: companies, group: group)
                if let earlier = rowOfAccount.updateValue(record.row, forKey: account.id) {
                    throw record.error(value(record, "account number") == nil ? "account name" : "account number",
                                       "account \"\(account.label)\" is also on row \(earlier); list each account once")
                }
                let target = value(record, "group account")
                if let target, target != GroupAccountMapping.defaultKey(for: account) {
                    try writer.setGroupMapping(groupID: group.id, accountID: account.id, groupAccount: target)
                    imported.overrides += 1
                } else {
                    try writer.removeGroupMapping(groupID: group.id, accountID: account.id)
                }
                imported.accounts += 1
            }
            return imported
        }
    }

    /// The group's companies, in its order, each with its accounts in chart order.
    private static func members(of group: CompanyGroup, _ reader: LedgerReader) throws -> [(company: Company, accounts: [Account])] {
        try group.companyIDs.compactMap { id in
            guard let company = try reader.company(id: id) else { return nil }
            return (company, try reader.accounts(companyID: id))
        }
    }

    private static func account(_ record: CSVRecord, in companies: [(company: Company, accounts: [Account])],
                                group: CompanyGroup) throws -> Account {
        let companyName = CSVField.unguarded(try record.required("company"))
        guard let (company, accounts) = companies.first(where: { $0.company.name.caseInsensitiveCompare(companyName) == .orderedSame }) else {
            let suggestions = NameMatch.suggestions(for: companyName, among: companies.map(\.company.name))
            throw record.error("company", StoreError.unknown(what: "company", name: companyName, company: "group \"\(group.name)\"",
                                                             suggestions: suggestions).description)
        }
        let name = value(record, "account name")
        guard let number = value(record, "account number") else {
            guard let name else { throw record.error("account number", "name the account by its number, or by its name") }
            guard let account = accounts.first(where: { $0.name.caseInsensitiveCompare(name) == .orderedSame }) else {
                let suggestions = NameMatch.suggestions(for: name, among: accounts.map(\.name))
                throw record.error("account name", StoreError.unknown(what: "account", name: name, company: company.name,
                                                                      suggestions: suggestions).description)
            }
            return account
        }
        guard let account = accounts.first(where: { $0.number == number }) else {
            throw record.error("account number", "\(company.name) has no account number \(number)")
        }
        if let name, name.caseInsensitiveCompare(account.name) != .orderedSame {
            throw record.error("account name", "account \(number) of \(company.name) is \"\(account.name)\", not \"\(name)\"; correct the number or the name")
        }
        return account
    }

    /// The trimmed cell without a formula-guarding apostrophe; nil when blank.
    private static func value(_ record: CSVRecord, _ column: String) -> String? {
        record.optional(column).map(CSVField.unguarded)
    }
}
