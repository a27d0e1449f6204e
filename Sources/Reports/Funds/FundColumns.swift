import Ledger
import LedgerStore

/// The money columns of a fund statement, each one fund or several combined, and the per-fund activity summed into
/// them account by account.
struct FundColumns {
    let titles: [String]
    /// The funds each column adds up, in column order.
    let funds: [[Int64]]

    /// A column per fund.
    init(each funds: [Fund]) {
        titles = funds.map(\.label)
        self.funds = funds.map { [$0.id] }
    }

    /// A column per major fund, then one for the others combined (when there are any).
    init(majorsOf funds: [Fund], othersTitle: String) {
        let majors = funds.filter(\.isMajor), others = funds.filter { !$0.isMajor }
        titles = majors.map(\.label) + (others.isEmpty ? [] : [othersTitle])
        self.funds = majors.map { [$0.id] } + (others.isEmpty ? [] : [others.map(\.id)])
    }

    /// Each account's amounts by column from `activity` (by fund, then account), times `sign(account)`; accounts
    /// `sign` leaves out (nil) get none.
    func amounts(_ activity: [Int64: [Int64: Int64]], accounts: [Account],
                 sign: (Account) -> Int64?) -> [Int64: [Int64]] {
        var amounts: [Int64: [Int64]] = [:]
        for account in accounts {
            guard let sign = sign(account) else { continue }
            amounts[account.id] = funds.map { ids in ids.reduce(Int64(0)) { $0 + (activity[$1]?[account.id] ?? 0) } * sign }
        }
        return amounts
    }

    /// One amount per column: `perFund` summed over each column's funds.
    func values(_ perFund: (Int64) -> Int64) -> [Int64] {
        funds.map { ids in ids.reduce(Int64(0)) { $0 + perFund($1) } }
    }
}

/// A fund-accounted company's accounts sorted for fund statements: which are other financing sources and uses, and
/// the department (function) an expenditure account rolls up to.
struct FundChart {
    let accounts: [Account]
    private let byID: [Int64: Account]
    private let byNumber: [String: Account]

    init(_ accounts: [Account]) {
        self.accounts = accounts
        byID = Dictionary(accounts.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        byNumber = Dictionary(accounts.compactMap { account in account.number.map { ($0, account) } },
                              uniquingKeysWith: { first, _ in first })
    }

    /// The top of the account's parent chain.
    func root(of account: Account) -> Account {
        var current = account
        while let parent = current.parentID.flatMap({ byID[$0] }), parent.id != current.id { current = parent }
        return current
    }

    /// True for transfers in and out, bond proceeds and other financing sources and uses.
    func isFinancing(_ account: Account) -> Bool {
        [CityChart.financingSourcesNumber, CityChart.financingUsesNumber].contains(root(of: account).number)
    }

    /// The line a revenue or expenditure account is shown on: its root account, or for an object code without a
    /// parent (`47000-611`), the department its code begins with.
    func line(of account: Account) -> Account {
        let top = root(of: account)
        guard let number = top.number, let dash = number.firstIndex(of: "-"),
              let department = byNumber[String(number[..<dash])] else { return top }
        return root(of: department)
    }

    /// Accounts of the given categories, only financing ones or none of them, each with the line it is shown on: its
    /// own when `eachAccount` (financing accounts always are), else its source or department.
    func lines(in categories: Set<AccountCategory>, financing: Bool,
               eachAccount: Bool = false) -> [(line: Account, accounts: [Account])] {
        var order: [Int64] = []
        var grouped: [Int64: (line: Account, accounts: [Account])] = [:]
        for account in accounts where categories.contains(account.type.category) && isFinancing(account) == financing {
            let line = financing || eachAccount ? account : line(of: account)
            if grouped[line.id] == nil { order.append(line.id); grouped[line.id] = (line, []) }
            grouped[line.id]?.accounts.append(account)
        }
        return order.compactMap { grouped[$0] }.sorted { ($0.line.number ?? "", $0.line.name) < ($1.line.number ?? "", $1.line.name) }
    }
}

extension ReportContext {
    /// The company's active funds, or an error when it keeps none.
    func fundsReported(by report: String) throws -> [Fund] {
        let funds = try reader.funds(companyID: company.id).filter(\.isActive)
        guard company.isFundAccounted, !funds.isEmpty else {
            throw ReportError.notFundAccounted(company: company.name, report: report)
        }
        return funds
    }

    /// The report's span of dates (statements of change cover a period).
    var spanReported: DateRange {
        range ?? DateRange(from: PeriodPreset.fiscalYearStart(containing: endDate, startMonth: company.fiscalYearStartMonth),
                           to: endDate)
    }
}
