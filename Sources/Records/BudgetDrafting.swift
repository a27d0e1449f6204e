import Ledger

/// A budget as the rows of a budgets sheet state it: its name, the fiscal year (needed when it is new) and one line
/// per account and class or location, with the row it came from.
struct BudgetDraft {
    let name: String
    let fiscalYear: Int?
    let lines: [(row: Int, line: BudgetLine)]
}

extension RecordField {
    /// The month column holding month `index` (0 is the first) of a fiscal year starting in `startMonth`.
    static func month(ofFiscal index: Int, startMonth: Int) -> RecordField {
        months[(startMonth - 1 + index) % 12]
    }
}

/// Turns the rows of one budget into a draft: every row's account (income or expense), its class or location, its
/// months or a total to spread, each mistake on its row and column.
struct BudgetDrafting {
    let reading: RowReading

    func draft(_ group: RowGroup) throws(RowProblems) -> RecordDraft {
        var problems = RowProblems()
        let first = group.first
        let identity = problems.collect(row: first.number) { () throws(RowProblem) in try RecordIdentity(first) }
        if identity?.isVoid == true {
            problems.add(row: first.number, .action, "a budget cannot be voided; post a row of zeros to remove a line")
        }
        let name = problems.collect(row: first.number) { () throws(RowProblem) in try first.required(.budget, first.text) }
        let fiscalYear = problems.collect(row: first.number) { () throws(RowProblem) -> Int? in
            guard let year = try first.integer(.fiscalYear) else { return nil }
            guard (1900...9999).contains(year) else {
                throw RowProblem(field: .fiscalYear, message: "\(year) is not a fiscal year; give one such as 2026")
            }
            return year
        }
        for row in group.rows.dropFirst() {
            if let other = row.text(.fiscalYear), other != first.text(.fiscalYear) {
                problems.add(row: row.number, .fiscalYear, "\"\(other)\" differs from the budget's Fiscal Year on row \(first.number); leave it blank or make them the same")
            }
        }
        let lines = group.rows.compactMap { row in problems.collect(row: row.number) { () throws(RowProblem) in try line(row) } }
        var firstRows: [String: Int] = [:]
        for (row, line) in lines {
            let key = "\(line.accountID)|\(line.dimensionID ?? 0)"
            if let earlier = firstRows[key] {
                problems.add(row: row, .account, "row \(earlier) already budgets this account\(line.dimensionID == nil ? "" : " for this class or location"); combine the two rows")
            } else {
                firstRows[key] = row
            }
        }
        guard problems.isEmpty, let identity, let name else { throw problems }
        return RecordDraft(content: .budget(BudgetDraft(name: name, fiscalYear: fiscalYear ?? nil, lines: lines)),
                           recordID: identity.recordID, version: identity.version, isVoid: false)
    }

    private func line(_ row: RowValues) throws(RowProblem) -> (row: Int, line: BudgetLine) {
        let accountID = try row.required(.account) { (field: RecordField) throws(RowProblem) in try row.id(field, in: .accounts) }
        if let account = reading.directory.accounts.first(where: { $0.id == accountID }),
           ![.income, .expense].contains(account.type.category) {
            throw RowProblem(field: .account, message: "\"\(account.label)\" is \(EnglishText.withArticle(account.type.displayName.lowercased())) account; budgets are for income, cost of sales and expense accounts")
        }
        let classID = try row.id(.class, in: .classes), locationID = try row.id(.location, in: .locations)
        if classID != nil, locationID != nil {
            throw RowProblem(field: .location, message: "a budget line is for a class or a location, not both; put the other on a row of its own")
        }
        let startMonth = reading.directory.company.fiscalYearStartMonth
        var months: [Int64] = []
        for index in 0..<12 { months.append(try row.money(.month(ofFiscal: index, startMonth: startMonth)) ?? 0) }
        let dimensionID = classID ?? locationID
        if let total = try row.money(.total) {
            guard RecordField.months.contains(where: row.has) else {
                return (row.number, BudgetLine(accountID: accountID, dimensionID: dimensionID, total: total))
            }
            guard total == months.reduce(0, +) else {
                let sum = Money(minorUnits: months.reduce(0, +), currency: reading.currency)
                throw RowProblem(field: .total, message: "\(Money(minorUnits: total, currency: reading.currency)) is not the months' sum \(sum); correct it or leave Total blank")
            }
        }
        return (row.number, BudgetLine(accountID: accountID, dimensionID: dimensionID, months: months))
    }
}
