/// One set of books: its name, the currency it keeps them in, and the month its fiscal year starts.
public struct Company: Hashable, Sendable {
    public var id: Int64
    public var name: String
    public var baseCurrency: Currency
    /// 1 = January … 12 = December.
    public var fiscalYearStartMonth: Int
    /// How people at the company write dates and numbers, such as `en_US` (03/04/2026 is March 4) or `en_GB`.
    public var locale: String
    /// Set for a fund-accounted company (a city, a school district, a non-profit): every posting names a fund.
    public var funds: FundAccounting?

    public init(id: Int64, name: String, baseCurrency: Currency, fiscalYearStartMonth: Int, locale: String = "en_US",
                funds: FundAccounting? = nil) {
        self.id = id
        self.name = name
        self.baseCurrency = baseCurrency
        self.fiscalYearStartMonth = fiscalYearStartMonth
        self.locale = locale
        self.funds = funds
    }

    public var isFundAccounted: Bool { funds != nil }
}
