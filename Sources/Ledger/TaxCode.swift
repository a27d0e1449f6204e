import Foundation

/// A sales tax or VAT rate and the liability account it posts to, or a combined code (state + county, say) made of
/// such codes, each posting its own tax to its own account.
public struct TaxCode: Hashable, Sendable {
    public var id: Int64
    public var companyID: Int64
    public var name: String
    /// Percent, e.g. 8.875 for 8.875 %. A combined code's is the sum of its components'.
    public var ratePercent: Decimal
    /// Where the tax posts; nil for a combined code, whose components say.
    public var accountID: Int64?
    /// The codes a combined code is made of, in order; empty for a simple code.
    public var componentIDs: [Int64]
    /// The tax agency (a vendor) the tax is paid to.
    public var agencyID: Int64?
    public var isActive: Bool
    /// Counts edits, so a sheet edited from an old export is caught as a conflict.
    public var version: Int

    public init(id: Int64, companyID: Int64, name: String, ratePercent: Decimal, accountID: Int64?,
                componentIDs: [Int64] = [], agencyID: Int64? = nil, isActive: Bool = true, version: Int = 1) {
        self.id = id
        self.companyID = companyID
        self.name = name
        self.ratePercent = ratePercent
        self.accountID = accountID
        self.componentIDs = componentIDs
        self.agencyID = agencyID
        self.isActive = isActive
        self.version = version
    }

    public var isCombined: Bool { !componentIDs.isEmpty }

    /// The tax on a line amount at this code's own rate, rounded half-up once, in the line's currency.
    public func tax(on amount: Int64, currency: Currency) throws(LedgerError) -> Int64 {
        let product = Money(minorUnits: amount, currency: currency).decimalValue * ratePercent
        // ÷ 100, exactly and without Decimal's long division: the point moves two places.
        let exact = Decimal(sign: product.sign, exponent: product.exponent - 2, significand: product.significand)
        return try Money(rounding: exact, in: currency).minorUnits
    }
}
