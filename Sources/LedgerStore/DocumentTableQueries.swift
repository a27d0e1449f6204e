import GRDB
import Ledger

/// An invoice, bill or credit as the invoices and bills tables list it. Amounts are minor units as stored:
/// positive for credits too.
public struct InvoiceOrBillRow: Sendable {
    public var kind: DocumentKind
    public var number: String
    public var date: LocalDate
    public var dueDate: LocalDate?
    public var partyName: String?
    public var status: DocumentStatus
    public var memo: String
    /// The lines before tax.
    public var subtotal: Int64
    public var tax: Int64
    public var total: Int64
    /// What posted payments dated on or before the "paid through" date applied to it.
    public var paid: Int64
    public var currency: String
}

/// A customer payment or bill payment, with the numbers of the documents it settles.
public struct PaymentRow: Sendable {
    public var kind: DocumentKind
    public var number: String
    public var date: LocalDate
    public var partyName: String?
    /// The bank (or card) account's label: "1010 Operating Account".
    public var bankAccount: String?
    /// Minor units, positive: what the payment moved.
    public var amount: Int64
    /// Numbers of the settled documents, by their date.
    public var appliedTo: [String]
    public var status: DocumentStatus
    public var memo: String
}

extension LedgerReader {
    /// Invoices and credit memos (customers) or bills and vendor credits (vendors), void ones included,
    /// dated within `dates` (all when nil), by date and number. Streams; one query.
    public func forEachInvoiceOrBill(companyID: Int64, partyKind: PartyKind, dates: DateRange?, partyID: Int64?,
                                     paidThrough: LocalDate, _ body: (InvoiceOrBillRow) throws -> Void) throws {
        let kinds = partyKind.openItemKinds
        let range = TableSQL.dateCondition("d.date", dates)
        let cursor = try Row.fetchCursor(db, sql: """
            SELECT d.kind, d.number, d.date, d.due_date, pa.name AS party_name, d.status, d.memo, d.total, d.currency,
                   COALESCE((SELECT SUM(l.amount) FROM document_lines l WHERE l.document_id = d.id), 0) AS subtotal,
                   COALESCE((SELECT SUM(l.tax_amount) FROM document_lines l WHERE l.document_id = d.id), 0) AS tax,
                   COALESCE((SELECT SUM(a.amount) FROM applications a JOIN documents p ON p.id = a.payment_id
                             WHERE a.target_id = d.id AND p.status = 'posted' AND p.date <= ?), 0) AS paid
            FROM documents d LEFT JOIN parties pa ON pa.id = d.party_id
            WHERE d.company_id = ? AND d.kind IN (?, ?) AND (? IS NULL OR d.party_id = ?) \(range.sql)
            ORDER BY d.date, d.number, d.kind
            """, arguments: [paidThrough.description, companyID, kinds.charge.rawValue, kinds.credit.rawValue, partyID, partyID]
                + StatementArguments(range.arguments))
        while let row = try cursor.next() {
            try body(InvoiceOrBillRow(
                kind: try TableSQL.documentKind(row["kind"]), number: row["number"], date: try RowDecoding.date(row["date"]),
                dueDate: try (row["due_date"] as String?).map(RowDecoding.date), partyName: row["party_name"],
                status: DocumentStatus(rawValue: row["status"]) ?? .posted, memo: row["memo"], subtotal: row["subtotal"],
                tax: row["tax"], total: row["total"], paid: row["paid"], currency: row["currency"]))
        }
    }

    /// Customer payments, bill payments and refunds dated within `dates` (all when nil), void ones included, by date
    /// and number. With `partyID`, only that customer's or vendor's.
    public func forEachPayment(companyID: Int64, dates: DateRange?, partyID: Int64?,
                               _ body: (PaymentRow) throws -> Void) throws {
        let range = TableSQL.dateCondition("d.date", dates)
        let cursor = try Row.fetchCursor(db, sql: """
            SELECT d.kind, d.number, d.date, pa.name AS party_name, \(TableSQL.accountLabel("b")) AS bank_account,
                   d.total, d.status, d.memo,
                   (SELECT group_concat(number, char(31)) FROM
                       (SELECT t.number FROM applications a JOIN documents t ON t.id = a.target_id
                        WHERE a.payment_id = d.id ORDER BY t.date, t.number)) AS applied_to
            FROM documents d LEFT JOIN parties pa ON pa.id = d.party_id LEFT JOIN accounts b ON b.id = d.bank_account_id
            WHERE d.company_id = ? AND d.kind IN (?, ?, ?, ?) AND (? IS NULL OR d.party_id = ?) \(range.sql)
            ORDER BY d.date, d.number, d.kind
            """, arguments: [companyID, DocumentKind.customerPayment.rawValue, DocumentKind.billPayment.rawValue,
                             DocumentKind.customerRefund.rawValue, DocumentKind.vendorRefund.rawValue, partyID, partyID]
                + StatementArguments(range.arguments))
        while let row = try cursor.next() {
            let appliedTo = (row["applied_to"] as String?)?.split(separator: "\u{1F}").map(String.init) ?? []
            try body(PaymentRow(
                kind: try TableSQL.documentKind(row["kind"]), number: row["number"], date: try RowDecoding.date(row["date"]),
                partyName: row["party_name"], bankAccount: row["bank_account"], amount: row["total"], appliedTo: appliedTo,
                status: DocumentStatus(rawValue: row["status"]) ?? .posted, memo: row["memo"]))
        }
    }
}
