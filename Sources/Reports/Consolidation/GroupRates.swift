import Foundation
import Ledger
import LedgerStore

/// The exchange rates a consolidation translates with, from the ledger's stored rates into the group's currency
/// (a stored pair in either direction): the closing rate of a day (the last rate on or before it), a month's average
/// (of the rates dated in it), and a historical rate (the closing rate of the day a posting was made). Each rate
/// is rounded to six decimals, and every one used is remembered for the Rates sheet.
final class GroupRates {
    let presentation: Currency
    /// Rates into the group currency by source currency code, oldest first.
    private var series: [String: [(date: LocalDate, rate: Decimal)]] = [:]
    private(set) var used: [GroupRateUse] = []
    private var usedKeys: Set<String> = []

    /// A rate older than this many days is not a closing rate: the pair needs newer rates.
    private static let stalenessDays = 31

    init(currencies: Set<Currency>, presentation: Currency, reader: LedgerReader) throws {
        self.presentation = presentation
        for currency in currencies where currency != presentation {
            let direct = try reader.rates(from: currency, to: presentation)
            series[currency.code] = direct.isEmpty
                ? try reader.rates(from: presentation, to: currency).compactMap { $0.rate == 0 ? nil : ($0.date, 1 / $0.rate) }
                : direct
        }
    }

    /// The closing rate of `date`.
    func closing(_ currency: Currency, on date: LocalDate) throws(ConsolidationError) -> Decimal {
        guard currency != presentation else { return 1 }
        return remember(.closing, currency, DateRange(from: date, to: date), try latest(currency, on: date))
    }

    /// The last rate on or before `date`, unless it is too old to stand for that day.
    private func latest(_ currency: Currency, on date: LocalDate) throws(ConsolidationError) -> Decimal {
        let rates = series[currency.code] ?? []
        guard let found = rates.last(where: { $0.date <= date }), found.date.adding(days: Self.stalenessDays) >= date else {
            throw .missingRates(from: currency, to: presentation, range: DateRange(from: date.adding(days: -Self.stalenessDays), to: date))
        }
        return found.rate
    }

    /// The average of the rates dated in the month of `date`.
    func average(_ currency: Currency, month date: LocalDate) throws(ConsolidationError) -> Decimal {
        guard currency != presentation else { return 1 }
        let month = DateRange(from: date.firstOfMonth, to: date.lastOfMonth)
        let rates = (series[currency.code] ?? []).filter { month.from <= $0.date && $0.date <= month.to }
        guard !rates.isEmpty else { throw .missingRates(from: currency, to: presentation, range: month) }
        return remember(.average, currency, month, rates.reduce(Decimal(0)) { $0 + $1.rate } / Decimal(rates.count))
    }

    /// The rate of the day a historical amount (contributed equity) was posted: that day's closing rate.
    func historical(_ currency: Currency, on date: LocalDate) throws(ConsolidationError) -> Decimal {
        guard currency != presentation else { return 1 }
        return remember(.historical, currency, DateRange(from: date, to: date), try latest(currency, on: date))
    }

    private func remember(_ kind: GroupRateUse.Kind, _ currency: Currency, _ range: DateRange, _ rate: Decimal) -> Decimal {
        let rounded = DecimalText.roundedHalfUp(rate, scale: 6)
        let key = "\(kind)|\(currency.code)|\(range.from)|\(range.to)"
        if usedKeys.insert(key).inserted {
            used.append(GroupRateUse(kind: kind, from: currency, to: presentation, range: range, rate: rounded))
        }
        return rounded
    }

    /// `amount` (minor units of `currency`) in the group currency at `rate`, rounded half-up to its minor unit.
    func translate(_ amount: Int64, from currency: Currency, at rate: Decimal) throws(ConsolidationError) -> Int64 {
        guard currency != presentation else { return amount }
        do {
            return try Money(rounding: Money(minorUnits: amount, currency: currency).decimalValue * rate, in: presentation).minorUnits
        } catch {
            throw .translation("\(Money(minorUnits: amount, currency: currency)) at \(rate): \(error)")
        }
    }
}

/// One rate a consolidation used: what for, the pair, the day or month, and the rate.
public struct GroupRateUse: Sendable, Equatable {
    public enum Kind: String, Sendable {
        case closing = "Closing rate", average = "Monthly average", historical = "Historical rate"
    }

    public var kind: Kind
    public var from: Currency
    public var to: Currency
    public var range: DateRange
    public var rate: Decimal
}
