import GRDB
import Ledger

/// One posting with everything a pivot table groups by: its document, party, account and dimensions.
public struct TransactionRow: Sendable {
    public var date: LocalDate
    public var documentKind: DocumentKind
    public var documentNumber: String
    public var partyName: String?
    public var accountNumber: String?
    public var accountName: String
    public var accountType: AccountType
    public var className: String?
    public var locationName: String?
    /// The document line's description, or the document's memo for control and tax postings and blank lines.
    public var description: String
    /// Minor units, debit positive.
    public var amount: Int64
}

extension LedgerReader {
    /// Every posting of the company dated within `dates` (all when nil) that passes `filter`, by date and
    /// then in the order posted. Streams from one query over the postings index; a million rows never sit in memory.
    public func forEachTransaction(companyID: Int64, dates: DateRange?, filter: PostingFilter,
                                   _ body: (TransactionRow) throws -> Void) throws {
        let range = TableSQL.dateCondition("p.date", dates)
        let condition = filter.condition(alias: "p")
        let cursor = try Row.fetchCursor(db, sql: """
            SELECT p.date, p.amount, d.kind, d.number, pa.name AS party_name,
                   a.number AS account_number, a.name AS account_name, a.type AS account_type,
                   cl.name AS class_name, lo.name AS location_name,
                   COALESCE(NULLIF(l.description, ''), d.memo) AS description
            FROM postings p
            JOIN documents d ON d.id = p.document_id
            JOIN accounts a ON a.id = p.account_id
            LEFT JOIN parties pa ON pa.id = p.party_id
            LEFT JOIN dimensions cl ON cl.id = p.class_id
            LEFT JOIN dimensions lo ON lo.id = p.location_id
            LEFT JOIN document_lines l ON l.document_id = p.document_id AND l.line_number = p.line_number
            WHERE p.company_id = ? \(range.sql) AND \(condition.sql)
            ORDER BY p.date, p.id
            """, arguments: [companyID] + StatementArguments(range.arguments) + StatementArguments(condition.arguments))
        while let row = try cursor.next() {
            let typeName: String = row["account_type"]
            guard let accountType = AccountType(rawValue: typeName) else {
                throw StoreError.database("account \"\(row["account_name"] as String)\" has an unknown type \"\(typeName)\"")
            }
            try body(TransactionRow(
                date: try RowDecoding.date(row["date"]), documentKind: try TableSQL.documentKind(row["kind"]),
                documentNumber: row["number"], partyName: row["party_name"], accountNumber: row["account_number"],
                accountName: row["account_name"], accountType: accountType, className: row["class_name"],
                locationName: row["location_name"], description: row["description"], amount: row["amount"]))
        }
    }
}
