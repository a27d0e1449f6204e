import GRDB
import Ledger

/// A broken invariant found by `ledger check`, naming the company and, where there is one, the document.
public struct InvariantViolation: Sendable, Equatable, CustomStringConvertible {
    public var company: String
    public var message: String
    public var description: String { "\(company): \(message)" }
}

extension LedgerReader {
    /// Verifies every invariant of every company's books; an empty result means the ledger is sound.
    ///
    /// Each posted document's postings sum to zero, void documents post nothing, postings stay in their
    /// company, payments settle exactly their amount and never more than is open, each company's
    /// trial balance is zero, and the receivables and payables control accounts equal the open
    /// balances of invoices, bills and credits.
    public func check() throws -> [InvariantViolation] {
        var violations: [InvariantViolation] = []
        for company in try companies() {
            func report(_ message: String) { violations.append(InvariantViolation(company: company.name, message: message)) }
            func money(_ units: Int64) -> String { Money(minorUnits: units, currency: company.baseCurrency).description }
            let id = company.id

            for row in try Row.fetchAll(db, sql: """
                SELECT d.kind, d.number, d.status, SUM(p.amount) AS net, COUNT(*) AS count
                FROM postings p JOIN documents d ON d.id = p.document_id
                WHERE p.company_id = ? GROUP BY p.document_id HAVING net != 0 OR d.status = 'void'
                """, arguments: [id]) {
                let label = Self.label(row)
                if row["status"] as String == "void" {
                    report("\(label) is void but still has \(row["count"] as Int) postings")
                } else {
                    report("\(label): postings sum to \(money(row["net"])), not zero")
                }
            }
            for row in try Row.fetchAll(db, sql: """
                SELECT d.kind, d.number FROM postings p JOIN documents d ON d.id = p.document_id
                JOIN accounts a ON a.id = p.account_id
                WHERE p.company_id = ? AND (a.company_id != p.company_id OR d.company_id != p.company_id)
                GROUP BY d.id
                """, arguments: [id]) {
                report("\(Self.label(row)) posts to an account or document of another company")
            }
            for row in try Row.fetchAll(db, sql: """
                SELECT d.kind, d.number, d.total,
                       SUM(CASE WHEN t.kind IN ('credit-memo', 'vendor-credit') THEN -a.amount ELSE a.amount END) AS applied
                FROM documents d JOIN applications a ON a.payment_id = d.id JOIN documents t ON t.id = a.target_id
                WHERE d.company_id = ? AND d.status = 'posted' GROUP BY d.id HAVING applied != d.total
                """, arguments: [id]) {
                report("\(Self.label(row)) is for \(money(row["total"])) but settles \(money(row["applied"]))")
            }
            for row in try Row.fetchAll(db, sql: """
                SELECT t.kind, t.number, t.total, t.status, SUM(a.amount) AS applied
                FROM documents t JOIN applications a ON a.target_id = t.id
                WHERE t.company_id = ? GROUP BY t.id HAVING applied > t.total OR t.status = 'void'
                """, arguments: [id]) {
                report("\(Self.label(row)) (\(row["status"] as String), total \(money(row["total"]))) has \(money(row["applied"])) applied to it")
            }
            let net = try Int64.fetchOne(db, sql: "SELECT COALESCE(SUM(amount), 0) FROM postings WHERE company_id = ?", arguments: [id]) ?? 0
            if net != 0 { report("the trial balance is off by \(money(net)): debits and credits differ") }
            for (type, kinds) in [(AccountType.accountsReceivable, ("invoice", "credit-memo")), (.accountsPayable, ("bill", "vendor-credit"))] {
                let row = try Row.fetchOne(db, sql: """
                    SELECT (SELECT COALESCE(SUM(p.amount), 0) FROM postings p JOIN accounts a ON a.id = p.account_id
                            WHERE p.company_id = ?1 AND a.type = ?2) AS control,
                           (SELECT COALESCE(SUM((CASE WHEN d.kind = ?3 THEN 1 ELSE -1 END) *
                                   (d.total - COALESCE((SELECT SUM(amount) FROM applications WHERE target_id = d.id), 0))), 0)
                            FROM documents d WHERE d.company_id = ?1 AND d.status = 'posted' AND d.kind IN (?3, ?4)) AS open
                    """, arguments: [id, type.rawValue, kinds.0, kinds.1])!
                let control: Int64 = row["control"], open: Int64 = row["open"]
                let expected = type == .accountsReceivable ? open : -open
                if control != expected {
                    report("the \(type.displayName.lowercased()) control balance \(money(control)) differs from the open \(kinds.0)s and credits (\(money(expected)))")
                }
            }
        }
        return violations
    }

    private static func label(_ row: Row) -> String {
        let kind: String = row["kind"]
        return "\(DocumentKind(rawValue: kind)?.displayName ?? kind) \(row["number"] as String)"
    }
}
