/// One general-ledger line derived from a document: a signed amount (debit positive) on an account.
public struct Posting: Hashable, Sendable {
    public var accountID: Int64
    public var date: LocalDate
    /// Minor units of the company's base currency; debit positive, credit negative.
    public var amount: Int64
    /// The document line it comes from, or nil for a control or tax line.
    public var lineNumber: Int?
    public var partyID: Int64?
    public var classID: Int64?
    public var locationID: Int64?
    /// On a line's posting, the line's tax code; on a tax posting, the (simple) code whose tax it is.
    public var taxCodeID: Int64?
    /// The fund whose books it is in, in a fund-accounted company; nil elsewhere.
    public var fundID: Int64?

    public init(accountID: Int64, date: LocalDate, amount: Int64, lineNumber: Int? = nil, partyID: Int64? = nil,
                classID: Int64? = nil, locationID: Int64? = nil, taxCodeID: Int64? = nil, fundID: Int64? = nil) {
        self.accountID = accountID
        self.date = date
        self.amount = amount
        self.lineNumber = lineNumber
        self.partyID = partyID
        self.classID = classID
        self.locationID = locationID
        self.taxCodeID = taxCodeID
        self.fundID = fundID
    }
}
