import Foundation
import GRDB
import Ledger

/// Adding and editing the lists a company is set up with: payment terms, tax codes (simple or combined), classes and
/// locations. Each edit carries the version the editor started from; a stale one is a conflict.
extension LedgerWriter {
    // MARK: Payment terms

    public func addTerms(_ terms: PaymentTerms) throws -> PaymentTerms {
        let books = try books(companyID: terms.companyID)
        var added = try checked(terms, company: books.company)
        try executeUnique(what: "payment terms", name: added.name, company: books.company.name, sql: """
            INSERT INTO payment_terms (company_id, name, due_days, due_day_of_month, discount_percent, discount_days, active)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """, arguments: termsArguments(added))
        added.id = db.lastInsertedRowID
        added.version = 1
        return added
    }

    public func updateTerms(_ terms: PaymentTerms) throws -> PaymentTerms {
        let books = try books(companyID: terms.companyID)
        guard let stored = books.termsByID[terms.id] else { throw StoreError.noSuchRecord(what: "payment terms", id: terms.id, scope: books.company.name) }
        try checkVersion(of: "payment terms \"\(stored.name)\"", stored: stored.version, expected: terms.version)
        var updated = try checked(terms, company: books.company)
        updated.version = stored.version + 1
        try executeUnique(what: "payment terms", name: updated.name, company: books.company.name, sql: """
            UPDATE payment_terms SET company_id = ?, name = ?, due_days = ?, due_day_of_month = ?, discount_percent = ?,
                                     discount_days = ?, active = ?, version = ? WHERE id = ?
            """, arguments: termsArguments(updated) + [updated.version, terms.id])
        return updated
    }

    /// The company's terms of `days` days net ("Net 45"), added when it has none.
    public func netTerms(companyID: Int64, days: Int) throws -> PaymentTerms {
        if let found = try books(companyID: companyID).terms.first(where: { $0.due == .days(days) && $0.discountPercent == nil }) {
            return found
        }
        return try addTerms(PaymentTerms(id: 0, companyID: companyID, name: PaymentTerms.netName(days: days), due: .days(days)))
    }

    private func checked(_ terms: PaymentTerms, company: Company) throws -> PaymentTerms {
        var checked = terms
        checked.name = try Self.requiredName(terms.name, what: "payment terms")
        let label = "payment terms \"\(checked.name)\""
        switch terms.due {
        case .days(let days):
            guard (0...3650).contains(days) else { throw StoreError.invalid("\(label): due days must be 0 to 3650, not \(days)") }
        case .dayOfNextMonth(let day):
            guard (1...31).contains(day) else { throw StoreError.invalid("\(label): the day of next month must be 1 to 31, not \(day)") }
        }
        guard (terms.discountPercent == nil) == (terms.discountDays == nil) else {
            throw StoreError.invalid("\(label): an early-payment discount needs both its percent and its days")
        }
        if let percent = terms.discountPercent, let days = terms.discountDays {
            guard percent > 0, percent < 100 else { throw StoreError.invalid("\(label): the discount must be more than 0 and less than 100 percent") }
            guard days >= 0 else { throw StoreError.invalid("\(label): discount days must be zero or more") }
        }
        return checked
    }

    private func termsArguments(_ terms: PaymentTerms) -> StatementArguments {
        let (days, dayOfMonth): (Int?, Int?) = switch terms.due {
        case .days(let days): (days, nil)
        case .dayOfNextMonth(let day): (nil, day)
        }
        return [terms.companyID, terms.name, days, dayOfMonth, terms.discountPercent.map(DecimalText.format), terms.discountDays,
                terms.isActive]
    }

    // MARK: Tax codes

    /// Adds a simple code (rate and liability account) or a combined one (its components, each a simple code).
    public func addTaxCode(_ code: TaxCode) throws -> TaxCode {
        let books = try books(companyID: code.companyID)
        var added = try checked(code, books: books)
        try executeUnique(what: "tax code", name: added.name, company: books.company.name, sql: """
            INSERT INTO tax_codes (company_id, name, rate_percent, account_id, agency_id, active) VALUES (?, ?, ?, ?, ?, ?)
            """, arguments: [added.companyID, added.name, DecimalText.format(added.ratePercent), added.accountID, added.agencyID,
                             added.isActive])
        added.id = db.lastInsertedRowID
        added.version = 1
        try writeComponents(of: added)
        return added
    }

