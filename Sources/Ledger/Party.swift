/// Whether a party buys from the company or sells to it.
public enum PartyKind: String, Sendable, Codable, CaseIterable {
    case customer, vendor
}

/// A customer or vendor of one company; it may be another company of the same ledger (intercompany).
public struct Party: Hashable, Sendable {
    public var id: Int64
    public var companyID: Int64
    public var kind: PartyKind
    public var name: String
    public var email: String?
    /// Days from document date to due date when a document gives none.
    public var termsDays: Int
    /// Set when this party is another company in the ledger.
    public var intercompanyCompanyID: Int64?
    public var isActive: Bool
    /// Counts edits, so a sheet edited from an old export is caught as a conflict.
    public var version: Int

    public init(id: Int64, companyID: Int64, kind: PartyKind, name: String, email: String? = nil,
                termsDays: Int = 30, intercompanyCompanyID: Int64? = nil, isActive: Bool = true, version: Int = 1) {
        self.id = id
        self.companyID = companyID
        self.kind = kind
        self.name = name
        self.email = email
        self.termsDays = termsDays
        self.intercompanyCompanyID = intercompanyCompanyID
        self.isActive = isActive
        self.version = version
    }
}
