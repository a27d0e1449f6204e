import GRDB
import Ledger

/// A customer or vendor with the name of the company it is (when intercompany) and its open balance.
public struct PartyListRow: Sendable {
    public var party: Party
    public var termsName: String?
    public var parentName: String?
    public var intercompanyCompany: String?
    /// Minor units owed on the date asked: by the customer, or to the vendor; credits reduce it.
    public var openBalance: Int64
}

/// An account with its parent's label and its balance on a date.
public struct AccountListRow: Sendable {
    public var account: Account
    public var parentLabel: String?
    /// Debits minus credits of its postings through the date asked.
    public var balance: Int64
    /// How many parents it has: 0 for a top-level account.
    public var depth: Int
}

/// An item with the labels of the accounts and tax code it refers to.
public struct ItemListRow: Sendable {
    public var item: Item
    public var incomeAccount: String?
    public var expenseAccount: String?
    public var taxCode: String?
}

extension LedgerReader {
    /// The company's customers or vendors by name, each with its open balance on `asOf` (see `OpenItems`).
    public func forEachParty(companyID: Int64, kind: PartyKind, openAsOf asOf: LocalDate,
                             _ body: (PartyListRow) throws -> Void) throws {
        let cursor = try Row.fetchCursor(db, sql: """
            WITH \(OpenItems.cte)
            SELECT pa.*, c.name AS intercompany_name, t.name AS terms_name, parent.name AS parent_name,
                   COALESCE(o.open, 0) AS open_balance
            FROM parties pa
            LEFT JOIN companies c ON c.id = pa.intercompany_company_id
            LEFT JOIN payment_terms t ON t.id = pa.terms_id
            LEFT JOIN parties parent ON parent.id = pa.parent_id
            LEFT JOIN (SELECT party_id, SUM(open) AS open FROM open_items GROUP BY party_id) o ON o.party_id = pa.id
            WHERE pa.company_id = :company AND pa.kind = :kind
            ORDER BY pa.name COLLATE NOCASE
            """, arguments: OpenItems.arguments(companyID: companyID, partyKind: kind, asOf: asOf, partyID: nil) + ["kind": kind.rawValue])
        while let row = try cursor.next() {
            try body(PartyListRow(party: RowDecoding.party(row), termsName: row["terms_name"], parentName: row["parent_name"],
                                  intercompanyCompany: row["intercompany_name"], openBalance: row["open_balance"]))
        }
    }

    /// The company's accounts in chart order (by number, then name), each with its balance through `date`,
    /// summed in SQL.
    public func forEachAccount(companyID: Int64, balanceThrough date: LocalDate,
                               _ body: (AccountListRow) throws -> Void) throws {
        let cursor = try Row.fetchCursor(db, sql: """
            WITH RECURSIVE depth_of(id, depth) AS (
                SELECT id, 0 FROM accounts WHERE company_id = ? AND parent_id IS NULL
                UNION ALL SELECT child.id, depth_of.depth + 1 FROM accounts child JOIN depth_of ON child.parent_id = depth_of.id)
            SELECT a.*, \(TableSQL.accountLabel("parent")) AS parent_label, COALESCE(b.balance, 0) AS balance,
                   COALESCE(d.depth, 0) AS depth
            FROM accounts a
            LEFT JOIN depth_of d ON d.id = a.id
            LEFT JOIN accounts parent ON parent.id = a.parent_id
            LEFT JOIN (SELECT account_id, SUM(amount) AS balance FROM postings
                       WHERE company_id = ? AND date <= ? GROUP BY account_id) b ON b.account_id = a.id
            WHERE a.company_id = ?
            ORDER BY a.number IS NULL, a.number, a.name
            """, arguments: [companyID, companyID, date.description, companyID])
        while let row = try cursor.next() {
            try body(AccountListRow(account: try RowDecoding.account(row), parentLabel: row["parent_label"], balance: row["balance"],
                                    depth: row["depth"]))
        }
    }

    /// The company's items by name, with their accounts' and tax code's labels.
    public func forEachItem(companyID: Int64, _ body: (ItemListRow) throws -> Void) throws {
        let cursor = try Row.fetchCursor(db, sql: """
            SELECT i.*, \(TableSQL.accountLabel("income")) AS income_label, \(TableSQL.accountLabel("expense")) AS expense_label,
                   t.name AS tax_code_name
            FROM items i
            LEFT JOIN accounts income ON income.id = i.income_account_id
            LEFT JOIN accounts expense ON expense.id = i.expense_account_id
            LEFT JOIN tax_codes t ON t.id = i.tax_code_id
            WHERE i.company_id = ?
            ORDER BY i.name COLLATE NOCASE
            """, arguments: [companyID])
        while let row = try cursor.next() {
            try body(ItemListRow(item: RowDecoding.item(row), incomeAccount: row["income_label"],
                                 expenseAccount: row["expense_label"], taxCode: row["tax_code_name"]))
        }
    }
}
