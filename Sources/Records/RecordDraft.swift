import Ledger

/// What a group of rows asks the ledger to hold: a document or a reference record, new or (with its record ID
/// and the version it was exported at) an edit, or a void.
struct RecordDraft {
    enum Content {
        case document(Document)
        case party(Party)
        case item(Item)
        case account(Account)
        case taxCode(TaxCode)
        case dimension(TrackingDimension)
        case terms(PaymentTerms)
        case budget(BudgetDraft)
    }

    var content: Content
    var recordID: Int64?
    var version: Int?
    var isVoid: Bool
    /// Fields of a reference record the sheet has no column for, which saving leaves as the ledger has them: a sheet
    /// written before a column existed (Intercompany, Phone, Active, say) must not clear what the ledger holds.
    var unstated: Set<RecordField> = []
}

/// The problems found in a group of rows, each on its row (and column, when it is one cell's fault).
struct RowProblems: Error {
    var problems: [(row: Int, problem: RowProblem)] = []

    var isEmpty: Bool { problems.isEmpty }

    /// Runs `body`, keeping its problem (if any) against `row` so reading can go on and report every bad cell.
    mutating func collect<T>(row: Int, _ body: () throws(RowProblem) -> T?) -> T? {
        do {
            return try body()
        } catch {
            problems.append((row, error))
            return nil
        }
    }

    mutating func add(row: Int, _ field: RecordField?, _ message: String) {
        problems.append((row, RowProblem(field: field, message: message)))
    }
}

/// The rows of one record (consecutive rows of one document, or a single row), in sheet order.
struct RowGroup {
    let rows: [RowValues]
    var first: RowValues { rows[0] }
    var rowNumbers: ClosedRange<Int> { rows[0].number...rows[rows.count - 1].number }
}
