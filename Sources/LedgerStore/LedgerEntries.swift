import GRDB
import Ledger

/// One posting as the general ledger lists it: when, from which document, with whom, what for, and how much.
public struct LedgerEntry: Sendable {
    public var date: LocalDate
    public var documentKind: DocumentKind
    public var documentNumber: String
    public var partyName: String?
    /// The line's description, or the document's memo when the line has none.
    public var description: String
    /// Debit positive.
    public var amount: Int64
}

extension LedgerReader {
    /// Streams one account's postings dated `from` through `through` in date order, without holding them in memory.
    public func forEachEntry(accountID: Int64, from: LocalDate, through: LocalDate, filter: PostingFilter = PostingFilter(),
                             _ body: (LedgerEntry) throws -> Void) throws {
        let (condition, filterArguments) = filter.condition(alias: "p")
        let cursor = try Row.fetchCursor(db, sql: """
            SELECT p.date, p.amount, d.kind, d.number, pa.name AS party,
                   COALESCE(NULLIF(l.description, ''), d.memo) AS description
            FROM postings p
            JOIN documents d ON d.id = p.document_id
            LEFT JOIN parties pa ON pa.id = p.party_id
            LEFT JOIN document_lines l ON l.document_id = p.document_id AND l.line_number = p.line_number
            WHERE p.account_id = ? AND p.date BETWEEN ? AND ? AND \(condition)
            ORDER BY p.date, p.id
            """, arguments: [accountID, from.description, through.description] + StatementArguments(filterArguments))
        // Columns by position, in the order selected: looking them up by name costs a hash per value.
        while let row = try cursor.next() {
            try body(LedgerEntry(date: try RowDecoding.date(row[0]),
                                 documentKind: DocumentKind(rawValue: row[2]) ?? .journalEntry,
                                 documentNumber: row[3], partyName: row[4],
                                 description: row[5] ?? "", amount: row[1]))
        }
    }
}
