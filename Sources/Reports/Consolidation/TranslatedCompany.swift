import Ledger
import LedgerStore

/// One company of a group in the group's currency, by group line, debit positive (IAS 21):
/// income and expenses at each month's average rate; assets and liabilities at the closing rate; contributed equity
/// at the rate of the day it was posted; earlier years' profit (retained earnings) at the average rates of the months
/// it was made in; and the difference, which makes the translated balance sheet balance, as the cumulative
/// translation adjustment.
struct TranslatedCompany {
    let company: Company
    let accounts: [Account]
    let chart: GroupChart
    let rates: GroupRates
    let reader: LedgerReader
    let basis: RecognitionBasis
    /// The postings with the group's other companies.
    let intercompany: PostingFilter
    /// Translated months and balances already worked out: a balance sheet per month end needs every earlier month again.
    private let cache: TranslationCache

    init(company: Company, accounts: [Account], chart: GroupChart, rates: GroupRates, reader: LedgerReader,
         basis: RecognitionBasis, intercompany: PostingFilter) {
        self.company = company
        self.accounts = accounts
        self.chart = chart
        self.rates = rates
        self.reader = reader
        self.basis = basis
        self.intercompany = intercompany
        cache = TranslationCache(reader: reader, companyID: company.id, basis: basis, intercompany: intercompany)
    }

    private var currency: Currency { company.baseCurrency }

    /// Income and expenses over `range`, translated month by month; only the intercompany part when asked.
    func profitAndLoss(_ range: DateRange, intercompanyOnly: Bool = false) throws -> [Int64: Int64] {
        var lines: [Int64: Int64] = [:]
        for month in Self.months(range) {
            for (line, amount) in try profitAndLoss(month: month, intercompanyOnly: intercompanyOnly) {
                lines[line, default: 0] += amount
            }
        }
        return lines
    }

    /// One month (or part of one) of income and expenses at the month's average rate, worked out once.
    private func profitAndLoss(month: DateRange, intercompanyOnly: Bool) throws -> [Int64: Int64] {
        let key = "\(month.from)|\(month.to)|\(intercompanyOnly)"
        if let known = cache.lines[key] { return known }
        let rate = try rates.average(currency, month: month.from)
        let activity = try reader.activity(companyID: company.id, from: month.from, through: month.to, basis: basis,
                                           filter: intercompanyOnly ? intercompany : PostingFilter())
        var lines: [Int64: Int64] = [:]
        for account in accounts where [.income, .expense].contains(account.type.category) {
            guard let amount = activity[account.id], amount != 0, let line = chart.lineOf[account.id] else { continue }
            lines[line, default: 0] += try rates.translate(amount, from: currency, at: rate)
        }
        cache.lines[key] = lines
        return lines
    }

    /// The balance sheet at the end of `date`, in a group fiscal year that started on `fiscalYearStart`, with the
    /// translation adjustment that balances it; this year's income and expenses line by line when `itemizingIncome`
    /// (a trial balance), else as one net income line.
    func balanceSheet(at date: LocalDate, fiscalYearStart: LocalDate, itemizingIncome: Bool = false) throws -> [Int64: Int64] {
        var lines: [Int64: Int64] = [:]
        let closing = try rates.closing(currency, on: date)
        let balances = try cache.balances.through(date)
        for account in accounts where [.asset, .liability].contains(account.type.category) {
            guard let amount = balances[account.id], amount != 0, let line = chart.lineOf[account.id] else { continue }
            lines[line, default: 0] += try rates.translate(amount, from: currency, at: closing)
        }
        let retained = accounts.first { $0.type == .equity && $0.name.lowercased() == "retained earnings" }
        let equityTypes = Set(AccountType.allCases.filter { $0.category == .equity })
        for posted in try reader.datedActivity(companyID: company.id, types: equityTypes, through: date) {
            let line = posted.accountID == retained?.id ? chart.retainedEarningsID : chart.lineOf[posted.accountID]
            guard let line else { continue }
            lines[line, default: 0] += try rates.translate(posted.amount, from: currency, at: rates.historical(currency, on: posted.date))
        }
        let yearStart = min(fiscalYearStart, date.adding(days: 1))
        if let first = try reader.firstPostingDate(companyID: company.id), first < yearStart {
            let earlier = try profitAndLoss(DateRange(from: first, to: yearStart.adding(days: -1)))
            lines[chart.retainedEarningsID, default: 0] += earlier.values.reduce(0, +)
        }
        if yearStart <= date {
            let income = try profitAndLoss(DateRange(from: yearStart, to: date))
            if itemizingIncome {
                lines.merge(income, uniquingKeysWith: +)
            } else {
                lines[GroupChart.netIncomeID, default: 0] += income.values.reduce(0, +)
            }
        }
        lines[GroupChart.translationAdjustmentID] = -lines.values.reduce(0, +)
        return lines
    }

    /// Balances with the group's other companies at the end of `date` (receivables, payables), at the closing rate.
    func intercompanyBalances(at date: LocalDate) throws -> [Int64: Int64] {
        let closing = try rates.closing(currency, on: date)
        let balances = try cache.intercompanyBalances.through(date)
        var lines: [Int64: Int64] = [:]
        for account in accounts where [.asset, .liability].contains(account.type.category) {
            guard let amount = balances[account.id], amount != 0, let line = chart.lineOf[account.id] else { continue }
            lines[line, default: 0] += try rates.translate(amount, from: currency, at: closing)
        }
        return lines
    }

    /// `range` cut at month ends.
    static func months(_ range: DateRange) -> [DateRange] {
        StatementPeriods.split(range, by: .month, fiscalYearStartMonth: 1)
    }
}

/// What one company's consolidation has already read and translated: months of income and expenses by span and part
/// (all, or intercompany only), and balances at the days asked for, of all postings and of the intercompany ones.
final class TranslationCache {
    var lines: [String: [Int64: Int64]] = [:]
    let balances: RunningBalances
    let intercompanyBalances: RunningBalances

    init(reader: LedgerReader, companyID: Int64, basis: RecognitionBasis, intercompany: PostingFilter) {
        balances = RunningBalances(reader: reader, companyID: companyID, basis: basis)
        intercompanyBalances = RunningBalances(reader: reader, companyID: companyID, basis: basis, filter: intercompany)
    }
}
