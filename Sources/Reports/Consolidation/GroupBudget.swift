import Ledger
import LedgerStore

/// A group's budget: each company's budget of one name, translated into the group's currency at the same monthly
/// average rates as its actuals and put on the group's lines, what they budgeted on intercompany accounts eliminated.
/// A company without a budget of that name, or a month outside its budget's year, is budgeted as nothing, and the
/// notes say so.
struct GroupBudget {
    let name: String
    /// Each member's budget, in the order of the group's members; nil for a member without one of this name.
    private let budgets: [BudgetAmounts?]

    /// The budget named `name` (any case) of each member; without a name, the one name the members' budgets share.
    init(named name: String?, books: CompanyGroupBooks, reader: LedgerReader) throws {
        let companies = books.members.map(\.company)
        guard let name = try name ?? Self.onlyName(of: companies, group: books.group.name, reader: reader) else {
            throw ReportError.budgetNotChosen(company: books.group.name, budgets: [])
        }
        let found = try companies.map { company in
            try reader.budget(companyID: company.id, named: name).map { try BudgetAmounts($0, company: company, reader: reader) }
        }
        guard let first = found.compactMap({ $0 }).first else {
            _ = try reader.budget(named: name, of: companies[0])  // the unknown name, with the parent's budgets suggested
            throw ReportError.budgetNotChosen(company: books.group.name, budgets: [])
        }
        self.name = first.budget.name
        budgets = found
    }

    /// The name of the members' budgets when they all go by one (any case); nil when none has a budget.
    private static func onlyName(of companies: [Company], group: String, reader: LedgerReader) throws -> String? {
        var names: [String: String] = [:]
        for company in companies {
            for budget in try reader.budgets(companyID: company.id) { names[budget.name.lowercased()] = budget.name }
        }
        guard names.count <= 1 else { throw ReportError.budgetNotChosen(company: group, budgets: names.values.sorted()) }
        return names.values.first
    }

    /// The parent's budget year to `asOf` (as a company's budget-versus-actual defaults to); nil when the parent has none.
    func yearToDate(asOf: LocalDate) -> DateRange? {
        budgets[0]?.yearToDate(asOf: asOf)
    }

    /// Each member's budget over `range` by group line, debit positive as the group's actuals are, month by month at
    /// the month's average rate; then the eliminations of what the members budgeted on intercompany accounts, as their
    /// actuals are eliminated.
    func amounts(_ range: DateRange, books: CompanyGroupBooks) throws -> (companies: [[Int64: Int64]], eliminations: [Int64: Int64]) {
        var companies: [[Int64: Int64]] = [], intercompany: [[Int64: Int64]] = []
        for (member, budget) in zip(books.members, budgets) {
            let accounts = Dictionary(uniqueKeysWithValues: member.accounts.map { ($0.id, $0) })
            let currency = member.company.baseCurrency
            var lines: [Int64: Int64] = [:], withinGroup: [Int64: Int64] = [:]
            for month in TranslatedCompany.months(range) {
                guard let amounts = budget?.amounts(in: month, filter: PostingFilter()), !amounts.isEmpty else { continue }
                let rate = try books.rates.average(currency, month: month.from)
                for (accountID, amount) in amounts {
                    guard let account = accounts[accountID], let line = books.chart.lineOf[accountID] else { continue }
                    let translated = try books.rates.translate(amount * account.type.displaySign, from: currency, at: rate)
                    lines[line, default: 0] += translated
                    if account.isIntercompany { withinGroup[line, default: 0] += translated }
                }
            }
            companies.append(lines)
            intercompany.append(withinGroup)
        }
        return (companies, CompanyGroupBooks.eliminations(of: intercompany))
    }

    /// What the reader of a group's budget-versus-actual over `range` needs told: how the budgets were put together,
    /// the companies without one, and those whose budget's year leaves part of the range out.
    func notes(over range: DateRange, books: CompanyGroupBooks) -> [String] {
        var notes = ["Budget: each company's \"\(name)\", translated at the monthly average rates of its actuals and added up, "
                     + "its intercompany accounts eliminated"]
        let missing = zip(books.members, budgets).filter { $0.1 == nil }.map(\.0.company.name)
        if !missing.isEmpty { notes.append("No budget named \"\(name)\", so budgeted as nothing: " + missing.joined(separator: ", ")) }
        for (member, budget) in zip(books.members, budgets) {
            guard let year = budget?.year, year.from > range.from || year.to < range.to else { continue }
            notes.append("\(member.company.name)'s budget covers \(ReportDates.long(year.from)) to \(ReportDates.long(year.to)); "
                         + "its months outside that are budgeted as nothing")
        }
        return notes
    }
}
