import Ledger
import Spreadsheet
import LedgerStore

/// Turns ledger records into export rows. Every record a row refers to is written by name as the Lists sheet names
/// it (accounts as "4010 Product Sales"), and every choice in the spelling the type's allowed values use.
struct RecordExportRows {
    private let type: RecordType
    private let accounts: [Int64: String]
    private let parties: [Int64: Party]
    private let items: [Int64: String]
    private let taxCodes: [Int64: String]
    private let dimensions: [Int64: String]
    private let companies: [Int64: String]
    private let terms: [Int64: String]
    private let classIDs: Set<Int64>
    /// A fund-accounted company's fund numbers, which lead the account codes of lines and bank accounts.
    private let fundNumbers: [Int64: String]
    /// The month the company's fiscal year starts in.
    private let startMonth: Int

    init(type: RecordType, directory: CompanyDirectory) {
        self.type = type
        accounts = Dictionary(uniqueKeysWithValues: directory.accounts.map { ($0.id, $0.label) })
        parties = Dictionary(uniqueKeysWithValues: (directory.customers + directory.vendors).map { ($0.id, $0) })
        items = Dictionary(uniqueKeysWithValues: directory.items.map { ($0.id, $0.name) })
        taxCodes = Dictionary(uniqueKeysWithValues: directory.taxCodes.map { ($0.id, $0.name) })
        dimensions = Dictionary(uniqueKeysWithValues: (directory.classes + directory.locations).map { ($0.id, $0.name) })
        companies = Dictionary(uniqueKeysWithValues: directory.companies.map { ($0.id, $0.name) })
        terms = Dictionary(uniqueKeysWithValues: directory.terms.map { ($0.id, $0.name) })
        classIDs = Set(directory.classes.map(\.id))
        fundNumbers = Dictionary(uniqueKeysWithValues: directory.funds.map { ($0.id, $0.number) })
        startMonth = directory.company.fiscalYearStartMonth
    }

    /// A line of an invoice, bill, credit, sales receipt or journal entry, its document's header repeated.
    func row(_ exported: ExportedLine) -> RecordRow {
        var row = header(exported.document)
        let line = exported.line
        row[.account] = coded(line.accountID, fund: line.fundID)
        row[.description] = text(line.description)
        row[.class] = name(dimensions, line.classID)
        row[.location] = name(dimensions, line.locationID)
        row[.lineID] = .integer(Int64(exported.lineNumber))
        if exported.document.kind == .journalEntry {
            row[line.amount >= 0 ? .debit : .credit] = .money(line.amount >= 0 ? line.amount : -line.amount)
            name(party: line.partyID, in: &row)
        } else {
            row[.item] = name(items, line.itemID)
            row[.quantity] = line.quantity.map(CellValue.decimal)
            row[.rate] = line.rate.map(CellValue.decimal)
            row[.amount] = .money(line.amount)
            row[.taxCode] = name(taxCodes, line.taxCodeID)
        }
        return row
    }

    /// What one payment settles on one invoice, bill or credit, or (Applied To blank) what it left on account.
    func row(_ application: ExportedApplication) -> RecordRow {
        var row = header(application.payment)
        row[.appliedTo] = application.targetNumber.map(CellValue.text)
        row[.amount] = .money(application.amount)
        return row
    }

    /// One row of a deposit (a document it gathers, or a fee or other line) or a transfer's one row.
    func row(_ movement: ExportedMoneyMovement) -> RecordRow {
        var row = header(movement.document)
        if let deposited = movement.deposited {
            row[.deposited] = .text(movement.depositedNeedsKind ? "\(deposited.kind.title) \(deposited.number)" : deposited.number)
            row[.amount] = .money(deposited.amount)
        } else if let line = movement.line {
            row[movement.document.kind == .transfer ? .transferTo : .account] = coded(line.accountID, fund: line.fundID)
            row[.amount] = .money(line.amount)
            row[.description] = text(line.description)
            row[.class] = name(dimensions, line.classID)
            row[.location] = name(dimensions, line.locationID)
        }
        row[.lineID] = .integer(Int64(movement.lineNumber))
        return row
    }

    /// An account as a line names it: in a fund-accounted company with its fund first (`100-43100-210 Streets -
    /// Operating Supplies`), which posts back to the same fund.
    private func coded(_ accountID: Int64, fund fundID: Int64?) -> CellValue? {
        guard let fundID, let fund = fundNumbers[fundID], let label = accounts[accountID] else { return name(accounts, accountID) }
        return .text("\(fund)-\(label)")
    }

    func row(_ party: Party) -> RecordRow {
        [.name: .text(party.name), .parent: party.parentID.flatMap { parties[$0] }.map { .text($0.name) },
         .email: party.email.flatMap(text), .phone: party.phone.flatMap(text), .billingAddress: party.billingAddress.flatMap(text),
         .taxID: party.taxID.flatMap(text), .terms: name(terms, party.termsID),
         .groupCompany: name(companies, party.intercompanyCompanyID), .active: active(party.isActive), .recordID: .integer(party.id),
         .version: .integer(Int64(party.version))].compactMapValues { $0 }
    }

    func row(_ item: Item) -> RecordRow {
        [.name: .text(item.name), .itemKind: spelling(.itemKind, item.kind.rawValue), .description: text(item.description),
         .rate: item.rate.map(CellValue.decimal), .incomeAccount: name(accounts, item.incomeAccountID),
         .expenseAccount: name(accounts, item.expenseAccountID), .taxCode: name(taxCodes, item.taxCodeID),
         .active: active(item.isActive), .recordID: .integer(item.id), .version: .integer(Int64(item.version))].compactMapValues { $0 }
    }

