import GRDB
import Ledger

/// When income and expenses are recognised: when invoiced and billed (accrual) or when paid (cash).
public enum RecognitionBasis: Sendable {
    case accrual, cash
}

extension LedgerReader {
    /// Net postings per account (debit positive) dated `from` through `through`; a nil `from` means from the
    /// beginning. Accounts with no postings are absent. Cash basis replaces the postings of invoices, bills,
    /// credits and the receivable/payable side of payments by `CashBasisRecognition`.
    public func activity(companyID: Int64, from: LocalDate?, through: LocalDate, basis: RecognitionBasis,
                         filter: PostingFilter = PostingFilter()) throws -> [Int64: Int64] {
        switch basis {
        case .accrual:
            let (condition, arguments) = filter.condition(alias: "p")
            let rows = try Row.fetchAll(db, sql: """
                SELECT p.account_id, SUM(p.amount) AS net FROM postings p
                WHERE p.company_id = ? AND p.date BETWEEN ? AND ? AND \(condition) GROUP BY p.account_id
                """, arguments: [companyID, (from ?? Self.beginning).description, through.description]
                    + StatementArguments(arguments))
            return Dictionary(uniqueKeysWithValues: rows.map { ($0["account_id"], $0["net"]) })
        case .cash:
            return try CashBasisRecognition(db: db, companyID: companyID, from: from ?? Self.beginning, through: through,
                                            filter: filter).activity()
        }
    }

    static let beginning = LocalDate(year: 1, month: 1, day: 1)!
}
