import Foundation
import GRDB
import Ledger

extension LedgerWriter {
    /// Saves an edited customer or vendor: details, terms, parent, active flag, and the company it is (intercompany) or none. `party.version` is the
    /// version the editor started from; a stale one is a conflict. Returns the party with its new version.
    public func updateParty(_ party: Party) throws -> Party {
        let books = try books(companyID: party.companyID)
        guard let stored = books.partiesByID[party.id] else { throw StoreError.noSuchRecord(what: "customer or vendor", id: party.id, scope: books.company.name) }
        try checkVersion(of: "\(stored.kind.rawValue) \"\(stored.name)\"", stored: stored.version, expected: party.version)
        guard party.kind == stored.kind else { throw StoreError.invalid("\"\(stored.name)\" is a \(stored.kind.rawValue); it cannot become a \(party.kind.rawValue)") }
        var updated = try checked(party, books: books)
        updated.version = stored.version + 1
        try executeUnique(what: "customer or vendor", name: updated.name, company: books.company.name, sql: """
            UPDATE parties SET name = ?, email = ?, phone = ?, billing_address = ?, tax_id = ?, terms_id = ?, parent_id = ?,
                               intercompany_company_id = ?, active = ?, version = ? WHERE id = ?
            """, arguments: [updated.name, updated.email, updated.phone, updated.billingAddress, updated.taxID, updated.termsID,
                             updated.parentID, updated.intercompanyCompanyID, updated.isActive, updated.version, party.id])
        return updated
    }

    /// Saves an edited item, checking its accounts and tax code belong to the company and the version is current.
    public func updateItem(_ item: Item) throws -> Item {
        let books = try books(companyID: item.companyID)
        guard let stored = books.itemsByID[item.id] else { throw StoreError.noSuchRecord(what: "item", id: item.id, scope: books.company.name) }
        try checkVersion(of: "item \"\(stored.name)\"", stored: stored.version, expected: item.version)
        var updated = item
        updated.name = try Self.requiredName(item.name, what: "item")
        try checkReferences(of: updated, books: books)
        updated.version = stored.version + 1
        try executeUnique(what: "item", name: updated.name, company: books.company.name, sql: """
            UPDATE items SET name = ?, kind = ?, description = ?, rate = ?, income_account_id = ?, expense_account_id = ?,
                             tax_code_id = ?, revenue_recognition_months = ?, active = ?, version = ? WHERE id = ?
            """, arguments: [updated.name, updated.kind.rawValue, updated.description, updated.rate.map(DecimalText.format),
                             updated.incomeAccountID, updated.expenseAccountID, updated.taxCodeID,
                             updated.revenueRecognitionMonths, updated.isActive, updated.version, item.id])
        return updated
    }

    /// Saves an edited account. Its type may change only within its category, and not away from (or into) the
    /// receivable and payable control types, so no posted document changes meaning.
    public func updateAccount(_ account: Account) throws -> Account {
        let books = try books(companyID: account.companyID)
        guard let stored = books.accountsByID[account.id] else { throw StoreError.noSuchRecord(what: "account", id: account.id, scope: books.company.name) }
        try checkVersion(of: "account \"\(stored.label)\"", stored: stored.version, expected: account.version)
        var updated = account
        updated.name = try Self.requiredName(account.name, what: "account")
        updated.number = account.number?.trimmingCharacters(in: .whitespaces).nilIfEmpty
        updated.groupCode = account.groupCode?.trimmingCharacters(in: .whitespaces).nilIfEmpty
        let controls: Set<AccountType> = [.accountsReceivable, .accountsPayable]
        if updated.type != stored.type {
            guard updated.type.category == stored.type.category, !controls.contains(updated.type), !controls.contains(stored.type) else {
                throw StoreError.invalid("account \"\(stored.label)\" is \(stored.type.displayName.lowercased()); it can change only to another \(stored.type.category.rawValue) type other than receivable or payable")
            }
        }
        try checkPlacement(of: updated, books: books)
        updated.version = stored.version + 1
        try executeUnique(what: "account", name: updated.name, company: books.company.name, sql: """
            UPDATE accounts SET number = ?, name = ?, type = ?, parent_id = ?, group_code = ?, intercompany = ?, active = ?,
                                version = ? WHERE id = ?
            """, arguments: [updated.number, updated.name, updated.type.rawValue, updated.parentID, updated.groupCode,
                             updated.isIntercompany, updated.isActive, updated.version, account.id])
        return updated
    }

    /// An account's parent must be in the same category and not the account itself or one of its sub-accounts;
    /// its number must be free and, in a fund-accounted company, fit the account code layout.
    func checkPlacement(of account: Account, books: CompanyBooks) throws {
        if let number = account.number, let problem = books.company.funds?.layout.problem(withAccountNumber: number) {
            throw StoreError.invalid("account \"\(account.name)\": \(problem)")
        }
        if let number = account.number, let clash = books.accounts.first(where: { $0.number == number && $0.id != account.id }) {
            throw StoreError.invalid("\(books.company.name) already has account number \(number) (\"\(clash.name)\")")
        }
        var ancestor = account.parentID
        while let parentID = ancestor {
            guard let parent = books.accountsByID[parentID] else { throw StoreError.notInCompany(place: nil, what: "parent account", id: parentID, company: books.company.name) }
            guard parent.id != account.id else { throw StoreError.invalid("account \"\(account.name)\" cannot be under itself or its own sub-account") }
            if parent.id == account.parentID, parent.type.category != account.type.category {
                throw StoreError.invalid("account \"\(account.name)\" is \(account.type.category.rawValue) but its parent \"\(parent.label)\" is \(parent.type.category.rawValue); a sub-account must be in its parent's category")
            }
            ancestor = parent.parentID
        }
    }

    /// The company a customer or vendor is must be another company of the ledger.
    func checkIntercompany(_ otherCompanyID: Int64?, of name: String, kind: PartyKind, in company: Company) throws {
        guard let otherCompanyID else { return }
        guard otherCompanyID != company.id else {
            throw StoreError.invalid("\(kind.rawValue) \"\(name)\" cannot be \(company.name) itself; an intercompany \(kind.rawValue) is another company of the ledger")
        }
        guard try reader.company(id: otherCompanyID) != nil else {
            throw StoreError.invalid("\(kind.rawValue) \"\(name)\": no company #\(otherCompanyID) in this ledger")
        }
    }

    func checkReferences(of item: Item, books: CompanyBooks) throws {
        for accountID in [item.incomeAccountID, item.expenseAccountID].compactMap({ $0 }) where books.accountsByID[accountID] == nil {
            throw StoreError.notInCompany(place: "item \"\(item.name)\"", what: "account", id: accountID, company: books.company.name)
        }
        if let taxCodeID = item.taxCodeID, books.context.taxCodes[taxCodeID] == nil {
            throw StoreError.notInCompany(place: "item \"\(item.name)\"", what: "tax code", id: taxCodeID, company: books.company.name)
        }
    }

    func checkVersion(of label: String, stored: Int, expected: Int) throws {
        guard stored == expected else {
            throw StoreError.conflict("\(label) was changed since version \(expected) (it is now version \(stored)); export it again and redo your edit")
        }
    }
}
