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
    /// Each posted document's postings sum to zero, void documents post nothing, postings stay in their company,
    /// payments settle exactly their amount, never more than is open and only earlier documents of their own party,
    /// deposits gather whole posted documents held in a clearing account (each once, as the schema keeps it), each
    /// company's trial balance is zero, and the receivables and payables control accounts equal the open balances of
    /// invoices, bills, credits and money on account. In a fund-accounted company each fund balances too.
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
                SELECT d.kind, d.number, d.total, d.on_account,
                       d.on_account + COALESCE(SUM(CASE WHEN d.kind IN ('customer-refund', 'vendor-refund') THEN a.amount
                                                        WHEN t.kind IN ('credit-memo', 'vendor-credit', 'customer-payment', 'bill-payment')
                                                        THEN -a.amount ELSE a.amount END), 0) AS applied
                FROM documents d LEFT JOIN applications a ON a.payment_id = d.id LEFT JOIN documents t ON t.id = a.target_id
                WHERE d.company_id = ? AND d.status = 'posted'
                  AND d.kind IN ('customer-payment', 'bill-payment', 'customer-refund', 'vendor-refund')
                GROUP BY d.id HAVING applied != d.total
                """, arguments: [id]) {
                let onAccount: Int64 = row["on_account"]
                let leaves = onAccount == 0 ? "" : " and leaves \(money(onAccount)) on account"
                report("\(Self.label(row)) is for \(money(row["total"])) but settles\(leaves) \(money(row["applied"] - onAccount))")
            }
            for row in try Row.fetchAll(db, sql: """
                SELECT d.kind, d.number, \(OpenItems.openingAmount) AS opened, d.status, SUM(a.amount) AS applied
                FROM documents d JOIN applications a ON a.target_id = d.id
                WHERE d.company_id = ? GROUP BY d.id HAVING applied > opened OR d.status = 'void'
                """, arguments: [id]) {
                report("\(Self.label(row)) (\(row["status"] as String), open for \(money(row["opened"]))) has \(money(row["applied"])) applied to it")
            }
            for row in try Row.fetchAll(db, sql: """
                SELECT dep.number AS deposit_number, dep.status AS deposit_status, t.kind, t.number, t.status, t.total,
                       i.amount, a.type AS account_type
                FROM deposit_items i JOIN documents dep ON dep.id = i.deposit_id JOIN documents t ON t.id = i.document_id
                LEFT JOIN accounts a ON a.id = t.bank_account_id
                WHERE dep.company_id = ? AND (dep.status != 'posted' OR t.status != 'posted' OR i.amount != t.total
                                              OR a.type IS NOT 'clearing' OR t.company_id != dep.company_id)
                """, arguments: [id]) {
                let deposit = "deposit \(row["deposit_number"] as String) (\(row["deposit_status"] as String))"
                report("\(deposit) gathers \(money(row["amount"])) of \(Self.label(row)) (\(row["status"] as String), for \(money(row["total"])), held in \(row["account_type"] as String? ?? "no") account)")
            }
            for row in try Row.fetchAll(db, sql: """
                SELECT d.kind, d.number, d.date, t.kind AS target_kind, t.number AS target_number, t.date AS target_date
                FROM applications a JOIN documents d ON d.id = a.payment_id JOIN documents t ON t.id = a.target_id
                WHERE d.company_id = ? AND (t.date > d.date OR t.party_id IS NOT d.party_id OR t.company_id != d.company_id)
                """, arguments: [id]) {
                let target = "\(DocumentKind(rawValue: row["target_kind"])?.displayName ?? "document") \(row["target_number"] as String)"
                report("\(Self.label(row)) (\(row["date"] as String)) settles \(target) (\(row["target_date"] as String)), which is later or of another party or company")
            }
            let net = try Int64.fetchOne(db, sql: "SELECT COALESCE(SUM(amount), 0) FROM postings WHERE company_id = ?", arguments: [id]) ?? 0
            if net != 0 { report("the trial balance is off by \(money(net)): debits and credits differ") }
            if company.isFundAccounted { try checkFunds(of: company, report: report, money: money) }
            for (type, partyKind) in [(AccountType.accountsReceivable, PartyKind.customer), (.accountsPayable, .vendor)] {
                let kinds = partyKind.openItemKinds
                let row = try Row.fetchOne(db, sql: """
                    SELECT (SELECT COALESCE(SUM(p.amount), 0) FROM postings p JOIN accounts a ON a.id = p.account_id
                            WHERE p.company_id = ?1 AND a.type = ?2) AS control,
                           (SELECT COALESCE(SUM((CASE WHEN d.kind = ?3 THEN 1 ELSE -1 END) *
                                   (\(OpenItems.openingAmount) - COALESCE((SELECT SUM(amount) FROM applications WHERE target_id = d.id), 0))), 0)
                            FROM documents d WHERE d.company_id = ?1 AND d.status = 'posted' AND d.kind IN (?3, ?4, ?5)) AS open
                    """, arguments: [id, type.rawValue, kinds.charge.rawValue, kinds.credit.rawValue, kinds.payment.rawValue])!
                let control: Int64 = row["control"], open: Int64 = row["open"]
                let expected = type == .accountsReceivable ? open : -open
                if control != expected {
                    report("the \(type.displayName.lowercased()) control balance \(money(control)) differs from the open \(kinds.charge.displayName)s, credits and money on account (\(money(expected)))")
                }
            }
        }
        return violations
    }

    /// In a fund-accounted company every posting names one of its funds, and each fund balances on its own: within each
    /// document and over the whole trial balance.
    private func checkFunds(of company: Company, report: (String) -> Void, money: (Int64) -> String) throws {
        let unfunded = try Int.fetchOne(db, sql: """
            SELECT COUNT(*) FROM postings p LEFT JOIN funds f ON f.id = p.fund_id
            WHERE p.company_id = ? AND (p.fund_id IS NULL OR f.company_id IS NOT p.company_id)
            """, arguments: [company.id]) ?? 0
        if unfunded > 0 { report("\(unfunded) postings name no fund of the company; every posting of a fund-accounted company needs one") }
        for row in try Row.fetchAll(db, sql: """
            SELECT d.kind, d.number, f.number || ' ' || f.name AS fund, SUM(p.amount) AS net
            FROM postings p JOIN documents d ON d.id = p.document_id JOIN funds f ON f.id = p.fund_id
            WHERE p.company_id = ? GROUP BY p.document_id, p.fund_id HAVING net != 0
            """, arguments: [company.id]) {
            report("\(Self.label(row)): its postings in fund \(row["fund"] as String) sum to \(money(row["net"])), not zero")
        }
        for row in try Row.fetchAll(db, sql: """
            SELECT f.number || ' ' || f.name AS fund, SUM(p.amount) AS net FROM postings p JOIN funds f ON f.id = p.fund_id
            WHERE p.company_id = ? GROUP BY p.fund_id HAVING net != 0
            """, arguments: [company.id]) {
            report("fund \(row["fund"] as String): its trial balance is off by \(money(row["net"]))")
        }
    }

    private static func label(_ row: Row) -> String {
        let kind: String = row["kind"]
        return "\(DocumentKind(rawValue: kind)?.displayName ?? kind) \(row["number"] as String)"
    }
}
