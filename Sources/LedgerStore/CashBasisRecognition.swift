import GRDB
import Ledger

/// Cash-basis account activity for a span of dates.
///
/// Journal entries, sales receipts, deposits, transfers and payments count as posted. Invoices, bills and credits
/// count only as payments settle them: each application recognises the settled document's income, expense
/// and tax postings in proportion to the amount applied, on the payment's date, and takes that amount back out of
/// the payment's receivable or payable posting. The shares of one application are apportioned by largest remainder,
/// so they add up to the applied amount exactly and each payment still balances. Receivable and payable accounts
/// therefore carry only money left on account on a cash basis: paid in, not yet used up or refunded.
struct CashBasisRecognition {
    let db: Database
    let companyID: Int64
    let from: LocalDate
    let through: LocalDate
    let filter: PostingFilter

    private static let accruedKinds = "'invoice', 'bill', 'credit-memo', 'vendor-credit'"
    private static let controlTypes = "'accounts-receivable', 'accounts-payable'"

    func activity() throws -> [Int64: Int64] {
        var totals: [Int64: Int64] = [:]
        let (condition, filterArguments) = filter.condition(alias: "p")
        let span: StatementArguments = [companyID, from.description, through.description]
        let direct = try Row.fetchAll(db, sql: """
            SELECT p.account_id, SUM(p.amount) AS net FROM postings p JOIN documents d ON d.id = p.document_id
            WHERE p.company_id = ? AND p.date BETWEEN ? AND ? AND \(condition) AND d.kind NOT IN (\(Self.accruedKinds))
            GROUP BY p.account_id
            """, arguments: span + StatementArguments(filterArguments))
        for row in direct { totals[row["account_id"], default: 0] += row["net"] }

        // The settled documents' own postings, one application after another.
        let cursor = try Row.fetchCursor(db, sql: """
            SELECT a.payment_id, a.target_id, a.amount AS applied, t.total, tp.account_id, tp.amount,
                   tp.class_id, tp.location_id, tp.party_id, tp.fund_id, t.party_id AS target_party_id,
                   (SELECT cp.account_id FROM postings cp JOIN accounts ca ON ca.id = cp.account_id
                    WHERE cp.document_id = t.id AND ca.type IN (\(Self.controlTypes)) LIMIT 1) AS control_account_id,
                   (SELECT cp.fund_id FROM postings cp JOIN accounts ca ON ca.id = cp.account_id
                    WHERE cp.document_id = t.id AND ca.type IN (\(Self.controlTypes)) LIMIT 1) AS control_fund_id
            FROM documents pay
            JOIN applications a ON a.payment_id = pay.id
            JOIN documents t ON t.id = a.target_id
            JOIN postings tp ON tp.document_id = t.id
            JOIN accounts acc ON acc.id = tp.account_id
            WHERE pay.company_id = ? AND pay.date BETWEEN ? AND ? AND pay.status = 'posted'
              AND acc.type NOT IN (\(Self.controlTypes)) AND t.kind IN (\(Self.accruedKinds))
            ORDER BY a.payment_id, a.target_id, tp.id
            """, arguments: span)
        var pending: [RecognisedPart] = []
        var current: (payment: Int64, target: Int64, applied: Int64, total: Int64, control: RecognisedPart?)?
        func flush() {
            guard let application = current else { return }
            let shares = Self.apportion(pending, applied: application.applied, total: application.total)
            // What the shares recognise leaves the payment's receivable or payable posting.
            var control = application.control
            control?.amount = -shares.reduce(Int64(0)) { $0 + $1.amount }
            for part in shares + (control.map { [$0] } ?? []) where matches(part) {
                totals[part.accountID, default: 0] += part.amount
            }
            pending.removeAll(keepingCapacity: true)
        }
        while let row = try cursor.next() {
            let key = (payment: row["payment_id"] as Int64, target: row["target_id"] as Int64)
            if current?.payment != key.payment || current?.target != key.target {
                flush()
                let control = (row["control_account_id"] as Int64?).map {
                    RecognisedPart(accountID: $0, amount: 0, partyID: row["target_party_id"], fundID: row["control_fund_id"])
                }
                current = (key.payment, key.target, row["applied"], row["total"], control)
            }
            pending.append(RecognisedPart(accountID: row["account_id"], amount: row["amount"], classID: row["class_id"],
                                          locationID: row["location_id"], partyID: row["party_id"], fundID: row["fund_id"]))
        }
        flush()
        return totals
    }

    private func matches(_ part: RecognisedPart) -> Bool {
        (filter.classID == nil || part.classID == filter.classID)
            && (filter.locationID == nil || part.locationID == filter.locationID)
            && (filter.partyID == nil || part.partyID == filter.partyID)
            && (filter.fundID == nil || part.fundID == filter.fundID)
            && (!filter.withoutClass || part.classID == nil) && (!filter.withoutLocation || part.locationID == nil)
    }

    /// Scales each part by applied/total, rounding so the parts sum exactly to the scaled whole.
    static func apportion(_ parts: [RecognisedPart], applied: Int64, total: Int64) -> [RecognisedPart] {
        guard total != 0, applied != total else { return parts }
        let whole = parts.reduce(Int64(0)) { $0 + $1.amount }
        let target = scaled(whole, applied, total).quotient
        var shares = parts.map { part -> (part: RecognisedPart, remainder: Int64) in
            let (quotient, remainder) = scaled(part.amount, applied, total)
            var share = part
            share.amount = quotient
            return (share, remainder)
        }
        var shortfall = target - shares.reduce(Int64(0)) { $0 + $1.part.amount }
        // Give the missing units to the parts that truncation cut most, in the direction it cut them.
        let step: Int64 = shortfall > 0 ? 1 : -1
        let order = shares.indices.filter { shares[$0].remainder.signum() == step }
            .sorted { abs(shares[$0].remainder) > abs(shares[$1].remainder) }
        for index in order where shortfall != 0 {
            shares[index].part.amount += step
            shortfall -= step
        }
        return shares.map(\.part)
    }

    /// value × numerator / denominator, truncated toward zero, without overflowing.
    private static func scaled(_ value: Int64, _ numerator: Int64, _ denominator: Int64) -> (quotient: Int64, remainder: Int64) {
        let product = value.multipliedFullWidth(by: numerator)
        return denominator.dividingFullWidth(product)
    }
}

/// One posting of a settled document, or the share of it a payment recognises.
struct RecognisedPart {
    var accountID: Int64
    var amount: Int64
    var classID: Int64?
    var locationID: Int64?
    var partyID: Int64?
    var fundID: Int64?
}
