import Foundation
import Ledger
import LedgerStore
import Testing

/// Budgets kept in the ledger: lines stored and read back to the cent, revisions versioned and kept in the history,
/// saving the same lines twice changing nothing, and a budget made from last year's actuals.
@Suite struct BudgetTests {
    @Test func linesAreStoredRevisedOnceAndUnchangedTheSecondTime() throws {
        let books = try TestBooks()
        defer { books.remove() }
        let budget = try books.store.write { try $0.addBudget(companyID: books.company.id, name: "2026 Adopted", fiscalYear: 2026) }
        let lines = [
            BudgetLine(accountID: books.sales, total: 1_200_000_01),
            BudgetLine(accountID: books.sales, dimensionID: books.wholesale.id, months: (1...12).map { Int64($0) * 1_000 }),
            BudgetLine(accountID: books.rent, total: 3_000_00),
        ]
        let first = try books.store.write { try $0.setBudgetLines(budgetID: budget.id, lines, expectedVersion: 1) }
        #expect(first == .revised(version: 2))
        let stored = try books.store.read { try $0.budgetLines(budgetID: budget.id) }
        #expect(Set(stored) == Set(lines))
        let total: Int64 = 1_200_000_01
        let whole = try #require(stored.first { $0.accountID == books.sales && $0.dimensionID == nil })
        #expect(whole.months[11] == total - 11 * (total / 12), "the last month takes the remainder")

        let again = try books.store.write { try $0.setBudgetLines(budgetID: budget.id, lines, expectedVersion: 2) }
        #expect(again == .unchanged(version: 2))
        let revisions = try books.store.read { try $0.budgetRevisions(budgetID: budget.id) }
        #expect(revisions.map(\.action) == ["created", "revised"])
        #expect(revisions.map(\.version) == [1, 2])

        // A revision replaces the lines it lists and leaves the others.
        let rent = BudgetLine(accountID: books.rent, total: 3_600_00)
        #expect(try books.store.write { try $0.setBudgetLines(budgetID: budget.id, [rent], expectedVersion: 2) } == .revised(version: 3))
        let revised = try books.store.read { try $0.budgetLines(budgetID: budget.id) }
        #expect(Set(revised) == Set([lines[0], lines[1], rent]))
        let history = try books.store.read { try $0.budgetRevisions(budgetID: budget.id) }
        #expect(history.map(\.replacedLines) == [0, 0, 1], "the third revision replaced the rent line")
    }

    @Test func anOlderVersionAnotherCompanysAccountAndALineTwiceAreRefusedLeavingTheBudgetAsItWas() throws {
        let books = try TestBooks()
        defer { books.remove() }
        let budget = try books.store.write { try $0.addBudget(companyID: books.company.id, name: "Plan", fiscalYear: 2026) }
        let line = BudgetLine(accountID: books.rent, total: 1_200_00)
        _ = try books.store.write { try $0.setBudgetLines(budgetID: budget.id, [line], expectedVersion: 1) }

        let stale = #expect(throws: StoreError.self) {
            try books.store.write { try $0.setBudgetLines(budgetID: budget.id, [BudgetLine(accountID: books.rent, total: 1)], expectedVersion: 1) }
        }
        #expect(stale?.description == "budget \"Plan\" was changed since version 1 (it is now version 2); export it again and redo your edit")
        let foreign = #expect(throws: StoreError.self) {
            try books.store.write { try $0.setBudgetLines(budgetID: budget.id, [BudgetLine(accountID: 999_999, total: 1)], expectedVersion: 2) }
        }
        #expect(foreign?.description == "budget \"Plan\": account #999999 is not in Test Books USD")
        let twice = #expect(throws: StoreError.self) {
            try books.store.write { try $0.setBudgetLines(budgetID: budget.id, [line, line], expectedVersion: 2) }
        }
        #expect(twice?.description.hasPrefix("budget \"Plan\" lists account \"6010") == true)
        let duplicate = #expect(throws: StoreError.self) {
            try books.store.write { try $0.addBudget(companyID: books.company.id, name: "plan", fiscalYear: 2027) }
        }
        #expect(duplicate?.description == "Test Books USD already has a budget named \"Plan\"")
        #expect(try books.store.read { try $0.budgetLines(budgetID: budget.id) } == [line])
        #expect(try books.store.read { try $0.budgets(companyID: books.company.id) }.map(\.version) == [2])
    }

    @Test func aBudgetFromLastYearsActualsIsEachMonthChangedByThePercentageToTheCent() throws {
        let books = try TestBooks(taxPercent: "0")
        defer { books.remove() }
        // Sales of 333.33 in March 2025 and 100.00 in November 2025; 2026's sales are not last year's.
        _ = try books.post(try books.invoice("INV-1", books.acme, date: "2025-03-02", lines: [("1", "333.33")], taxed: false))
        _ = try books.post(try books.invoice("INV-2", books.acme, date: "2025-11-30", lines: [("1", "100")], taxed: false))
        _ = try books.post(try books.invoice("INV-3", books.acme, date: "2026-01-05", lines: [("1", "5000")], taxed: false))
        let lines = try books.store.read { reader in
            try reader.budgetLines(company: books.company, fromActualsOf: 2025, changedBy: Decimal(string: "5")!)
        }
        // 333.33 × 1.05 = 349.9965, which rounds to 350.00; 100.00 × 1.05 = 105.00. Income is kept positive.
        var expected = Array(repeating: Int64(0), count: 12)
        expected[2] = 35_000
        expected[10] = 10_500
        #expect(lines == [BudgetLine(accountID: books.sales, months: expected)], "only income and expense accounts, not receivables")
        let cut = try books.store.read { reader in
            try reader.budgetLines(company: books.company, fromActualsOf: 2025, changedBy: Decimal(string: "-2.5")!)
        }
        #expect(cut.first?.months[2] == 32_500, "333.33 × 0.975 = 324.99675, to the cent 325.00")
        let empty = #expect(throws: StoreError.self) {
            try books.store.read { try $0.budgetLines(company: books.company, fromActualsOf: 2024, changedBy: 0) }
        }
        #expect(empty?.description == "Test Books USD has no income or expense postings in fiscal year 2024 (2024-01-01 to 2024-12-31) to take a budget from")
    }
}
