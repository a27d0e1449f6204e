import Foundation
import GRDB
import Ledger

/// What storing one exchange rate did.
public enum RateChange: Sendable, Equatable {
    /// The ledger had no rate for that pair and day.
    case added
    /// The ledger had another rate for that pair and day; it is replaced.
    case changed
    /// The ledger already had this very rate.
    case unchanged
}

extension LedgerWriter {
    /// Stores (or replaces) the rate for a day: `rate` units of `to` per one unit of `from`.
    @discardableResult
    public func setRate(date: LocalDate, from: Currency, to: Currency, rate: Decimal) throws -> RateChange {
        guard rate > 0 else { throw StoreError.invalid("exchange rate \(from.code)/\(to.code) on \(date) must be positive") }
        guard from != to else { throw StoreError.invalid("exchange rate \(from.code)/\(to.code) on \(date): a currency has no rate to itself") }
        let stored = try String.fetchOne(db.cachedStatement(sql: """
            SELECT rate FROM exchange_rates WHERE from_currency = ? AND to_currency = ? AND date = ?
            """), arguments: [from.code, to.code, date.description])
        if let stored, RowDecoding.decimal(stored) == rate { return .unchanged }
        try db.cachedStatement(sql: """
            INSERT OR REPLACE INTO exchange_rates (date, from_currency, to_currency, rate) VALUES (?, ?, ?, ?)
            """).execute(arguments: [date.description, from.code, to.code, DecimalText.format(rate)])
        return stored == nil ? .added : .changed
    }
}

extension LedgerReader {
    /// Daily exchange rates stored for a currency pair: units of `to` per one unit of `from`, by date.
    public func rates(from: Currency, to: Currency) throws -> [(date: LocalDate, rate: Decimal)] {
        try rates(from: from, to: to, where: "1", arguments: [])
    }

    /// The pair's rates dated within `range` (both ends included), by date.
    public func rates(from: Currency, to: Currency, in range: DateRange) throws -> [(date: LocalDate, rate: Decimal)] {
        try rates(from: from, to: to, where: "date BETWEEN ? AND ?", arguments: [range.from.description, range.to.description])
    }

    /// The pair's latest rate dated on or before `date` (a closing rate), or nil when it has none that early.
    public func rate(from: Currency, to: Currency, onOrBefore date: LocalDate) throws -> (date: LocalDate, rate: Decimal)? {
        try rates(from: from, to: to, where: "date <= ?", arguments: [date.description], newestFirst: true, limit: 1).first
    }

    /// Every currency pair the ledger has rates for, by pair: its first and last dates and how many rates.
    public func ratePairs() throws -> [(from: Currency, to: Currency, first: LocalDate, last: LocalDate, count: Int)] {
        try Row.fetchAll(db, sql: """
            SELECT from_currency, to_currency, MIN(date) AS first, MAX(date) AS last, COUNT(*) AS count
            FROM exchange_rates GROUP BY from_currency, to_currency ORDER BY from_currency, to_currency
            """).map { row in
            (try Currency(code: row["from_currency"]), try Currency(code: row["to_currency"]),
             try RowDecoding.date(row["first"]), try RowDecoding.date(row["last"]), row["count"])
        }
    }

    private func rates(from: Currency, to: Currency, where condition: String, arguments: StatementArguments,
                       newestFirst: Bool = false, limit: Int = -1) throws -> [(date: LocalDate, rate: Decimal)] {
        try Row.fetchAll(db, sql: """
            SELECT date, rate FROM exchange_rates WHERE from_currency = ? AND to_currency = ? AND \(condition)
            ORDER BY date \(newestFirst ? "DESC" : "") LIMIT \(limit)
            """, arguments: [from.code, to.code] + arguments).map { row in
            (try RowDecoding.date(row["date"]), RowDecoding.decimal(row["rate"]) ?? 0)
        }
    }
}
