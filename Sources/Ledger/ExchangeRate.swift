import Foundation

/// What one unit of `from` is worth in `to` on one day, such as 1 CAD = 0.712345 USD on 2025-03-31.
public struct ExchangeRate: Sendable, Hashable {
    public var date: LocalDate
    public var from: Currency
    public var to: Currency
    /// Units of `to` per one unit of `from`; always more than zero.
    public var rate: Decimal

    public init(date: LocalDate, from: Currency, to: Currency, rate: Decimal) {
        self.date = date
        self.from = from
        self.to = to
        self.rate = rate
    }

    /// `CAD/USD`, the way rates are listed.
    public var pair: String { "\(from.code)/\(to.code)" }
}
