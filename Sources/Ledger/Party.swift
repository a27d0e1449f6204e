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
    public var phone: String?
    /// The billing address, lines separated by line breaks.
    public var billingAddress: String?
    /// The party's tax number (EIN, VAT number …), as printed on its documents.
    public var taxID: String?
    /// The payment terms its documents fall due by when they give no due date; none: due on their date.
    public var termsID: Int64?
    /// The customer a sub-customer (a job) belongs to, or the vendor a sub-vendor does.
    public var parentID: Int64?
    /// Set when this party is another company in the ledger.
    public var intercompanyCompanyID: Int64?
    public var isActive: Bool
    /// Counts edits, so a sheet edited from an old export is caught as a conflict.
    public var version: Int

    public init(id: Int64, companyID: Int64, kind: PartyKind, name: String, email: String? = nil, phone: String? = nil,
                billingAddress: String? = nil, taxID: String? = nil, termsID: Int64? = nil, parentID: Int64? = nil,
                intercompanyCompanyID: Int64? = nil, isActive: Bool = true, version: Int = 1) {
        self.id = id
        self.companyID = companyID
        self.kind = kind
        self.name = name
        self.email = email
        self.phone = phone
        self.billingAddress = billingAddress
        self.taxID = taxID
        self.termsID = termsID
        self.parentID = parentID
        self.intercompanyCompanyID = intercompanyCompanyID
        self.isActive = isActive
        self.version = version
    }
}
