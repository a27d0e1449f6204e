import Foundation

/// Whether an item is goods or work.
public enum ItemKind: String, Sendable, Codable, CaseIterable {
    case product, service
}

/// Something the company sells or buys, with the accounts its lines post to by default.
public struct Item: Hashable, Sendable {
    public var id: Int64
    public var companyID: Int64
    public var name: String
    public var kind: ItemKind
    public var description: String
    public var rate: Decimal?
    public var incomeAccountID: Int64?
    public var expenseAccountID: Int64?
    public var taxCodeID: Int64?
    /// Months over which revenue is recognised, for deferred-revenue items.
    public var revenueRecognitionMonths: Int?
    public var isActive: Bool
    /// Counts edits, so a sheet edited from an old export is caught as a conflict.
    public var version: Int

    public init(id: Int64, companyID: Int64, name: String, kind: ItemKind, description: String = "",
                rate: Decimal? = nil, incomeAccountID: Int64? = nil, expenseAccountID: Int64? = nil,
                taxCodeID: Int64? = nil, revenueRecognitionMonths: Int? = nil, isActive: Bool = true, version: Int = 1) {
        self.id = id
        self.companyID = companyID
        self.name = name
        self.kind = kind
        self.description = description
        self.rate = rate
        self.incomeAccountID = incomeAccountID
        self.expenseAccountID = expenseAccountID
        self.taxCodeID = taxCodeID
        self.revenueRecognitionMonths = revenueRecognitionMonths
        self.isActive = isActive
        self.version = version
    }
}
