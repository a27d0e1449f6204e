import Foundation
import Ledger
import LedgerStore

/// Loads the Northwind example books into a ledger: the reference data from the CSV files of
/// `Examples/northwind/`, then the generated activity, all in one transaction.
public enum ExampleLoader {
    /// What the load wrote.
    public struct Result: Sendable {
        public var companies: [Company]
        public var activity: ActivitySummary
    }

    /// Loads the books; `scale` multiplies the activity, `seed` picks one reproducible variant.
    /// `progress` is told (months done, months in all) as the activity is posted.
    public static func load(into store: LedgerStore, from directory: String, scale: Int = 1, seed: UInt64 = 1,
                            progress: (Int, Int) -> Void = { _, _ in }) throws -> Result {
        guard scale >= 1 else { throw StoreError.invalid("--scale must be 1 or more, not \(scale)") }
        return try store.write { writer in
            let existing = try writer.reader.companies()
            guard existing.isEmpty else {
                throw StoreError.invalid("\(store.path) already holds \(existing.count) companies; the example loads into a new ledger (give --ledger a new file)")
            }
            let companies = try NorthwindReference(directory: directory, writer: writer).load()
            try addGroup(writer, companies)
            var activity = try NorthwindActivity(writer: writer, companies: companies, scale: scale, seed: seed)
            let summary = try activity.run(progress: progress)
            try addBudgets(writer, companies)
            return Result(companies: companies.map(\.company), activity: summary)
        }
    }

    /// Loads only the reference data (companies, charts, customers, vendors, items, opening balances, rates, the
    /// group): books ready for documents, with none of the generated activity.
    public static func loadReference(into store: LedgerStore, from directory: String) throws -> [Company] {
        try store.write { writer in
            let companies = try NorthwindReference(directory: directory, writer: writer).load()
            try addGroup(writer, companies)
            return companies.map(\.company)
        }
    }

    /// The name of the group of all three Northwind companies, reported in US dollars.
    public static let groupName = "Northwind Group"

    /// The name every Northwind company gives its budget for the fiscal year ending in 2026, so the group's budget adds
    /// them up.
    public static let budgetName = "2026 Budget"

    /// Each company's budget of its fiscal year 2026: the US and Canada plan calendar 2026 on 2025's actuals, the US 5%
    /// and Canada 4% higher; the UK, whose year runs April 2025 to March 2026 and so has no full year before it, planned
    /// 3% above that year's own actuals.
    private static func addBudgets(_ writer: LedgerWriter, _ companies: [NorthwindCompany]) throws {
        for books in companies {
            let (actualsOf, change): (Int, Decimal) = switch books.key {
            case "us": (2025, 5)
            case "ca": (2025, 4)
            default: (2026, 3)
            }
            let company = books.company
            let budget = try writer.addBudget(companyID: company.id, name: budgetName, fiscalYear: 2026)
            _ = try writer.setBudgetLines(budgetID: budget.id, writer.reader.budgetLines(company: company, fromActualsOf: actualsOf,
                                                                                         changedBy: change),
                                          expectedVersion: budget.version)
        }
    }

    private static func addGroup(_ writer: LedgerWriter, _ companies: [NorthwindCompany]) throws {
        _ = try writer.addGroup(name: groupName, currency: try Currency(code: "USD"), companyIDs: companies.map(\.company.id))
    }
}
