import GRDB
import Ledger

extension LedgerReader {
    /// Net postings (debit positive) per account and day, through `through`, for the accounts of `types`: what
    /// translating at historical rates needs (contributed equity at the rate of the day it was posted). Reads the
    /// postings by account, so a few equity accounts cost a few index ranges.
    public func datedActivity(companyID: Int64, types: Set<AccountType>, through: LocalDate,
                              filter: PostingFilter = PostingFilter()) throws -> [(accountID: Int64, date: LocalDate, amount: Int64)] {
        let (condition, arguments) = filter.condition(alias: "p")
        let typeMarks = types.map { _ in "?" }.joined(separator: ", ")
        return try Row.fetchAll(db, sql: """
            SELECT p.account_id, p.date, SUM(p.amount) AS net FROM postings p
            WHERE p.account_id IN (SELECT id FROM accounts WHERE company_id = ? AND type IN (\(typeMarks)))
              AND p.date <= ? AND \(condition)
            GROUP BY p.account_id, p.date HAVING net <> 0 ORDER BY p.date
            """, arguments: StatementArguments([companyID]) + StatementArguments(types.map(\.rawValue))
                + StatementArguments([through.description]) + StatementArguments(arguments))
            .map { row in (row["account_id"], try RowDecoding.date(row["date"]), row["net"]) }
    }

    /// The day of the company's first posting, nil when it has none.
    public func firstPostingDate(companyID: Int64) throws -> LocalDate? {
        guard let text = try String.fetchOne(db, sql: "SELECT MIN(date) FROM postings WHERE company_id = ?", arguments: [companyID])
        else { return nil }
        return LocalDate(iso: text)
    }
}
