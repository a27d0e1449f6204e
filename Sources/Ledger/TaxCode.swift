import Foundation

/// A sales tax or VAT rate and the account the tax posts to.
public struct TaxCode: Hashable, Sendable {
    public var id: Int64
    public var companyID: Int64
    public var name: String
    /// Percent, e.g. 8.875 for 8.875 %.
    public var ratePercent: Decimal
    public var accountID: Int64

    public init(id: Int64, companyID: Int64, name: String, ratePercent: Decimal, accountID: Int64) {
        self.id = id
        self.companyID = companyID
        self.name = name
        self.ratePercent = ratePercent
        self.accountID = accountID
    }

    /// The tax on a line amount, rounded half-up once, in the line's currency.
    public func tax(on amount: Int64, currency: Currency) throws(LedgerError) -> Int64 {
        let product = Money(minorUnits: amount, currency: currency).decimalValue * ratePercent
        // ÷ 100, exactly and without Decimal's long division: the point moves two places.
        let exact = Decimal(sign: product.sign, exponent: product.exponent - 2, significand: product.significand)
        return try Money(rounding: exact, in: currency).minorUnits
    }
}
