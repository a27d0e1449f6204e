import GRDB
import Ledger

extension PartyKind {
    /// The documents whose open balances a party of this kind owes or is owed: invoices, credit memos and the money
    /// customer payments leave on account for customers; bills, vendor credits and prepayments for vendors.
    var openItemKinds: (charge: DocumentKind, credit: DocumentKind, payment: DocumentKind) {
        switch self {
        case .customer: (.invoice, .creditMemo, .customerPayment)
        case .vendor: (.bill, .vendorCredit, .billPayment)
        }
    }
}

/// The open balances of a company's invoices and credits (or bills and credits) on one date, as SQL,
/// so aging and the customer and vendor lists agree with each other and with the control accounts.
///
/// A document's open balance on date D is its total (for a payment, what it left on account) if it is dated on or
/// before D, less what posted payments and refunds dated on or before D applied to it; credits count negative. This is exactly what the
/// receivables (or payables) control account holds on D, because payments post there on their own date.
enum OpenItems {
    /// A common table expression `open_items(id, party_id, kind, number, date, due_date, open)`, one row per
    /// posted document of the kind, zero balances included. Arguments: `:company`, `:asOf`, `:party`
    /// (NULL for every party), `:charge`, `:credit`.
    static let cte = """
        open_items AS (
            SELECT d.id, d.party_id, d.kind, d.number, d.date, COALESCE(d.due_date, d.date) AS due_date,
                   (CASE WHEN d.kind = :charge THEN 1 ELSE -1 END) *
                   ((CASE WHEN d.date <= :asOf THEN \(openingAmount) ELSE 0 END) -
                    COALESCE((SELECT SUM(a.amount) FROM applications a JOIN documents p ON p.id = a.payment_id
                              WHERE a.target_id = d.id AND p.status = 'posted' AND p.date <= :asOf), 0)) AS open
            FROM documents d
            WHERE d.company_id = :company AND d.status = 'posted' AND d.kind IN (:charge, :credit, :payment)
              AND (:party IS NULL OR d.party_id = :party)
        )
        """

    /// What a document `d` opens on its party's account: an invoice's, bill's or credit's total, and only the part
    /// of a payment left on account (the rest settled other documents the day it was made).
    static let openingAmount = "(CASE WHEN d.kind IN ('customer-payment', 'bill-payment') THEN d.on_account ELSE d.total END)"

    static func arguments(companyID: Int64, partyKind: PartyKind, asOf: LocalDate, partyID: Int64?) -> StatementArguments {
        let kinds = partyKind.openItemKinds
        return ["company": companyID, "asOf": asOf.description, "party": partyID,
                "charge": kinds.charge.rawValue, "credit": kinds.credit.rawValue, "payment": kinds.payment.rawValue]
    }
}
