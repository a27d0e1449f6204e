/// Companies of one ledger reported together: consolidated reports translate each member's books into the
/// group's currency and add them up, line by line of the group's chart (see `GroupAccountMapping`).
public struct CompanyGroup: Sendable, Equatable {
    public var id: Int64
    /// Unique in the ledger, in any case.
    public var name: String
    /// The currency consolidated reports are in.
    public var currency: Currency
    /// The member companies, in the order they were listed when the group was made.
    public var companyIDs: [Int64]

    public init(id: Int64, name: String, currency: Currency, companyIDs: [Int64]) {
        self.id = id
        self.name = name
        self.currency = currency
        self.companyIDs = companyIDs
    }
}
