import Foundation
import Ledger

/// Turns one row of customers, vendors, items, accounts, tax codes, classes, locations or payment terms into a draft
/// record.
struct ReferenceDrafting {
    let reading: RowReading

    /// The fields saving leaves as the ledger has them when the sheet has no column for them.
    private static let keptWhenMissing: [RecordField] = [
        .intercompany, .groupCompany, .active, .phone, .billingAddress, .taxID, .terms, .parent, .email, .agency,
    ]

    func draft(_ group: RowGroup) throws(RowProblems) -> RecordDraft {
        var problems = RowProblems()
        let row = group.first
        let identity = problems.collect(row: row.number) { () throws(RowProblem) in try RecordIdentity(row) }
        if identity?.isVoid == true {
            problems.add(row: row.number, .action, "\(reading.type.name) cannot be voided; leave Action blank")
        }
        let record = problems.collect(row: row.number) { () throws(RowProblem) in
            try content(of: row, id: identity?.recordID ?? 0, version: identity?.version ?? 1)
        }
        guard problems.isEmpty, let identity, let record else { throw problems }
        let unstated = Set(Self.keptWhenMissing.filter { !row.sheetHas($0) })
        return RecordDraft(content: record, recordID: identity.recordID, version: identity.version, isVoid: false, unstated: unstated)
    }

    private func content(of row: RowValues, id: Int64, version: Int) throws(RowProblem) -> RecordDraft.Content {
        let companyID = reading.directory.company.id
        let name = try row.required(.name, row.text)
        switch reading.type.shape {
        case .customers, .vendors:
            let kind: PartyKind = reading.type.shape == .customers ? .customer : .vendor
            return .party(Party(id: id, companyID: companyID, kind: kind, name: name, email: row.text(.email), phone: row.text(.phone),
                                billingAddress: row.text(.billingAddress), taxID: row.text(.taxID), termsID: try terms(row),
                                parentID: try parent(row), intercompanyCompanyID: try groupCompany(of: row, kind: kind),
                                isActive: try row.activeFlag(), version: version))
        case .items:
            let kind = ItemKind(rawValue: try row.required(.itemKind, row.choice).lowercased()) ?? .service
            return .item(Item(id: id, companyID: companyID, name: name, kind: kind, description: row.text(.description) ?? "",
                              rate: try row.decimal(.rate), incomeAccountID: try row.id(.incomeAccount, in: .accounts),
                              expenseAccountID: try row.id(.expenseAccount, in: .accounts),
                              taxCodeID: try row.id(.taxCode, in: .taxCodes), isActive: try row.activeFlag(), version: version))
        case .taxCodes:
            return .taxCode(try taxCode(row, id: id, name: name, version: version))
        case .classes, .locations:
            let kind: DimensionKind = reading.type.shape == .classes ? .class : .location
            return .dimension(TrackingDimension(id: id, companyID: companyID, kind: kind, name: name, parentID: try parent(row),
                                                isActive: try row.activeFlag(), version: version))
        case .terms:
            return .terms(try paymentTerms(row, id: id, name: name, version: version))
        default:
            let spelled = try row.required(.accountType, row.choice)
            guard let type = AccountType(userText: spelled) else { throw RowProblem(field: .accountType, message: "\"\(spelled)\" is not an account type") }
            return .account(Account(id: id, companyID: companyID, number: row.text(.accountNumber), name: name, type: type,
                                    parentID: try parent(row), isActive: try row.activeFlag(), groupCode: row.text(.groupCode),
                                    isIntercompany: try row.flag(.intercompany), version: version))
        }
    }

    /// The parent from the column's own list: a customer's among customers, a class's among classes.
    private func parent(_ row: RowValues) throws(RowProblem) -> Int64? {
        guard let list = reading.type.column(.parent)?.list else { return nil }
        return try row.id(.parent, in: list)
    }

    /// Terms by name; a plain number of days (as sheets before named terms held) is the company's terms of that many
    /// days net.
    private func terms(_ row: RowValues) throws(RowProblem) -> Int64? {
        guard let text = row.text(.terms) else { return nil }
        if let days = Int(text) {
            guard days >= 0 else { throw RowProblem(field: .terms, message: "payment terms are zero or more days") }
            guard let terms = reading.directory.netTerms(days: days) else {
                throw RowProblem(field: .terms, message: "\(reading.directory.company.name) has no terms of \(days) days; add \"\(PaymentTerms.netName(days: days))\" on the terms sheet (records template terms), or name other terms")
            }
            return terms.id
        }
        return try row.id(.terms, in: .terms)
    }

