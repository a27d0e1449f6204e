import Ledger

/// Each account's name in a plain-text journal: its category (`assets`, `liabilities`, `equity`, `revenues`,
/// `expenses`, the top-level names hledger and Ledger know), then its parents, then itself, each as its number and
/// name, joined by colons: `assets:1000 Cash and Cash Equivalents:1010 Operating Account - Chase`.
struct JournalAccountNames {
    private var names: [Int64: String] = [:]

    init(_ accounts: [Account]) {
        let byID = Dictionary(uniqueKeysWithValues: accounts.map { ($0.id, $0) })
        for account in accounts {
            var chain = [Self.component(account.label)]
            var seen: Set<Int64> = [account.id]
            var parentID = account.parentID
            while let id = parentID, let parent = byID[id], seen.insert(id).inserted {
                chain.append(Self.component(parent.label))
                parentID = parent.parentID
            }
            chain.append(Self.topLevel(account.type.category))
            names[account.id] = chain.reversed().joined(separator: ":")
        }
    }

    subscript(accountID: Int64) -> String? { names[accountID] }

    /// The longest name, to line the amounts up.
    var longest: Int { names.values.map(\.count).max() ?? 0 }

    static func topLevel(_ category: AccountCategory) -> String {
        switch category {
        case .asset: "assets"
        case .liability: "liabilities"
        case .equity: "equity"
        case .income: "revenues"
        case .expense: "expenses"
        }
    }

    /// One part of an account name made safe for both programs: a colon (which would start a sub-account) becomes
    /// ` - `, a semicolon (a comment) a comma, and each run of spaces, tabs or line breaks (two spaces end the name) a
    /// single space, with none at either end. Parentheses and brackets stay: they mark a virtual posting only when
    /// they open the whole name, and every name opens with its category.
    static func component(_ text: String) -> String {
        var safe = ""
        var pendingSpace = false
        for character in text {
            if character.isWhitespace {
                pendingSpace = !safe.isEmpty
                continue
            }
            let isColon = character == ":"
            if pendingSpace || (isColon && !safe.isEmpty) { safe.append(" ") }
            safe.append(isColon ? "-" : character == ";" ? "," : character)
            pendingSpace = isColon
        }
        return safe.isEmpty ? "unnamed" : safe
    }
}
