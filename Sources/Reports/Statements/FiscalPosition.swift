import Ledger
import LedgerStore

/// Balances as an accountant reads them at a date: balance-sheet accounts carry everything to date, income and
/// expense accounts only the current fiscal year, and earlier years' profit sits in retained earnings.
/// The ledger has no closing entries; this is where years are closed, for reports only.
struct FiscalPosition {
    /// Debit-positive balances by account ID; `retainedEarnings.id` may be a stand-in account.
    let balances: [Int64: Int64]
    /// The chart, with a stand-in "Retained Earnings" equity account appended when the company has none.
    let accounts: [Account]
    let retainedEarnings: Account

    static let standInRetainedEarningsID: Int64 = -2

    /// The position at the end of `date`, for a fiscal year that started on `fiscalYearStart`
    /// (when `fiscalYearStart` is after `date`, all profit to date is in retained earnings). Positions at several
    /// dates share `running`, so each reads only what was posted since the one before.
    init(_ context: ReportContext, through date: LocalDate, fiscalYearStart: LocalDate, running: RunningBalances? = nil) throws {
        var accounts = try context.reader.accounts(companyID: context.company.id)
        let running = running ?? RunningBalances(context)
        let toDate = try running.through(date)
        let beforeYear = try running.through(min(date, fiscalYearStart.adding(days: -1)))
        let retained = accounts.first { $0.type == .equity && $0.name.lowercased() == "retained earnings" }
            ?? Account(id: Self.standInRetainedEarningsID, companyID: context.company.id, number: nil,
                       name: "Retained Earnings", type: .equity)
        if retained.id == Self.standInRetainedEarningsID { accounts.append(retained) }

        var balances: [Int64: Int64] = [:]
        var priorProfit: Int64 = 0
        for account in accounts {
            let total = toDate[account.id] ?? 0
            switch account.type.category {
            case .income, .expense:
                let earlier = beforeYear[account.id] ?? 0
                priorProfit += earlier
                balances[account.id] = total - earlier
            case .asset, .liability, .equity:
                balances[account.id] = total
            }
        }
        balances[retained.id, default: 0] += priorProfit
        self.balances = balances
        self.accounts = accounts
        self.retainedEarnings = retained
    }
}

extension RunningBalances {
    /// The running balances of the report's company, on its basis, through its filters.
    convenience init(_ context: ReportContext) {
        self.init(reader: context.reader, companyID: context.company.id, basis: context.basis, filter: context.filter)
    }
}

extension AccountType {
    /// +1 where reports show debit balances as positive (assets, costs), −1 where credits are (liabilities, equity, income).
    var displaySign: Int64 {
        switch category {
        case .asset, .expense: 1
        case .liability, .equity, .income: -1
        }
    }
}
