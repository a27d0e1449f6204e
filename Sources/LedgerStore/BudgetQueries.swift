import Foundation
import GRDB
import Ledger

/// One entry of a budget's history: when it was created or revised, and the version that made.
public struct BudgetRevision: Hashable, Sendable {
    public var version: Int
    /// "created" or "revised".
    public var action: String
    /// When (UTC, ISO 8601).
    public var at: String
    /// How many lines the revision replaced (their amounts before it are kept in the ledger).
    public var replacedLines: Int
}

extension LedgerReader {
    public func budget(id: Int64) throws -> Budget? {
        try Row.fetchOne(db, sql: "SELECT * FROM budgets WHERE id = ?", arguments: [id]).map(Self.budget)
    }

    /// The company's budget with this name, in any case.
    public func budget(companyID: Int64, named name: String) throws -> Budget? {
        try Row.fetchOne(db, sql: "SELECT * FROM budgets WHERE company_id = ? AND name = ? COLLATE NOCASE",
                         arguments: [companyID, name.trimmingCharacters(in: .whitespaces)]).map(Self.budget)
    }

    /// The company's budget with this name, in any case; an unknown name is an error suggesting the names there are.
    public func budget(named name: String, of company: Company) throws -> Budget {
        if let budget = try budget(companyID: company.id, named: name) { return budget }
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        throw StoreError.unknown(what: "budget", name: trimmed, company: company.name,
                                 suggestions: NameMatch.suggestions(for: trimmed, among: try budgets(companyID: company.id).map(\.name)))
    }

    /// The company's budgets, the latest fiscal year first, then by name.
    public func budgets(companyID: Int64) throws -> [Budget] {
        try Row.fetchAll(db, sql: "SELECT * FROM budgets WHERE company_id = ? ORDER BY fiscal_year DESC, name COLLATE NOCASE",
                         arguments: [companyID]).map(Self.budget)
    }

    /// The budget's lines in chart order (accounts by number, then name), the account as a whole before its classes
    /// and locations.
    public func budgetLines(budgetID: Int64) throws -> [BudgetLine] {
        guard let budget = try budget(id: budgetID), let company = try company(id: budget.companyID) else { return [] }
        let months = FiscalYear.months(of: budget.fiscalYear, startMonth: company.fiscalYearStartMonth)
        let index = Dictionary(uniqueKeysWithValues: months.enumerated().map { ($0.element.description, $0.offset) })
        let rows = try Row.fetchAll(db, sql: """
            SELECT b.account_id, b.dimension_id, b.month, b.amount FROM budget_amounts b JOIN accounts a ON a.id = b.account_id
            LEFT JOIN dimensions d ON d.id = b.dimension_id
            WHERE b.budget_id = ?
            ORDER BY a.number IS NULL, a.number, a.name COLLATE NOCASE, b.dimension_id IS NOT NULL, d.kind, d.name COLLATE NOCASE
            """, arguments: [budgetID])
        var lines: [BudgetLine] = []
        for row in rows {
            let accountID: Int64 = row["account_id"], dimensionID: Int64? = row["dimension_id"]
            guard let month = index[row["month"]] else { continue }
            if lines.last?.accountID != accountID || lines.last?.dimensionID != dimensionID {
                lines.append(BudgetLine(accountID: accountID, dimensionID: dimensionID, months: Array(repeating: 0, count: 12)))
            }
            lines[lines.count - 1].months[month] = row["amount"]
        }
        return lines
    }

    /// The budget's history, oldest first.
    public func budgetRevisions(budgetID: Int64) throws -> [BudgetRevision] {
        try Row.fetchAll(db, sql: """
            SELECT version, action, at, json_array_length(previous) AS replaced FROM budget_revisions WHERE budget_id = ? ORDER BY id
            """, arguments: [budgetID]).map {
            BudgetRevision(version: $0["version"], action: $0["action"], at: $0["at"], replacedLines: $0["replaced"])
        }
    }

    /// Lines for a budget from the company's income and expense actuals of fiscal year `year`, month for month
    /// (accrual basis, on each account's normal side), each changed by `percent` (5 for 5% more, -10 for 10% less)
    /// and rounded to the minor unit, half away from zero. Accounts with nothing in the year are left out; a year with
    /// nothing at all is refused, as a year mistyped.
    public func budgetLines(company: Company, fromActualsOf year: Int, changedBy percent: Decimal) throws -> [BudgetLine] {
        guard (1900...9999).contains(year) else {
            throw StoreError.invalid("\(year) is not a fiscal year to take actuals from; give one such as 2025")
        }
        let range = FiscalYear.range(of: year, startMonth: company.fiscalYearStartMonth)
        let months = FiscalYear.months(of: year, startMonth: company.fiscalYearStartMonth).map { String($0.description.prefix(7)) }
        let rows = try Row.fetchAll(db, sql: """
            SELECT p.account_id, substr(p.date, 1, 7) AS month, SUM(p.amount) AS net FROM postings p
            WHERE p.company_id = ? AND p.date BETWEEN ? AND ? GROUP BY p.account_id, month
            """, arguments: [company.id, range.from.description, range.to.description])
        var net: [Int64: [String: Int64]] = [:]
        for row in rows { net[row["account_id"], default: [:]][row["month"]] = row["net"] }
        let factor = 1 + percent / 100
        let lines = try accounts(companyID: company.id).compactMap { account -> BudgetLine? in
            guard [.income, .expense].contains(account.type.category), let byMonth = net[account.id] else { return nil }
            let sign: Decimal = account.type.category.isCreditNormal ? -1 : 1
            let amounts = try months.map { month in
                guard let amount = DecimalText.integer(DecimalText.roundedHalfUp(Decimal(byMonth[month] ?? 0) * sign * factor, scale: 0),
                                                       shiftedBy: 0) else {
                    throw StoreError.invalid("\(account.label) in \(month): changed by \(percent)% it is too large to keep exactly")
                }
                return amount
            }
            return amounts.allSatisfy { $0 == 0 } ? nil : BudgetLine(accountID: account.id, months: amounts)
        }
        guard !lines.isEmpty else {
            throw StoreError.invalid("\(company.name) has no income or expense postings in fiscal year \(year) (\(range)) to take a budget from")
        }
        return lines
    }

    private static func budget(_ row: Row) -> Budget {
        Budget(id: row["id"], companyID: row["company_id"], name: row["name"], fiscalYear: row["fiscal_year"], version: row["version"],
               fundID: row["fund_id"])
    }
}
