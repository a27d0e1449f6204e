import GRDB
import Ledger

/// One account's share of a document's postings: minor units, debit positive.
public struct AccountAmount: Sendable, Equatable {
    public var accountID: Int64
    public var amount: Int64
}

/// A posted document as the general ledger sees it: its header, and its postings summed by account in the
/// order the accounts were first posted to. The amounts add up to zero.
public struct DocumentPostings: Sendable {
    public var date: LocalDate
    public var documentKind: DocumentKind
    public var documentNumber: String
    public var partyName: String?
    public var memo: String
    public var amounts: [AccountAmount]
}

extension LedgerReader {
    /// Every document of the company with postings dated within `dates` (all when nil), by date and then in the
    /// order posted, each with its postings summed by account. Streams from one query; only one document's
    /// postings are in memory at a time. Void documents post nothing, so they are not listed.
    public func forEachDocumentPostings(companyID: Int64, dates: DateRange?, _ body: (DocumentPostings) throws -> Void) throws {
        let range = TableSQL.dateCondition("p.date", dates)
        let cursor = try Row.fetchCursor(db, sql: """
            SELECT p.document_id, p.account_id, p.amount, p.date, d.kind, d.number, d.memo, pa.name AS party_name
            FROM postings p
            JOIN documents d ON d.id = p.document_id
            LEFT JOIN parties pa ON pa.id = d.party_id
            WHERE p.company_id = ? \(range.sql)
            ORDER BY p.date, p.document_id, p.id
            """, arguments: [companyID] + StatementArguments(range.arguments))
        var current: (id: Int64, document: DocumentPostings)?
        while let row = try cursor.next() {
            let documentID: Int64 = row["document_id"]
            let posting = AccountAmount(accountID: row["account_id"], amount: row["amount"])
            if documentID == current?.id {
                if let index = current!.document.amounts.firstIndex(where: { $0.accountID == posting.accountID }) {
                    current!.document.amounts[index].amount += posting.amount
                } else {
                    current!.document.amounts.append(posting)
                }
                continue
            }
            if let finished = current?.document { try body(finished) }
            current = (documentID, DocumentPostings(
                date: try RowDecoding.date(row["date"]), documentKind: try TableSQL.documentKind(row["kind"]),
                documentNumber: row["number"], partyName: row["party_name"], memo: row["memo"], amounts: [posting]))
        }
        if let finished = current?.document { try body(finished) }
    }
}
