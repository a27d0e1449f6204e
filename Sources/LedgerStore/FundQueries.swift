import GRDB
import Ledger

/// One receipt or disbursement as a register lists it: what each fund received or paid by it.
public struct RegisterEntry: Sendable, Equatable {
    public var kind: DocumentKind
    public var date: LocalDate
    public var number: String
    public var partyName: String
    /// The approved claim a check pays, or the receipt's reference.
    public var reference: String
    public var memo: String
    public var isVoid: Bool
    /// By fund id, what the document's coding credits (receipts) or charges (disbursements) to each fund, positive for
    /// money in on a receipt and money out on a disbursement. A void document has none.
    public var amountsByFund: [Int64: Int64]
}

/// How a fund's share of the pooled cash moved over a span.
public struct FundCashMovement: Sendable, Equatable {
    public var beginning: Int64 = 0
    public var receipts: Int64 = 0
    /// Money paid out, as a positive amount.
    public var disbursements: Int64 = 0
    /// Cash moved between funds, net: positive when the fund gained.
    public var transfers: Int64 = 0

    public var ending: Int64 { beginning + receipts - disbursements + transfers }

    public init() {}
}

extension LedgerReader {
    /// The documents of `kinds` dated in `range`, by date and number, each with what it credits or charges each fund:
    /// its postings other than cash and the due-to and due-from accounts that balance funds, negated when `credits`
    /// (receipts credit revenue).
    public func registerEntries(companyID: Int64, kinds: [DocumentKind], in range: DateRange,
                                credits: Bool) throws -> [RegisterEntry] {
        let company = try company(id: companyID)
        let dueAccounts = [company?.funds?.dueToAccountID, company?.funds?.dueFromAccountID].compactMap { $0 }
        let kindMarks = kinds.map { _ in "?" }.joined(separator: ", ")
        let dueMarks = dueAccounts.map { _ in "?" }.joined(separator: ", ")
        let rows = try Row.fetchAll(db, sql: """
            SELECT d.id, d.kind, d.date, d.number, d.reference, d.memo, d.status, pa.name AS party_name,
                   p.fund_id, SUM(p.amount) AS amount
            FROM documents d
            LEFT JOIN parties pa ON pa.id = d.party_id
            LEFT JOIN postings p ON p.document_id = d.id AND p.fund_id IS NOT NULL
                AND p.account_id NOT IN (SELECT id FROM accounts WHERE type IN ('bank', 'credit-card', 'clearing'))
                AND p.account_id NOT IN (\(dueMarks.isEmpty ? "NULL" : dueMarks))
            WHERE d.company_id = ? AND d.kind IN (\(kindMarks)) AND d.date BETWEEN ? AND ?
            GROUP BY d.id, p.fund_id
            ORDER BY d.date, d.number, d.id
            """, arguments: StatementArguments(dueAccounts) + [companyID] + StatementArguments(kinds.map(\.rawValue))
                + [range.from.description, range.to.description])
        var entries: [RegisterEntry] = []
        var lastID: Int64?
        for row in rows {
            let id: Int64 = row["id"]
            if id != lastID {
                lastID = id
                entries.append(RegisterEntry(kind: DocumentKind(rawValue: row["kind"]) ?? kinds[0], date: try RowDecoding.date(row["date"]),
                                             number: row["number"], partyName: row["party_name"] ?? "", reference: row["reference"],
                                             memo: row["memo"], isVoid: (row["status"] as String) == "void", amountsByFund: [:]))
            }
            if let fund: Int64 = row["fund_id"] {
                let amount: Int64 = row["amount"]
                entries[entries.count - 1].amountsByFund[fund, default: 0] += credits ? -amount : amount
            }
        }
        return entries
    }

    /// Each fund's share of the cash (bank and undeposited-receipts accounts) at the start of `range` and how it moved
    /// within it: a document whose cash postings touch two or more funds moved cash between them (a transfer); any
    /// other document's net cash is a receipt or a disbursement of its fund.
    public func fundCash(companyID: Int64, in range: DateRange) throws -> [Int64: FundCashMovement] {
        let cash = "SELECT id FROM accounts WHERE type IN ('bank', 'clearing')"
        var movements: [Int64: FundCashMovement] = [:]
        let beginnings = try Row.fetchAll(db, sql: """
            SELECT fund_id, SUM(amount) AS amount FROM postings
            WHERE company_id = ? AND fund_id IS NOT NULL AND date < ? AND account_id IN (\(cash))
            GROUP BY fund_id
            """, arguments: [companyID, range.from.description])
        for row in beginnings { movements[row["fund_id"], default: FundCashMovement()].beginning = row["amount"] }
        let moves = try Row.fetchAll(db, sql: """
            SELECT document_id, fund_id, SUM(amount) AS amount FROM postings
            WHERE company_id = ? AND fund_id IS NOT NULL AND date BETWEEN ? AND ? AND account_id IN (\(cash))
            GROUP BY document_id, fund_id ORDER BY document_id
            """, arguments: [companyID, range.from.description, range.to.description])
        var index = moves.startIndex
        while index < moves.endIndex {
            let document: Int64 = moves[index]["document_id"]
            var end = index
            while end < moves.endIndex && (moves[end]["document_id"] as Int64) == document { end += 1 }
            let shares = moves[index..<end].map { (fund: $0["fund_id"] as Int64, amount: $0["amount"] as Int64) }
            for share in shares where share.amount != 0 {
                if shares.count > 1 {
                    movements[share.fund, default: FundCashMovement()].transfers += share.amount
                } else if share.amount > 0 {
                    movements[share.fund, default: FundCashMovement()].receipts += share.amount
                } else {
                    movements[share.fund, default: FundCashMovement()].disbursements -= share.amount
                }
            }
            index = end
        }
        return movements
    }

    /// By fund id and then account id, the net of each fund's postings to each account dated `from` through `through`
    /// (debits positive); without `from`, everything up to `through`.
    public func activityByFund(companyID: Int64, from: LocalDate?, through: LocalDate) throws -> [Int64: [Int64: Int64]] {
        let rows = try Row.fetchAll(db, sql: """
            SELECT fund_id, account_id, SUM(amount) AS amount FROM postings
            WHERE company_id = ? AND fund_id IS NOT NULL AND date BETWEEN COALESCE(?, '0000-01-01') AND ?
            GROUP BY fund_id, account_id
            """, arguments: [companyID, from?.description, through.description])
        var activity: [Int64: [Int64: Int64]] = [:]
        for row in rows { activity[row["fund_id"], default: [:]][row["account_id"]] = row["amount"] }
        return activity
    }
}
