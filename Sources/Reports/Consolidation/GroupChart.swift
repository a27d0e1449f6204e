import Ledger

/// The group's chart of accounts, and where each company's accounts land on it.
///
/// The group's chart is its first company's (the parent's), keyed as `GroupAccountMapping` keys accounts, plus a line
/// for each group account (a group-account code, or an explicit mapping) another company uses that the parent does
/// not. Every other company's account maps to the line of its key (its explicit mapping, else its group-account
/// code, else its number, else its name and type), else to a parent account with the same number, else the same
/// name and type (ignoring case). An account that maps nowhere lands on an "Unmapped" line of its type, and is
/// listed, never dropped.
struct GroupChart {
    /// The lines, as accounts: the parent's chart, then the lines consolidation adds.
    private(set) var lines: [Account]
    /// Company account ID → line ID.
    private(set) var lineOf: [Int64: Int64] = [:]
    /// "Northwind UK Ltd: 7000 Sundry" for each account that mapped nowhere.
    private(set) var unmapped: [String] = []

    static let netIncomeID: Int64 = -1
    static let standInRetainedEarningsID: Int64 = -2
    static let translationAdjustmentID: Int64 = -3
    static let intercompanyDifferenceID: Int64 = -4
    /// Unmapped lines are -100 less the account type's position.
    private static let unmappedBase: Int64 = -100

    /// The line earlier years' profit goes on: the parent's "Retained Earnings", or a stand-in.
    let retainedEarningsID: Int64

    init(parent: [Account], companies: [(company: Company, accounts: [Account])], mappings: [Int64: String],
         differenceType: AccountType) {
        lines = parent
        for account in parent { lineOf[account.id] = account.id }
        let retained = parent.first { $0.type == .equity && $0.name.lowercased() == "retained earnings" }
        retainedEarningsID = retained?.id ?? Self.standInRetainedEarningsID
        if retained == nil {
            lines.append(Account(id: Self.standInRetainedEarningsID, companyID: 0, number: nil, name: "Retained Earnings", type: .equity))
        }
        var byKey = Self.index(parent) { GroupAccountMapping.defaultKey(for: $0) }
        let byNumber = Self.index(parent) { $0.number }
        let byName = Self.index(parent) { "\($0.name)|\($0.type.rawValue)" }
        for (company, accounts) in companies {
            for account in accounts where lineOf[account.id] == nil {
                let key = GroupAccountMapping.key(for: account, overrides: mappings).lowercased()
                let target = byKey[key] ?? account.number.flatMap { byNumber[$0.lowercased()] }
                    ?? byName["\(account.name)|\(account.type.rawValue)".lowercased()]
                if let target {
                    lineOf[account.id] = target.id
                } else if mappings[account.id] != nil || account.groupCode != nil {
                    // A group account the parent does not have: a line of its own, shared by every account mapped to it.
                    let line = Account(id: account.id, companyID: 0, number: account.number, name: account.name, type: account.type)
                    lines.append(line)
                    byKey[key] = line
                    lineOf[account.id] = line.id
                } else {
                    lineOf[account.id] = unmappedLine(for: account.type)
                    unmapped.append("\(company.name): \(account.label)")
                }
            }
        }
        lines += [
            Account(id: Self.intercompanyDifferenceID, companyID: 0, number: nil, name: "Intercompany differences", type: differenceType),
            Account(id: Self.translationAdjustmentID, companyID: 0, number: nil, name: "Cumulative translation adjustment", type: .equity),
            Account(id: Self.netIncomeID, companyID: 0, number: nil, name: "Net Income", type: .equity),
        ]
    }

    /// The line an account of `type` lands on when it maps nowhere, added on first use.
    private mutating func unmappedLine(for type: AccountType) -> Int64 {
        let id = Self.unmappedBase - Int64(AccountType.allCases.firstIndex(of: type) ?? 0)
        if !lines.contains(where: { $0.id == id }) {
            lines.append(Account(id: id, companyID: 0, number: nil, name: "Unmapped", type: type))
        }
        return id
    }

    private static func index(_ accounts: [Account], by key: (Account) -> String?) -> [String: Account] {
        var index: [String: Account] = [:]
        for account in accounts {
            if let key = key(account)?.lowercased(), index[key] == nil { index[key] = account }
        }
        return index
    }
}
