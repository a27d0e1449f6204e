import Foundation
import GRDB
import Ledger

/// An account's balance: debits minus credits of its postings, in minor units of the company's currency.
public struct AccountBalance: Sendable, Equatable {
    public var account: Account
    public var balance: Int64
}

/// Read-only queries over the ledger, inside one consistent snapshot.
public struct LedgerReader {
    let db: Database

    init(_ db: Database) { self.db = db }

    public func companies() throws -> [Company] {
        try Row.fetchAll(db, sql: "SELECT * FROM companies ORDER BY name").map(RowDecoding.company)
    }

    public func company(id: Int64) throws -> Company? {
        try Row.fetchOne(db, sql: "SELECT * FROM companies WHERE id = ?", arguments: [id]).map(RowDecoding.company)
    }

    /// The company with this name (any case); an unknown name is an error that suggests near matches.
    public func company(named name: String) throws -> Company {
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        if let row = try Row.fetchOne(db, sql: "SELECT * FROM companies WHERE name = ? COLLATE NOCASE", arguments: [trimmed]) {
            return try RowDecoding.company(row)
        }
        let names = try companies().map(\.name)
        throw StoreError.unknown(what: "company", name: trimmed, company: nil,
                                 suggestions: NameMatch.suggestions(for: trimmed, among: names))
    }

    /// The company named `name`, or with no name the ledger's only company; otherwise the user must choose.
    public func company(namedOrOnly name: String?) throws -> Company {
        if let name { return try company(named: name) }
        let all = try companies()
        guard all.count == 1 else {
            throw all.isEmpty ? StoreError.noCompanies : StoreError.companyNotChosen(among: all.map(\.name))
        }
        return all[0]
    }

    /// Accounts in chart order: by number, then name.
    public func accounts(companyID: Int64) throws -> [Account] {
        try Row.fetchAll(db, sql: "SELECT * FROM accounts WHERE company_id = ? ORDER BY number IS NULL, number, name",
                         arguments: [companyID]).map(RowDecoding.account)
    }

    public func parties(companyID: Int64, kind: PartyKind? = nil) throws -> [Party] {
        try Row.fetchAll(db, sql: "SELECT * FROM parties WHERE company_id = ? AND kind = COALESCE(?, kind) ORDER BY name",
                         arguments: [companyID, kind?.rawValue]).map(RowDecoding.party)
    }

