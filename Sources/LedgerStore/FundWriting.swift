import GRDB
import Ledger

extension LedgerWriter {
    /// Makes a company fund-accounted with account codes in `layout`. Only a company with nothing posted yet may start
    /// keeping its books by fund, since every posting must name one.
    public func makeFundAccounted(companyID: Int64, layout: AccountCodeLayout) throws {
        let books = try books(companyID: companyID)
        guard !books.company.isFundAccounted else { throw StoreError.invalid("\(books.company.name) already keeps its books by fund") }
        let posted = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM documents WHERE company_id = ?", arguments: [companyID]) ?? 0
        guard posted == 0 else {
            throw StoreError.invalid("\(books.company.name) has \(posted) documents posted without funds; fund accounting starts with a new company (company add --chart city)")
        }
        for account in books.accounts {
            if let number = account.number, let problem = layout.problem(withAccountNumber: number) {
                throw StoreError.invalid("\(books.company.name), account \"\(account.name)\": \(problem)")
            }
        }
        try db.execute(sql: "UPDATE companies SET account_code_layout = ? WHERE id = ?", arguments: [layout.text, companyID])
        booksByCompany[companyID] = nil
    }

    /// Sets the accounts the posting engine balances funds with: "Due from other funds" (an asset) and "Due to other
    /// funds" (a liability).
    public func setDueAccounts(companyID: Int64, dueFromAccountID: Int64, dueToAccountID: Int64) throws {
        let books = try books(companyID: companyID)
        guard books.company.isFundAccounted else { throw StoreError.invalid("\(books.company.name) does not keep its books by fund") }
        for (id, category, role) in [(dueFromAccountID, AccountCategory.asset, "due-from"), (dueToAccountID, .liability, "due-to")] {
            guard let account = books.accountsByID[id] else { throw StoreError.notInCompany(place: nil, what: "account", id: id, company: books.company.name) }
            guard account.type.category == category, !account.type.movesMoney,
                  account.type != .accountsReceivable, account.type != .accountsPayable else {
                throw StoreError.invalid("the \(role) account \"\(account.label)\" is \(EnglishText.withArticle(account.type.displayName.lowercased())) account; choose an other current \(category.rawValue) account such as \(role == "due-from" ? "Due From Other Funds" : "Due To Other Funds")")
            }
        }
        try db.execute(sql: "UPDATE companies SET due_from_account_id = ?, due_to_account_id = ? WHERE id = ?",
                       arguments: [dueFromAccountID, dueToAccountID, companyID])
        booksByCompany[companyID] = nil
    }

    /// Adds a fund to a fund-accounted company; its number is the fund segment of the company's account codes.
    @discardableResult
    public func addFund(_ fund: Fund) throws -> Fund {
        let books = try books(companyID: fund.companyID)
        guard let funds = books.company.funds else {
            throw StoreError.invalid("\(books.company.name) does not keep its books by fund; add a fund-accounted company with company add --chart city")
        }
        var added = fund
        added.name = try Self.requiredName(fund.name, what: "fund")
        added.number = fund.number.trimmingSpaces()
        guard funds.layout.isFundNumber(added.number) else {
            throw StoreError.invalid("fund \"\(added.name)\": its number \"\(added.number)\" must be \(funds.layout.segments[0].width) digits, the fund segment of \(funds.layout.pattern)")
        }
        if let clash = books.funds.first(where: { $0.number == added.number }) {
            throw StoreError.invalid("\(books.company.name) already has fund \(added.number) (\"\(clash.name)\")")
        }
        try executeUnique(what: "fund", name: added.name, company: books.company.name, sql: """
            INSERT INTO funds (company_id, number, name, type, major, active) VALUES (?, ?, ?, ?, ?, ?)
            """, arguments: [added.companyID, added.number, added.name, added.type.rawValue, added.isMajor, added.isActive])
        added.id = db.lastInsertedRowID
        added.version = 1
        return added
    }

    /// Sets a new company up as a small city: fund-accounted in the fund-department-object layout, the city chart of
    /// accounts, the General Fund, and the due-to and due-from accounts that balance funds.
    @discardableResult
    public func addCityChart(companyID: Int64) throws -> [String: Account] {
        try makeFundAccounted(companyID: companyID, layout: .city)
        var byNumber: [String: Account] = [:]
        for entry in CityChart.entries {
            byNumber[entry.number] = try addAccount(companyID: companyID, number: entry.number, name: entry.name,
                                                    type: entry.type, parentID: entry.parent.flatMap { byNumber[$0]?.id })
        }
        try setDueAccounts(companyID: companyID, dueFromAccountID: byNumber[CityChart.dueFromNumber]!.id,
                           dueToAccountID: byNumber[CityChart.dueToNumber]!.id)
        try addFund(Fund(id: 0, companyID: companyID, number: CityChart.generalFund.number, name: CityChart.generalFund.name,
                         type: .general, isMajor: true))
        return byNumber
    }
}
