import Ledger

/// A company's chart with one amount per money column for each account, written as an indented tree:
/// a parent with amounts below it becomes a heading, its sub-accounts, and a "Total" row over them.
/// Accounts whose whole subtree is zero in every column are left out.
struct AccountTree {
    let accounts: [Account]
    let amounts: [Int64: [Int64]]
    let columnCount: Int

    private var zero: [Int64] { Array(repeating: 0, count: columnCount) }

    /// True when some account of these types has an amount.
    func hasAmounts(in types: Set<AccountType>) -> Bool {
        accounts.contains { types.contains($0.type) && isNonZero($0.id) }
    }

    /// Writes the accounts of `types` at `depth` and below; returns the rows a section total adds up.
    func write(_ types: Set<AccountType>, depth: Int, to writer: StatementWriter) throws -> [RowRef] {
        let inSection = accounts.filter { types.contains($0.type) }
        let ids = Set(inSection.map(\.id))
        let roots = inSection.filter { $0.parentID.map { !ids.contains($0) } ?? true }
        return try roots.compactMap { try write($0, among: inSection, depth: depth, to: writer) }
    }

    private func write(_ account: Account, among section: [Account], depth: Int, to writer: StatementWriter) throws -> RowRef? {
        let children = section.filter { $0.parentID == account.id && subtreeIsNonZero($0, among: section) }
        let own = amounts[account.id] ?? zero
        if children.isEmpty {
            return own.allSatisfy({ $0 == 0 }) ? nil : try writer.detail(account.label, depth: depth, values: own)
        }
        try writer.heading(account.label, depth: depth)
        var parts = try children.compactMap { try write($0, among: section, depth: depth + 1, to: writer) }
        if !own.allSatisfy({ $0 == 0 }) {
            parts.append(try writer.detail("\(account.label) - Other", depth: depth + 1, values: own))
        }
        return try writer.subtotal("Total \(account.label)", depth: depth, of: parts)
    }

    private func isNonZero(_ id: Int64) -> Bool { (amounts[id] ?? zero).contains { $0 != 0 } }

    private func subtreeIsNonZero(_ account: Account, among section: [Account]) -> Bool {
        isNonZero(account.id) || section.contains { $0.parentID == account.id && subtreeIsNonZero($0, among: section) }
    }
}
