import Ledger
import LedgerStore

/// A group's companies as one consolidation reads them: each company translated into the group currency on the
/// group's chart, the rates used, and the accounts that mapped nowhere.
struct CompanyGroupBooks {
    let group: CompanyGroup
    let members: [TranslatedCompany]
    let chart: GroupChart
    let rates: GroupRates
    /// The group's fiscal year starts in its parent's (first company's) month.
    let fiscalYearStartMonth: Int

    init(_ group: CompanyGroup, reader: LedgerReader, basis: RecognitionBasis, differenceType: AccountType) throws {
        self.group = group
        var companies: [(company: Company, accounts: [Account])] = []
        for id in group.companyIDs {
            guard let company = try reader.company(id: id) else { continue }
            companies.append((company, try reader.accounts(companyID: id)))
        }
        guard let parent = companies.first else { throw ConsolidationError.emptyGroup(group.name) }
        let chart = GroupChart(parent: parent.accounts, companies: companies, mappings: try reader.groupMappings(groupID: group.id),
                               differenceType: differenceType)
        let rates = try GroupRates(currencies: Set(companies.map(\.company.baseCurrency)), presentation: group.currency, reader: reader)
        let intercompany = PostingFilter(intercompany: group.companyIDs)
        self.chart = chart
        self.rates = rates
        members = companies.map { company, accounts in
            TranslatedCompany(company: company, accounts: accounts, chart: chart, rates: rates, reader: reader, basis: basis,
                              intercompany: intercompany)
        }
        fiscalYearStartMonth = parent.company.fiscalYearStartMonth
    }

    /// Each company's income and expenses over `range`, then the eliminations of what they booked with each other,
    /// whose unmatched rest stays in the results on the "Intercompany differences" line.
    func profitAndLoss(_ range: DateRange) throws -> (companies: [[Int64: Int64]], eliminations: [Int64: Int64]) {
        let companies = try members.map { try $0.profitAndLoss(range) }
        let intercompany = try members.map { try $0.profitAndLoss(range, intercompanyOnly: true) }
        return (companies, Self.eliminations(of: intercompany))
    }

    /// Each company's balance sheet at `date`, then the eliminations of the balances they hold with each other.
    func balanceSheet(at date: LocalDate) throws -> (companies: [[Int64: Int64]], eliminations: [Int64: Int64]) {
        let yearStart = PeriodPreset.fiscalYearStart(containing: date, startMonth: fiscalYearStartMonth)
        let companies = try members.map { try $0.balanceSheet(at: date, fiscalYearStart: yearStart) }
        let intercompany = try members.map { try $0.intercompanyBalances(at: date) }
        return (companies, Self.eliminations(of: intercompany))
    }

    /// Each company's trial balance at `date` (balance sheet lines, and this fiscal year's income and expenses line by
    /// line), then the eliminations of both the balances and the income and expenses they booked with each other.
    func trialBalance(at date: LocalDate) throws -> (companies: [[Int64: Int64]], eliminations: [Int64: Int64]) {
        let yearStart = PeriodPreset.fiscalYearStart(containing: date, startMonth: fiscalYearStartMonth)
        let companies = try members.map { try $0.balanceSheet(at: date, fiscalYearStart: yearStart, itemizingIncome: true) }
        let intercompany = try members.map { member in
            try member.intercompanyBalances(at: date)
                .merging(try member.profitAndLoss(DateRange(from: yearStart, to: date), intercompanyOnly: true), uniquingKeysWith: +)
        }
        return (companies, Self.eliminations(of: intercompany))
    }

    /// The position of the group's company named `name` (ignoring case) among `members`.
    func memberIndex(named name: String) throws(ConsolidationError) -> Int {
        guard let index = members.firstIndex(where: { $0.company.name.lowercased() == name.lowercased() }) else {
            throw .notAMember(company: name, group: group.name, members: members.map(\.company.name))
        }
        return index
    }

    /// Reverses every intercompany amount on its line; what the two sides leave over (a fee one company booked and
    /// the other not yet, or rate differences) goes on the intercompany differences line, so the column nets to zero.
    static func eliminations(of intercompany: [[Int64: Int64]]) -> [Int64: Int64] {
        var eliminations: [Int64: Int64] = [:]
        for amounts in intercompany {
            for (line, amount) in amounts { eliminations[line, default: 0] -= amount }
        }
        eliminations[GroupChart.intercompanyDifferenceID, default: 0] -= eliminations.values.reduce(0, +)
        return eliminations
    }
}
