import Ledger

/// A budget as the rows of a budgets sheet state it: its name, the fiscal year (needed when it is new) and one line
/// per account and class or location. The sheet's months are calendar months; `fiscalMonths` puts them in the order
/// of the budget's year once that year's first month is known.
struct BudgetDraft {
    struct Line {
        let row: Int
        let accountID: Int64
        let dimensionID: Int64?
        /// January first, in minor units on the account's normal side.
        let calendarMonths: [Int64]
    }

    let name: String
    let fiscalYear: Int?
    let lines: [Line]

    /// The lines as the ledger keeps them: twelve amounts from the first month of a year starting in `startMonth`.
    func budgetLines(startMonth: Int) -> [BudgetLine] {
        lines.map { line in
            BudgetLine(accountID: line.accountID, dimensionID: line.dimensionID,
                       months: (0..<12).map { line.calendarMonths[(startMonth - 1 + $0) % 12] })
        }
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
        for line in lines {
            let key = "\(line.accountID)|\(line.dimensionID ?? 0)"
            if let earlier = firstRows[key] {
                problems.add(row: line.row, .account, "row \(earlier) already budgets this account\(line.dimensionID == nil ? "" : " for this class or location"); combine the two rows")
            } else {
                firstRows[key] = line.row
            }
        }
        guard problems.isEmpty, let identity, let name else { throw problems }
        return RecordDraft(content: .budget(BudgetDraft(name: name, fiscalYear: fiscalYear ?? nil, lines: lines)),
                           recordID: identity.recordID, version: identity.version, isVoid: false)
    }

    private func line(_ row: RowValues) throws(RowProblem) -> BudgetDraft.Line {
        let accountID = try row.required(.account) { (field: RecordField) throws(RowProblem) in try row.id(field, in: .accounts) }
        if let account = reading.directory.accounts.first(where: { $0.id == accountID }),
           ![.income, .expense].contains(account.type.category) {
            throw RowProblem(field: .account, message: "\"\(account.label)\" is \(EnglishText.withArticle(account.type.displayName.lowercased())) account; budgets are for income, cost of sales and expense accounts")
        }
        let classID = try row.id(.class, in: .classes), locationID = try row.id(.location, in: .locations)
        if classID != nil, locationID != nil {
            throw RowProblem(field: .location, message: "a budget line is for a class or a location, not both; put the other on a row of its own")
        }
        var months: [Int64] = []
        for field in RecordField.months { months.append(try row.money(field) ?? 0) }
        let total = try row.money(.total)
        let hasMonths = RecordField.months.contains(where: row.has)
        if let total, !hasMonths {
            months = Self.calendarSpread(total, startMonth: reading.directory.company.fiscalYearStartMonth)
        } else if let total, total != months.reduce(0, +) {
            let sum = Money(minorUnits: months.reduce(0, +), currency: reading.currency)
            throw RowProblem(field: .total, message: "\(Money(minorUnits: total, currency: reading.currency)) is not the months' sum \(sum); correct it or leave Total blank")
        }
        return BudgetDraft.Line(row: row.number, accountID: accountID, dimensionID: classID ?? locationID, calendarMonths: months)
    }

    /// `total` spread evenly over the fiscal year (`BudgetLine.spread`), put back in calendar order.
    private static func calendarSpread(_ total: Int64, startMonth: Int) -> [Int64] {
        let fiscal = BudgetLine.spread(total)
        return (1...12).map { month in fiscal[(month - startMonth + 12) % 12] }
    }
}