    /// Saves an edited tax code. Documents already posted keep the tax they were posted with until they are edited.
    public func updateTaxCode(_ code: TaxCode) throws -> TaxCode {
        let books = try books(companyID: code.companyID)
        guard let stored = books.context.taxCodes[code.id] else { throw StoreError.noSuchRecord(what: "tax code", id: code.id, scope: books.company.name) }
        try checkVersion(of: "tax code \"\(stored.name)\"", stored: stored.version, expected: code.version)
        var updated = try checked(code, books: books)
        updated.version = stored.version + 1
        try executeUnique(what: "tax code", name: updated.name, company: books.company.name, sql: """
            UPDATE tax_codes SET name = ?, rate_percent = ?, account_id = ?, agency_id = ?, active = ?, version = ? WHERE id = ?
            """, arguments: [updated.name, DecimalText.format(updated.ratePercent), updated.accountID, updated.agencyID,
                             updated.isActive, updated.version, code.id])
        try db.execute(sql: "DELETE FROM tax_code_components WHERE tax_code_id = ?", arguments: [code.id])
        try writeComponents(of: updated)
        return updated
    }

    private func writeComponents(of code: TaxCode) throws {
        for (position, componentID) in code.componentIDs.enumerated() {
            try db.execute(sql: "INSERT INTO tax_code_components (tax_code_id, position, component_id) VALUES (?, ?, ?)",
                           arguments: [code.id, position + 1, componentID])
        }
    }

    /// A simple code posts to an asset or liability account at a rate under 100 %; a combined one has no account of
    /// its own, and its rate is the sum of its components', which are simple codes of the same company.
    private func checked(_ code: TaxCode, books: CompanyBooks) throws -> TaxCode {
        var checked = code
        checked.name = try Self.requiredName(code.name, what: "tax code")
        let label = "tax code \"\(checked.name)\""
        let codes = books.context.taxCodes
        if code.isCombined {
            guard code.accountID == nil else {
                throw StoreError.invalid("\(label) is combined: each of its components posts to its own account, so leave its account blank")
            }
            guard Set(code.componentIDs).count == code.componentIDs.count else { throw StoreError.invalid("\(label) names a component twice") }
            for componentID in code.componentIDs {
                guard let component = codes[componentID], componentID != code.id else {
                    throw StoreError.invalid("\(label): component #\(componentID) is not another tax code of \(books.company.name)")
                }
                guard !component.isCombined else {
                    throw StoreError.invalid("\(label): \"\(component.name)\" is itself combined; list its components instead")
                }
            }
            if let user = codes.values.first(where: { $0.componentIDs.contains(code.id) }) {
                throw StoreError.invalid("\(label) is a component of \"\(user.name)\"; a component cannot be combined itself")
            }
            checked.ratePercent = code.componentIDs.reduce(Decimal(0)) { $0 + codes[$1]!.ratePercent }
        } else {
            guard let accountID = code.accountID, let account = books.accountsByID[accountID] else {
                throw StoreError.invalid("\(label) needs the account its tax posts to (a liability such as Sales Tax Payable)")
            }
            guard account.type.category == .liability || account.type.category == .asset else {
                throw StoreError.invalid("\(label) must post to a liability or asset account, not \"\(account.label)\"")
            }
        }
        guard checked.ratePercent >= 0, checked.ratePercent < 100 else {
            throw StoreError.invalid("\(label): the rate must be from 0 to under 100 percent")
        }
        if let agencyID = code.agencyID, books.partiesByID[agencyID]?.kind != .vendor {
            throw StoreError.invalid("\(label): its agency must be a vendor of \(books.company.name)")
        }
        return checked
    }

