/// One set of books: its name, the currency it keeps them in, and the month its fiscal year starts.
public struct Company: Hashable, Sendable {
    public var id: Int64
    public var name: String
    public var baseCurrency: Currency
    /// 1 = January … 12 = December.
    public var fiscalYearStartMonth: Int

    public init(id: Int64, name: String, baseCurrency: Currency, fiscalYearStartMonth: Int) {
        self.id = id
        self.name = name
        self.baseCurrency = baseCurrency
        self.fiscalYearStartMonth = fiscalYearStartMonth
    }
}
