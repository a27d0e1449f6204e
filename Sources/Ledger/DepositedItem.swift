/// A payment or sales receipt held in a clearing account (such as Undeposited Funds) that a bank deposit gathers:
/// the deposit moves all of it, once, from that clearing account into the bank.
public struct DepositedItem: Hashable, Sendable, Codable {
    public var documentID: Int64
    public var kind: DocumentKind
    public var number: String
    /// The clearing account the document put the money in, which the deposit empties.
    public var clearingAccountID: Int64
    /// Minor units, positive: the whole amount the document moved.
    public var amount: Int64
    /// In a fund-accounted company, the fund the gathered document holds its money in (filled in from the ledger).
    public var fundID: Int64?

    public init(documentID: Int64, kind: DocumentKind, number: String, clearingAccountID: Int64, amount: Int64,
                fundID: Int64? = nil) {
        self.documentID = documentID
        self.kind = kind
        self.number = number
        self.clearingAccountID = clearingAccountID
        self.amount = amount
        self.fundID = fundID
    }

    /// The kinds of document whose money a deposit gathers: those that bring money in.
    public static let depositableKinds: [DocumentKind] = [.customerPayment, .salesReceipt, .vendorRefund]
}