    // MARK: Classes and locations

    public func addDimension(_ dimension: TrackingDimension) throws -> TrackingDimension {
        let books = try books(companyID: dimension.companyID)
        var added = try checked(dimension, books: books)
        try executeUnique(what: dimension.kind.rawValue, name: added.name, company: books.company.name, sql: """
            INSERT INTO dimensions (company_id, kind, name, parent_id, active) VALUES (?, ?, ?, ?, ?)
            """, arguments: [added.companyID, added.kind.rawValue, added.name, added.parentID, added.isActive])
        added.id = db.lastInsertedRowID
        added.version = 1
        return added
    }

    public func updateDimension(_ dimension: TrackingDimension) throws -> TrackingDimension {
        let books = try books(companyID: dimension.companyID)
        guard let stored = books.dimensionsByID[dimension.id], stored.kind == dimension.kind else {
            throw StoreError.noSuchRecord(what: dimension.kind.rawValue, id: dimension.id, scope: books.company.name)
        }
        try checkVersion(of: "\(stored.kind.rawValue) \"\(stored.name)\"", stored: stored.version, expected: dimension.version)
        var updated = try checked(dimension, books: books)
        updated.version = stored.version + 1
        try executeUnique(what: dimension.kind.rawValue, name: updated.name, company: books.company.name, sql: """
            UPDATE dimensions SET name = ?, parent_id = ?, active = ?, version = ? WHERE id = ?
            """, arguments: [updated.name, updated.parentID, updated.isActive, updated.version, dimension.id])
        return updated
    }

    /// A class's parent is a class of the same company (a location's, a location), and never the class itself or one
    /// of those under it.
    private func checked(_ dimension: TrackingDimension, books: CompanyBooks) throws -> TrackingDimension {
        var checked = dimension
        checked.name = try Self.requiredName(dimension.name, what: dimension.kind.rawValue)
        var ancestor = dimension.parentID
        while let parentID = ancestor {
            guard let parent = books.dimensionsByID[parentID], parent.kind == dimension.kind else {
                throw StoreError.invalid("\(dimension.kind.rawValue) \"\(checked.name)\": its parent #\(parentID) is not a \(dimension.kind.rawValue) of \(books.company.name)")
            }
            guard parent.id != dimension.id else {
                throw StoreError.invalid("\(dimension.kind.rawValue) \"\(checked.name)\" cannot be under itself or one of its own")
            }
            ancestor = parent.parentID
        }
        return checked
    }

    // MARK: Customers and vendors

    /// Trims a party's details and checks its terms, parent and intercompany company.
    func checked(_ party: Party, books: CompanyBooks) throws -> Party {
        var checked = party
        checked.name = try Self.requiredName(party.name, what: party.kind.rawValue)
        checked.email = party.email?.trimmingCharacters(in: .whitespacesAndNewlines).nilIfEmpty
        checked.phone = party.phone?.trimmingCharacters(in: .whitespacesAndNewlines).nilIfEmpty
        checked.billingAddress = party.billingAddress?.trimmingCharacters(in: .whitespacesAndNewlines).nilIfEmpty
        checked.taxID = party.taxID?.trimmingCharacters(in: .whitespacesAndNewlines).nilIfEmpty
        let label = "\(party.kind.rawValue) \"\(checked.name)\""
        if let termsID = party.termsID, books.termsByID[termsID] == nil {
            throw StoreError.invalid("\(label): payment terms #\(termsID) are not in \(books.company.name)")
        }
        var ancestor = party.parentID
        while let parentID = ancestor {
            guard let parent = books.partiesByID[parentID], parent.kind == party.kind else {
                throw StoreError.invalid("\(label): its parent #\(parentID) is not a \(party.kind.rawValue) of \(books.company.name)")
            }
            guard parent.id != party.id else { throw StoreError.invalid("\(label) cannot be under itself or one of its own") }
            ancestor = parent.parentID
        }
        try checkIntercompany(party.intercompanyCompanyID, of: checked.name, kind: party.kind, in: books.company)
        return checked
    }
}
