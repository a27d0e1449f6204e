import Ledger

/// Turns one row of customers, vendors, items or accounts into a draft record.
struct ReferenceDrafting {
    let reading: RowReading

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
        let unstated = Set([RecordField.intercompany, .groupCompany].filter { !row.sheetHas($0) })
        return RecordDraft(content: record, recordID: identity.recordID, version: identity.version, isVoid: false, unstated: unstated)
    }

    private func content(of row: RowValues, id: Int64, version: Int) throws(RowProblem) -> RecordDraft.Content {
        let companyID = reading.directory.company.id
        let name = try row.required(.name, row.text)
        switch reading.type.shape {
        case .customers, .vendors:
            let terms = try row.integer(.terms) ?? 30
            guard terms >= 0 else { throw RowProblem(field: .terms, message: "payment terms are zero or more days") }
            let kind: PartyKind = reading.type.shape == .customers ? .customer : .vendor
            return .party(Party(id: id, companyID: companyID, kind: kind, name: name, email: row.text(.email), termsDays: terms,
                                intercompanyCompanyID: try groupCompany(of: row, kind: kind), version: version))
        case .items:
            let kind = ItemKind(rawValue: try row.required(.itemKind, row.choice).lowercased()) ?? .service
            return .item(Item(id: id, companyID: companyID, name: name, kind: kind, description: row.text(.description) ?? "",
                              rate: try row.decimal(.rate), incomeAccountID: try row.id(.incomeAccount, in: .accounts),
                              expenseAccountID: try row.id(.expenseAccount, in: .accounts),
                              taxCodeID: try row.id(.taxCode, in: .taxCodes), version: version))
        default:
            let spelled = try row.required(.accountType, row.choice)
            guard let type = AccountType(userText: spelled) else { throw RowProblem(field: .accountType, message: "\"\(spelled)\" is not an account type") }
            return .account(Account(id: id, companyID: companyID, number: row.text(.accountNumber), name: name, type: type,
                                    parentID: try row.id(.parent, in: .accounts), groupCode: row.text(.groupCode),
                                    isIntercompany: try row.flag(.intercompany), version: version))
        }
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