    /// A simple code (rate and account) or a combined one (components), never both.
    private func taxCode(_ row: RowValues, id: Int64, name: String, version: Int) throws(RowProblem) -> TaxCode {
        let rate = try row.decimal(.rate)
        let accountID = try row.id(.account, in: .accounts)
        var componentIDs: [Int64] = []
        if let text = row.text(.components) {
            for part in text.split(separator: "+").map({ $0.trimmingCharacters(in: .whitespaces) }) where !part.isEmpty {
                componentIDs.append(try row.id(named: part, in: .taxCodes, for: .components))
            }
            if rate != nil { throw RowProblem(field: .rate, message: "a combined code's rate is the sum of its components'; clear the Rate") }
            if accountID != nil { throw RowProblem(field: .account, message: "each component posts to its own account; clear the Account of a combined code") }
        } else {
            guard let rate else { throw RowProblem(field: .rate, message: "give the Rate (percent), or Components for a combined code") }
            guard rate >= 0, rate < 100 else { throw RowProblem(field: .rate, message: "the rate is a percent from 0 to under 100, such as 7.25") }
            guard accountID != nil else { throw RowProblem(field: .account, message: "give the account the tax posts to, such as Sales Tax Payable") }
        }
        return TaxCode(id: id, companyID: reading.directory.company.id, name: name, ratePercent: rate ?? 0, accountID: accountID,
                       componentIDs: componentIDs, agencyID: try row.id(.agency, in: .vendors), isActive: try row.activeFlag(),
                       version: version)
    }

    /// Due Days or Day of Next Month (one of them), and an optional early-payment discount.
    private func paymentTerms(_ row: RowValues, id: Int64, name: String, version: Int) throws(RowProblem) -> PaymentTerms {
        let due: PaymentTerms.Due
        switch (try row.integer(.dueDays), try row.integer(.dayOfNextMonth)) {
        case (let days?, nil):
            guard (0...3650).contains(days) else { throw RowProblem(field: .dueDays, message: "give 0 to 3650 days (0 is due on receipt)") }
            due = .days(days)
        case (nil, let day?):
            guard (1...31).contains(day) else { throw RowProblem(field: .dayOfNextMonth, message: "give a day of the month, 1 to 31") }
            due = .dayOfNextMonth(day)
        case (nil, nil):
            throw RowProblem(field: .dueDays, message: "give Due Days (30 for Net 30, 0 for due on receipt) or a Day of Next Month")
        case (_?, _?):
            throw RowProblem(field: .dayOfNextMonth, message: "give Due Days or Day of Next Month, not both; clear one")
        }
        let percent = try row.decimal(.discountPercent), days = try row.integer(.discountDays)
        if let percent, !(percent > 0 && percent < 100) {
            throw RowProblem(field: .discountPercent, message: "the discount is a percent above 0 and under 100, such as 2")
        }
        if percent != nil, days == nil { throw RowProblem(field: .discountDays, message: "give the days the discount lasts, with Discount %") }
        if percent == nil, days != nil { throw RowProblem(field: .discountPercent, message: "give the Discount % that these days earn, or clear Discount Days") }
        if let days, days < 0 { throw RowProblem(field: .discountDays, message: "discount days are zero or more") }
        return PaymentTerms(id: id, companyID: reading.directory.company.id, name: name, due: due, discountPercent: percent,
                            discountDays: days, isActive: try row.activeFlag(), version: version)
    }

    /// The other company of the ledger the customer or vendor is; never the sheet's own company.
    private func groupCompany(of row: RowValues, kind: PartyKind) throws(RowProblem) -> Int64? {
        let company = reading.directory.company
        guard let id = try row.id(.groupCompany, in: .companies) else { return nil }
        guard id != company.id else {
            throw RowProblem(field: .groupCompany, message: "\(company.name) is this sheet's own company; name the other company this \(kind.rawValue) is, or leave it blank")
        }
        return id
    }
}
