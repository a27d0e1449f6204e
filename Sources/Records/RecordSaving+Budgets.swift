import Ledger
import LedgerStore

extension RecordSaving {
    /// Saves a budget from its rows: a new name adds the budget for its fiscal year with the rows' lines; with its
    /// Record ID and Version, the rows' lines replace the budget's lines of the same account and class or location
    /// (others stay). Rows that say what the budget already holds are Unchanged, with or without the ID; other
    /// rows under a known name without its ID are refused, never merged.
    func save(_ draft: BudgetDraft, _ record: RecordDraft) throws -> SaveOutcome {
        let lines = draft.lines.map(\.line)
        guard let budget = try storedBudget(draft, record) else {
            guard let year = draft.fiscalYear else {
                throw SaveRefusal(description: "\(company.name) has no budget named \"\(draft.name)\"; give its Fiscal Year on the first row to add it")
            }
            let created = try writer.addBudget(companyID: company.id, name: draft.name, fiscalYear: year)
            let version = switch try writer.setBudgetLines(budgetID: created.id, lines, expectedVersion: created.version) {
            case .revised(let version), .unchanged(let version): version
            }
            return SaveOutcome(status: .posted, message: "added budget \"\(created.name)\" for fiscal year \(year): \(Self.count(lines))",
                               kind: .budget, recordID: created.id, version: version)
        }
        if let year = draft.fiscalYear, year != budget.fiscalYear {
            throw SaveRefusal(description: "the budget \"\(budget.name)\" is for fiscal year \(budget.fiscalYear); a budget keeps its year: write \(budget.fiscalYear), or post a new budget under another name")
        }
        if record.recordID == nil, try !writer.reader.budgetChanges(budgetID: budget.id, lines).isEmpty {
            throw SaveRefusal(description: "\(company.name) already has a budget named \"\(budget.name)\" with other amounts; to change it, export it (records export budgets), edit the exported rows and post them")
        }
        switch try writer.setBudgetLines(budgetID: budget.id, lines, expectedVersion: record.version ?? budget.version) {
        case .unchanged(let version):
            return SaveOutcome(status: .unchanged, message: "budget \"\(budget.name)\" is already in the ledger as written",
                               kind: .budget, recordID: budget.id, version: version)
        case .revised(let version):
            return SaveOutcome(status: .updated, message: "revised budget \"\(budget.name)\" to version \(version): \(Self.count(lines)) posted",
                               kind: .budget, recordID: budget.id, version: version)
        }
    }

    /// The budget the rows are for: the one their Record ID names (which must be this company's, under the same
    /// name), else the company's budget of that name, if any.
    private func storedBudget(_ draft: BudgetDraft, _ record: RecordDraft) throws -> Budget? {
        guard let id = record.recordID else { return try writer.reader.budget(companyID: company.id, named: draft.name) }
        guard let budget = try writer.reader.budget(id: id), budget.companyID == company.id else {
            throw SaveRefusal(description: "Record ID \(id) is not a budget of \(company.name); clear Record ID and Version to post this as a new budget")
        }
        guard budget.name.lowercased() == draft.name.lowercased() else {
            throw SaveRefusal(description: "Record ID \(id) is the budget \"\(budget.name)\"; a budget keeps its name: write \"\(budget.name)\" in Budget, or clear Record ID and Version to post a new budget")
        }
        return budget
    }

    private static func count(_ lines: [BudgetLine]) -> String {
        lines.count == 1 ? "1 line" : "\(lines.count) lines"
    }
}
