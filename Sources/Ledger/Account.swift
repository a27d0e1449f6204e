/// A general-ledger account of one company; sub-accounts point at their parent.
public struct Account: Hashable, Sendable {
    public var id: Int64
    public var companyID: Int64
    public var number: String?
    public var name: String
    public var type: AccountType
    public var parentID: Int64?
    public var isActive: Bool
    /// The account's code in a group chart of accounts, for consolidation.
    public var groupCode: String?
    /// Balances and fees with the other companies of a group (such as intercompany management fees), which
    /// consolidated reports eliminate.
    public var isIntercompany: Bool
    /// Counts edits, so a sheet edited from an old export is caught as a conflict.
    public var version: Int

    public init(id: Int64, companyID: Int64, number: String?, name: String, type: AccountType,
                parentID: Int64? = nil, isActive: Bool = true, groupCode: String? = nil, isIntercompany: Bool = false, version: Int = 1) {
        self.id = id
        self.companyID = companyID
        self.number = number
        self.name = name
        self.type = type
        self.parentID = parentID
        self.isActive = isActive
        self.groupCode = groupCode
        self.isIntercompany = isIntercompany
        self.version = version
    }

    /// "4010 Product Sales", or just the name when the account has no number.
    public var label: String { number.map { "\($0) \(name)" } ?? name }
}
