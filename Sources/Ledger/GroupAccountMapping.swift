/// Which line of a group's chart each company account adds into. A group may override any account
/// (`ledgersync group map import`); every other account follows `defaultKey(for:)`.
public enum GroupAccountMapping {
    /// The group account of an account the group has no override for: its group-account code; else its account
    /// number; else its name and type, lower-cased, as `"product sales|income"`. Accounts of different companies
    /// with the same key add into the same line.
    public static func defaultKey(for account: Account) -> String {
        if let code = account.groupCode?.trimmingSpaces(), !code.isEmpty { return code }
        if let number = account.number?.trimmingSpaces(), !number.isEmpty { return number }
        return "\(account.name.trimmingSpaces())|\(account.type.rawValue)".lowercased()
    }

    /// The group account an account adds into: the group's override for it (`overrides` by account ID), else the default.
    public static func key(for account: Account, overrides: [Int64: String]) -> String {
        overrides[account.id] ?? defaultKey(for: account)
    }
}
