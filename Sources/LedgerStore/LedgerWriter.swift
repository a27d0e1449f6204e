import Foundation
import GRDB
import Ledger

/// Changes to the ledger inside one write transaction (see `LedgerStore.write`).
/// Reference data is added here; documents are posted, replaced and voided in `DocumentWriting.swift`.
public final class LedgerWriter {
    let db: Database
    /// Reads inside the same transaction, so they see what this writer has written.
    public let reader: LedgerReader
    var booksByCompany: [Int64: CompanyBooks] = [:]
    /// When this transaction started (UTC, ISO 8601), stamped on the audit log.
    let timestamp: String

    init(_ db: Database) {
        self.db = db
        self.reader = LedgerReader(db)
        timestamp = ISO8601DateFormatter().string(from: Date())
    }

    /// The company's reference data as this transaction sees it, loaded once and dropped when it changes.
    public func books(companyID: Int64) throws -> CompanyBooks {
        if let books = booksByCompany[companyID] { return books }
        guard let company = try reader.company(id: companyID) else { throw StoreError.noSuchRecord(what: "company", id: companyID, scope: nil) }
        let books = try CompanyBooks(company: company, reader: reader)
        booksByCompany[companyID] = books
        return books
    }

    public func addCompany(name: String, currency: Currency, fiscalYearStartMonth: Int, locale: String = "en_US") throws -> Company {
        let name = try Self.requiredName(name, what: "company")
        guard (1...12).contains(fiscalYearStartMonth) else {
            throw StoreError.invalid("fiscal year start month must be 1 to 12, not \(fiscalYearStartMonth)")
        }
        if try reader.companies().contains(where: { $0.name.caseInsensitiveCompare(name) == .orderedSame }) {
            throw StoreError.invalid("a company named \"\(name)\" already exists in this ledger")
        }
        guard LocaleText.isKnown(locale) else {
            throw StoreError.invalid("\"\(locale)\" is not a locale; use an identifier such as en_US, en_GB or de_DE")
        }
        try db.execute(sql: "INSERT INTO companies (name, base_currency, fiscal_year_start_month, locale) VALUES (?, ?, ?, ?)",
                       arguments: [name, currency.code, fiscalYearStartMonth, locale])
        let company = Company(id: db.lastInsertedRowID, name: name, baseCurrency: currency, fiscalYearStartMonth: fiscalYearStartMonth,
                              locale: locale)
        for standard in PaymentTerms.standard {
            _ = try addTerms(PaymentTerms(id: 0, companyID: company.id, name: standard.name, due: .days(standard.days)))
        }
        return company
    }

    /// Adds an account. A sub-account must be in the same category as its parent; a company has
    /// one accounts-receivable and one accounts-payable control account.
    public func addAccount(companyID: Int64, number: String?, name: String, type: AccountType,
                           parentID: Int64? = nil, groupCode: String? = nil, isIntercompany: Bool = false,
                           isActive: Bool = true) throws -> Account {
        let books = try books(companyID: companyID)
        let name = try Self.requiredName(name, what: "account")
        let number = number?.trimmingCharacters(in: .whitespaces).nilIfEmpty
        if type == .accountsReceivable || type == .accountsPayable,
           let existing = books.accounts.first(where: { $0.type == type }) {
            throw StoreError.invalid("\(books.company.name) already has its \(type.displayName.lowercased()) control account \"\(existing.label)\"; use that one")
        }
        try checkPlacement(of: Account(id: 0, companyID: companyID, number: number, name: name, type: type, parentID: parentID),
                           books: books)
        try executeUnique(what: "account", name: name, company: books.company.name, sql: """
            INSERT INTO accounts (company_id, number, name, type, parent_id, group_code, intercompany, active)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [companyID, number, name, type.rawValue, parentID, groupCode?.nilIfEmpty, isIntercompany, isActive])
        return Account(id: db.lastInsertedRowID, companyID: companyID, number: number, name: name, type: type,
                       parentID: parentID, isActive: isActive, groupCode: groupCode?.nilIfEmpty, isIntercompany: isIntercompany)
    }

    public func addParty(companyID: Int64, kind: PartyKind, name: String, email: String? = nil, termsID: Int64? = nil,
                         intercompanyCompanyID: Int64? = nil) throws -> Party {
        try addParty(Party(id: 0, companyID: companyID, kind: kind, name: name, email: email, termsID: termsID,
                           intercompanyCompanyID: intercompanyCompanyID))
    }

    /// Adds a customer or vendor with its contact details, terms and parent; returns it with its ID.
    public func addParty(_ party: Party) throws -> Party {
        let books = try books(companyID: party.companyID)
        var added = try checked(party, books: books)
        try executeUnique(what: "customer or vendor", name: added.name, company: books.company.name, sql: """
            INSERT INTO parties (company_id, kind, name, email, phone, billing_address, tax_id, terms_id, parent_id,
                                 intercompany_company_id, active) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [added.companyID, added.kind.rawValue, added.name, added.email, added.phone, added.billingAddress,
                             added.taxID, added.termsID, added.parentID, added.intercompanyCompanyID, added.isActive])
        added.id = db.lastInsertedRowID
        added.version = 1
        return added
    }

    public func addTaxCode(companyID: Int64, name: String, ratePercent: Decimal, accountID: Int64) throws -> TaxCode {
        try addTaxCode(TaxCode(id: 0, companyID: companyID, name: name, ratePercent: ratePercent, accountID: accountID))
    }

    public func addItem(_ item: Item) throws -> Item {
        let books = try books(companyID: item.companyID)
        let name = try Self.requiredName(item.name, what: "item")
        var named = item
        named.name = name
        try checkReferences(of: named, books: books)
        try executeUnique(what: "item", name: name, company: books.company.name, sql: """
            INSERT INTO items (company_id, name, kind, description, rate, income_account_id, expense_account_id,
                               tax_code_id, revenue_recognition_months, active) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [item.companyID, name, item.kind.rawValue, item.description, item.rate.map(DecimalText.format),
                             item.incomeAccountID, item.expenseAccountID, item.taxCodeID, item.revenueRecognitionMonths,
                             item.isActive])
        var added = item
        added.id = db.lastInsertedRowID
        added.name = name
        added.version = 1
        return added
    }

    public func addDimension(companyID: Int64, kind: DimensionKind, name: String) throws -> TrackingDimension {
        try addDimension(TrackingDimension(id: 0, companyID: companyID, kind: kind, name: name))
    }

    /// Inserts or updates a named row; a clash with the unique name index becomes a clear duplicate error.
    func executeUnique(what: String, name: String, company: String, sql: String, arguments: StatementArguments) throws {
        do {
            try db.cachedStatement(sql: sql).execute(arguments: arguments)
        } catch let error as DatabaseError where error.resultCode == .SQLITE_CONSTRAINT {
            throw StoreError.duplicate(what: what, name: name, company: company)
        }
        booksByCompany = [:]
    }

    static func requiredName(_ name: String, what: String) throws -> String {
        let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw StoreError.needsName(what: what) }
        return trimmed
    }
}

extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}

extension LedgerWriter {
    /// Adds the starter chart of accounts to a company; returns the accounts by number.
    @discardableResult
    public func addStarterChart(companyID: Int64) throws -> [String: Account] {
        var byNumber: [String: Account] = [:]
        for entry in StarterChart.entries {
            byNumber[entry.number] = try addAccount(companyID: companyID, number: entry.number, name: entry.name,
                                                    type: entry.type, parentID: entry.parent.flatMap { byNumber[$0]?.id })
        }
        return byNumber
    }
}
