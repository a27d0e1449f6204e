import Foundation
import GRDB
import Ledger

/// What saving a budget's lines did.
public enum BudgetChange: Sendable, Equatable {
    /// The lines were stored as given; the budget is now this version.
    case revised(version: Int)
    /// Every line was already as given: nothing was written.
    case unchanged(version: Int)
}

extension LedgerWriter {
    /// Adds an empty budget named `name` for the company's fiscal year `fiscalYear`; the name is the company's own.
    /// A fund-accounted company may give the fund the budget appropriates for.
    public func addBudget(companyID: Int64, name: String, fiscalYear: Int, fundID: Int64? = nil) throws -> Budget {
        let books = try books(companyID: companyID)
        let name = try Self.requiredName(name, what: "budget")
        guard (1900...9999).contains(fiscalYear) else {
            throw StoreError.invalid("budget \"\(name)\": \(fiscalYear) is not a fiscal year; give one such as 2026")
        }
        if let existing = try reader.budget(companyID: companyID, named: name) {
            throw StoreError.duplicate(what: "budget", name: existing.name, company: books.company.name)
        }
        if let fundID, books.fundsByID[fundID] == nil {
            throw StoreError.notInCompany(place: "budget \"\(name)\"", what: "fund", id: fundID, company: books.company.name)
        }
        try db.execute(sql: "INSERT INTO budgets (company_id, name, fiscal_year, version, fund_id) VALUES (?, ?, ?, 1, ?)",
                       arguments: [companyID, name, fiscalYear, fundID])
        let budget = Budget(id: db.lastInsertedRowID, companyID: companyID, name: name, fiscalYear: fiscalYear, fundID: fundID)
        try logRevision(of: budget, action: "created", replaced: [])
        return budget
    }

    /// Stores `lines` in the budget, each replacing what the budget had for its account (and class or location);
    /// lines of other accounts stay. `expectedVersion` is the version the lines were read at, so an edit of an older
    /// export is refused rather than undoing a newer one. A revision is kept in the budget's history with the lines
    /// as they were before it.
    public func setBudgetLines(budgetID: Int64, _ lines: [BudgetLine], expectedVersion: Int) throws -> BudgetChange {
        guard let budget = try reader.budget(id: budgetID) else {
            throw StoreError.noSuchRecord(what: "budget", id: budgetID, scope: nil)
        }
        try checkVersion(of: "budget \"\(budget.name)\"", stored: budget.version, expected: expectedVersion)
        let books = try books(companyID: budget.companyID)
        var seen = Set<BudgetLineKey>()
        for line in lines {
            try check(line, of: budget, books: books)
            guard seen.insert(BudgetLineKey(line)).inserted else {
                throw StoreError.invalid("budget \"\(budget.name)\" lists \(label(line, books)) twice; combine the two")
            }
        }
        let changes = try reader.budgetChanges(budgetID: budgetID, lines)
        guard !changes.isEmpty else { return .unchanged(version: budget.version) }
        let changed = changes.map(\.line)
        let months = FiscalYear.months(of: budget.fiscalYear, startMonth: books.company.fiscalYearStartMonth)
        let remove = try db.cachedStatement(sql: """
            DELETE FROM budget_amounts WHERE budget_id = ? AND account_id = ? AND dimension_id IS ?
            """)
        let insert = try db.cachedStatement(sql: """
            INSERT INTO budget_amounts (budget_id, account_id, dimension_id, month, amount) VALUES (?, ?, ?, ?, ?)
            """)
        for line in changed {
            try remove.execute(arguments: [budgetID, line.accountID, line.dimensionID])
            for (month, amount) in zip(months, line.months) where amount != 0 {
                try insert.execute(arguments: [budgetID, line.accountID, line.dimensionID, month.description, amount])
            }
        }
        var revised = budget
        revised.version += 1
        try db.execute(sql: "UPDATE budgets SET version = ? WHERE id = ?", arguments: [revised.version, budgetID])
        try logRevision(of: revised, action: "revised", replaced: changes.compactMap(\.replaced))
        return .revised(version: revised.version)
    }

    private func check(_ line: BudgetLine, of budget: Budget, books: CompanyBooks) throws {
        guard books.accountsByID[line.accountID] != nil else {
            throw StoreError.notInCompany(place: "budget \"\(budget.name)\"", what: "account", id: line.accountID, company: books.company.name)
        }
        if let dimensionID = line.dimensionID, books.dimensionsByID[dimensionID] == nil {
            throw StoreError.notInCompany(place: "budget \"\(budget.name)\"", what: "class or location", id: dimensionID,
                                          company: books.company.name)
        }
    }

    private func label(_ line: BudgetLine, _ books: CompanyBooks) -> String {
        let account = books.accountsByID[line.accountID].map { "account \"\($0.label)\"" } ?? "account #\(line.accountID)"
        guard let dimension = line.dimensionID.flatMap({ books.dimensionsByID[$0] }) else { return account }
        return "\(account) for \(dimension.kind.rawValue) \"\(dimension.name)\""
    }

    /// Keeps the revision in the budget's history, with the lines it replaced (as JSON: account, class or location, months).
    private func logRevision(of budget: Budget, action: String, replaced: [BudgetLine]) throws {
        let previous = replaced.map { line in
            "{\"account\":\(line.accountID),\"dimension\":\(line.dimensionID.map(String.init) ?? "null"),\"months\":[\(line.months.map(String.init).joined(separator: ","))]}"
        }
        try db.execute(sql: "INSERT INTO budget_revisions (budget_id, version, action, at, previous) VALUES (?, ?, ?, ?, ?)",
                       arguments: [budget.id, budget.version, action, timestamp, "[" + previous.joined(separator: ",") + "]"])
    }
}

/// A budget line's place in its budget: the account, and the class or location.
extension LedgerReader {
    /// The lines of `lines` that differ from what the budget holds (a line it does not have holds twelve zeros), each
    /// with the stored line it would replace; empty when the budget already holds them all.
    public func budgetChanges(budgetID: Int64, _ lines: [BudgetLine]) throws -> [(line: BudgetLine, replaced: BudgetLine?)] {
        let stored = Dictionary(try budgetLines(budgetID: budgetID).map { (BudgetLineKey($0), $0) }, uniquingKeysWith: { first, _ in first })
        return lines.compactMap { line in
            let replaced = stored[BudgetLineKey(line)]
            return (replaced?.months ?? Array(repeating: 0, count: 12)) == line.months ? nil : (line, replaced)
        }
    }
}

private struct BudgetLineKey: Hashable {
    let accountID: Int64
    let dimensionID: Int64?

    init(_ line: BudgetLine) {
        accountID = line.accountID
        dimensionID = line.dimensionID
    }
}