    func row(_ account: Account) -> RecordRow {
        [.accountNumber: account.number.flatMap(text), .name: .text(account.name),
         .accountType: spelling(.accountType, account.type.displayName), .parent: name(accounts, account.parentID),
         .groupCode: account.groupCode.flatMap(text), .intercompany: spelling(.intercompany, account.isIntercompany ? "yes" : "no"),
         .active: active(account.isActive), .recordID: .integer(account.id), .version: .integer(Int64(account.version))].compactMapValues { $0 }
    }

    /// A simple code with its rate and account, or a combined one with its components joined by " + ".
    func row(_ code: TaxCode) -> RecordRow {
        let components = code.componentIDs.compactMap { taxCodes[$0] }.joined(separator: " + ")
        return [.name: .text(code.name), .rate: code.isCombined ? nil : .decimal(code.ratePercent),
                .account: name(accounts, code.accountID), .components: text(components),
                .agency: code.agencyID.flatMap { parties[$0] }.map { .text($0.name) }, .active: active(code.isActive),
                .recordID: .integer(code.id), .version: .integer(Int64(code.version))].compactMapValues { $0 }
    }

    func row(_ dimension: TrackingDimension) -> RecordRow {
        [.name: .text(dimension.name), .parent: name(dimensions, dimension.parentID), .active: active(dimension.isActive),
         .recordID: .integer(dimension.id), .version: .integer(Int64(dimension.version))].compactMapValues { $0 }
    }

    func row(_ terms: PaymentTerms) -> RecordRow {
        var row: RecordRow = [.name: .text(terms.name), .active: active(terms.isActive), .recordID: .integer(terms.id),
                              .version: .integer(Int64(terms.version))]
        switch terms.due {
        case .days(let days): row[.dueDays] = .integer(Int64(days))
        case .dayOfNextMonth(let day): row[.dayOfNextMonth] = .integer(Int64(day))
        }
        row[.discountPercent] = terms.discountPercent.map(CellValue.decimal)
        row[.discountDays] = terms.discountDays.map { .integer(Int64($0)) }
        return row
    }

    /// A line of a budget: its amounts in the calendar months of the budget's fiscal year, and their total.
    func row(_ line: BudgetLine, of budget: Budget) -> RecordRow {
        var row: RecordRow = [.budget: .text(budget.name), .fiscalYear: .integer(Int64(budget.fiscalYear)), .total: .money(line.total),
                              .recordID: .integer(budget.id), .version: .integer(Int64(budget.version))]
        row[.account] = name(accounts, line.accountID)
        if let id = line.dimensionID { row[classIDs.contains(id) ? .class : .location] = name(dimensions, id) }
        for (index, amount) in line.months.enumerated() {
            row[.month(ofFiscal: index, startMonth: startMonth)] = .money(amount)
        }
        return row
    }

    /// Classes or locations with every parent ahead of those under it (each level by name), so a sheet posts back
    /// top to bottom.
    static func parentsFirst(_ dimensions: [TrackingDimension]) -> [TrackingDimension] {
        let children = Dictionary(grouping: dimensions, by: \.parentID)
        let ids = Set(dimensions.map(\.id))
        var ordered: [TrackingDimension] = []
        func add(_ dimension: TrackingDimension) {
            ordered.append(dimension)
            for child in children[dimension.id] ?? [] { add(child) }
        }
        for root in dimensions where root.parentID.map({ !ids.contains($0) }) ?? true { add(root) }
        return ordered
    }

    /// The document's header, as every row of the document repeats it.
    private func header(_ document: ExportedDocument) -> RecordRow {
        var row: RecordRow = [.type: spelling(.type, document.kind.displayName), .number: .text(document.number),
                              .date: .date(document.date), .recordID: .integer(document.id),
                              .version: .integer(Int64(document.version))]
        name(party: document.partyID, in: &row)
        row[.dueDate] = document.dueDate.map(CellValue.date)
        row[.memo] = text(document.memo)
        row[.reference] = text(document.reference)
        row[.bankAccount] = document.bankAccountID.flatMap { coded($0, fund: document.fundID) }
        return row
    }

    /// Puts the party's name in the Customer or the Vendor column, as it is one or the other.
    private func name(party id: Int64?, in row: inout RecordRow) {
        guard let party = id.flatMap({ parties[$0] }) else { return }
        row[party.kind == .customer ? .customer : .vendor] = .text(party.name)
    }

    /// The allowed value of `field` that matches `text` ignoring case ("Credit Memo" for "credit memo").
    private func spelling(_ field: RecordField, _ text: String) -> CellValue {
        .text(type.column(field)?.allowed?.first { $0.caseInsensitiveCompare(text) == .orderedSame } ?? text)
    }

    private func name(_ names: [Int64: String], _ id: Int64?) -> CellValue? {
        id.flatMap { names[$0] }.map(CellValue.text)
    }

    private func active(_ isActive: Bool) -> CellValue {
        spelling(.active, isActive ? "yes" : "no")
    }

    /// Text, or nothing for an empty string, so a blank stays a blank cell.
    private func text(_ text: String) -> CellValue? {
        text.isEmpty ? nil : .text(text)
    }
}