    /// Tax codes by name, combined ones with their components in order and the sum of their rates.
    public func taxCodes(companyID: Int64) throws -> [TaxCode] {
        var codes = try Row.fetchAll(db, sql: "SELECT * FROM tax_codes WHERE company_id = ? ORDER BY name",
                                     arguments: [companyID]).map(RowDecoding.taxCode)
        var components: [Int64: [Int64]] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT c.tax_code_id, c.component_id FROM tax_code_components c JOIN tax_codes t ON t.id = c.tax_code_id
            WHERE t.company_id = ? ORDER BY c.tax_code_id, c.position
            """, arguments: [companyID]) {
            components[row["tax_code_id"], default: []].append(row["component_id"])
        }
        let rates = Dictionary(uniqueKeysWithValues: codes.map { ($0.id, $0.ratePercent) })
        for index in codes.indices {
            guard let parts = components[codes[index].id] else { continue }
            codes[index].componentIDs = parts
            codes[index].ratePercent = parts.reduce(Decimal(0)) { $0 + (rates[$1] ?? 0) }
        }
        return codes
    }

    /// Payment terms by name.
    public func paymentTerms(companyID: Int64) throws -> [PaymentTerms] {
        try Row.fetchAll(db, sql: "SELECT * FROM payment_terms WHERE company_id = ? ORDER BY name",
                         arguments: [companyID]).map(RowDecoding.terms)
    }

    public func items(companyID: Int64) throws -> [Item] {
        try Row.fetchAll(db, sql: "SELECT * FROM items WHERE company_id = ? ORDER BY name",
                         arguments: [companyID]).map(RowDecoding.item)
    }

    public func dimensions(companyID: Int64) throws -> [TrackingDimension] {
        try Row.fetchAll(db, sql: "SELECT * FROM dimensions WHERE company_id = ? ORDER BY kind, name",
                         arguments: [companyID]).map(RowDecoding.dimension)
    }

    /// A fund-accounted company's funds by number (none for other companies).
    public func funds(companyID: Int64) throws -> [Fund] {
        try Row.fetchAll(db, sql: "SELECT * FROM funds WHERE company_id = ? ORDER BY number", arguments: [companyID])
            .map(RowDecoding.fund)
    }

    /// A document with its lines, applications and deposited documents, or nil.
    public func document(id: Int64) throws -> Document? {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM documents WHERE id = ?", arguments: [id]) else { return nil }
        let lines = try Row.fetchAll(db, sql: "SELECT * FROM document_lines WHERE document_id = ? ORDER BY line_number",
                                     arguments: [id]).map(RowDecoding.line)
        let applications = try Row.fetchAll(db, sql: """
            SELECT a.target_id, a.amount, t.kind, t.number, t.fund_id FROM applications a JOIN documents t ON t.id = a.target_id
            WHERE a.payment_id = ? ORDER BY t.date, t.number
            """, arguments: [id]).map { row in
            Application(targetID: row["target_id"], targetKind: DocumentKind(rawValue: row["kind"]) ?? .invoice,
                        targetNumber: row["number"], amount: row["amount"], targetFundID: row["fund_id"])
        }
        let deposited = try Row.fetchAll(db, sql: """
            SELECT i.document_id, i.amount, t.kind, t.number, t.bank_account_id, t.fund_id
            FROM deposit_items i JOIN documents t ON t.id = i.document_id
            WHERE i.deposit_id = ? ORDER BY t.date, t.kind, t.number
            """, arguments: [id]).map { row in
            DepositedItem(documentID: row["document_id"], kind: DocumentKind(rawValue: row["kind"]) ?? .customerPayment,
                          number: row["number"], clearingAccountID: row["bank_account_id"], amount: row["amount"],
                          fundID: row["fund_id"])
        }
        return Document(id: id, companyID: row["company_id"], kind: DocumentKind(rawValue: row["kind"]) ?? .invoice,
                        number: row["number"], partyID: row["party_id"], date: try RowDecoding.date(row["date"]),
                        dueDate: try (row["due_date"] as String?).map(RowDecoding.date),
                        currency: try Currency(code: row["currency"]), memo: row["memo"], reference: row["reference"],
                        status: DocumentStatus(rawValue: row["status"]) ?? .posted, version: row["version"],
                        bankAccountID: row["bank_account_id"], onAccount: row["on_account"], lines: lines, applications: applications,
                        deposited: deposited, fundID: row["fund_id"])
    }

    public func postings(documentID: Int64) throws -> [Posting] {
        try Row.fetchAll(db, sql: "SELECT * FROM postings WHERE document_id = ? ORDER BY id",
                         arguments: [documentID]).map(RowDecoding.posting)
    }

    /// What is still owed on an invoice, bill or credit (or left on account by a payment): its total less every
    /// payment and refund applied to it.
    public func openBalance(documentID: Int64) throws -> Int64 {
        try Int64.fetchOne(db, sql: """
            SELECT \(OpenItems.openingAmount) - COALESCE((SELECT SUM(amount) FROM applications WHERE target_id = d.id), 0)
            FROM documents d WHERE d.id = ? AND d.status = 'posted'
            """, arguments: [documentID]) ?? 0
    }

    /// One account's balance through `date`: debits minus credits.
    public func balance(accountID: Int64, through date: LocalDate) throws -> Int64 {
        try Int64.fetchOne(db, sql: "SELECT COALESCE(SUM(amount), 0) FROM postings WHERE account_id = ? AND date <= ?",
                           arguments: [accountID, date.description]) ?? 0
    }

    /// Every account's balance through `date` (all dates when nil), in chart order, zero balances included.
    public func trialBalance(companyID: Int64, through date: LocalDate? = nil) throws -> [AccountBalance] {
        let sums = try Row.fetchAll(db, sql: """
            SELECT account_id, SUM(amount) AS balance FROM postings
            WHERE company_id = ? AND date <= COALESCE(?, date) GROUP BY account_id
            """, arguments: [companyID, date?.description])
        var balanceByAccount: [Int64: Int64] = [:]
        for row in sums { balanceByAccount[row["account_id"]] = row["balance"] }
        return try accounts(companyID: companyID).map { AccountBalance(account: $0, balance: balanceByAccount[$0.id] ?? 0) }
    }
}
