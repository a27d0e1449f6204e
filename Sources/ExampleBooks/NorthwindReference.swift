import CSVFiles
import Foundation
import Ledger
import LedgerStore
import SpreadsheetBasics

/// One Northwind company as loaded from the reference CSV files: its ledger records and the
/// accounts the activity generator needs, found by the `role` column of accounts.csv.
struct NorthwindCompany {
    /// A recurring monthly journal entry from monthly-journals.csv.
    struct Journal {
        var name: String
        var day: Int
        var lines: [DocumentLine]
    }

    let key: String
    let company: Company
    var accountsByNumber: [String: Account] = [:]
    var roles: [String: Int64] = [:]
    var customers: [Party] = []
    /// Vendors; suppliers are those whose bills go to inventory or cost of sales.
    var vendors: [(party: Party, expenseAccountID: Int64, isSupplier: Bool)] = []
    /// Intercompany customers and vendors, by the other company's key.
    var intercompanyCustomers: [String: Party] = [:]
    var intercompanyVendors: [String: (party: Party, expenseAccountID: Int64, isSupplier: Bool)] = [:]
    var items: [Item] = []
    var taxCodes: [String: TaxCode] = [:]
    /// The payment terms the company's customers and vendors have, by ID.
    var terms: [Int64: PaymentTerms] = [:]
    var classes: [TrackingDimension] = []
    var locations: [TrackingDimension] = []
    var journals: [Journal] = []
    /// Derived once after loading, for the generator: items sold to customers, which of them are
    /// products, vendors split into suppliers and others, and the tax code on purchases (none in the US).
    /// When a document dated `date` with `party` falls due by the party's terms (on its date without terms).
    func dueDate(of party: Party, on date: LocalDate) -> LocalDate {
        party.termsID.flatMap { terms[$0] }?.dueDate(for: date) ?? date
    }

    var sellableItems: [Item] = []
    var productItems: [Item] = []
    var productItemIDs: Set<Int64> = []
    var suppliers: [(party: Party, expenseAccountID: Int64, isSupplier: Bool)] = []
    var otherVendors: [(party: Party, expenseAccountID: Int64, isSupplier: Bool)] = []
    var purchaseTaxCode: TaxCode?

    var currency: Currency { company.baseCurrency }

    /// Fills the derived lists from the loaded reference data.
    mutating func deriveGeneratorLists() {
        sellableItems = items.filter { $0.incomeAccountID != roles["management-fees"] }
        productItems = items.filter { $0.kind == .product }
        productItemIDs = Set(productItems.map(\.id))
        suppliers = vendors.filter(\.isSupplier)
        otherVendors = vendors.filter { !$0.isSupplier }
        purchaseTaxCode = key == "us" ? nil : taxCodes.values.filter { $0.ratePercent > 0 }.min { $0.ratePercent < $1.ratePercent }
    }

    func role(_ name: String) -> Int64 { roles[name]! }
}

/// Loads companies, charts of accounts, parties, items, tax codes, dimensions, opening balances and
/// exchange rates from the CSV files of `Examples/northwind/`.
struct NorthwindReference {
    static let requiredRoles = ["operating-bank", "management-fees", "inventory", "cost-of-goods-sold"]
    static let openingDate = LocalDate(iso: "2024-12-31")!

    let directory: String
    let writer: LedgerWriter

    func load() throws -> [NorthwindCompany] {
        var companies = try loadCompanies()
        try loadAccounts(into: &companies)
        try loadTaxCodes(into: &companies)
        try loadParties(into: &companies)
        try loadItems(into: &companies)
        try loadDimensions(into: &companies)
        try loadJournals(into: &companies)
        try postOpeningBalances(companies)
        try loadRates()
        return companies.values.sorted { $0.company.id < $1.company.id }.map { books in
            var books = books
            books.deriveGeneratorLists()
            return books
        }
    }

    private func table(_ name: String, _ columns: [String]) throws -> CSVTable {
        try CSVTable(path: (directory as NSString).appendingPathComponent(name), requiredColumns: columns)
    }

    private func company(_ record: CSVRecord, in companies: [String: NorthwindCompany]) throws -> NorthwindCompany {
        let key = try record.required("company")
        guard let company = companies[key] else { throw record.error("company", "no company with key \"\(key)\" in companies.csv") }
        return company
    }

    private func account(_ record: CSVRecord, _ column: String, in company: NorthwindCompany) throws -> Account {
        let number = try record.required(column)
        guard let account = company.accountsByNumber[number] else {
            throw record.error(column, "no account \(number) in \(company.company.name)")
        }
        return account
    }

    /// `yes` or blank.
    private func flag(_ record: CSVRecord, _ column: String) throws -> Bool {
        switch record.optional(column) {
        case nil: return false
        case "yes": return true
        case let other?: throw record.error(column, "write yes or leave it blank, not \"\(other)\"")
        }
    }

    private func money(_ record: CSVRecord, _ column: String, in currency: Currency) throws -> Money {
        let text = try record.required(column)
        do { return try Money(parsing: text, in: currency) } catch { throw record.error(column, error.description) }
    }

    private func loadCompanies() throws -> [String: NorthwindCompany] {
        var companies: [String: NorthwindCompany] = [:]
        for record in try table("companies.csv", ["key", "name", "currency", "fiscal_year_start_month", "locale"]).records {
            let currencyText = try record.required("currency")
            let currency: Currency
            do { currency = try Currency(code: currencyText) } catch { throw record.error("currency", error.description) }
            guard let month = Int(try record.required("fiscal_year_start_month")) else {
                throw record.error("fiscal_year_start_month", "write the month as a number from 1 to 12")
            }
            let company = try writer.addCompany(name: try record.required("name"), currency: currency, fiscalYearStartMonth: month,
                                                locale: try record.required("locale"))
            companies[try record.required("key")] = NorthwindCompany(key: try record.required("key"), company: company)
        }
        return companies
    }

    private func loadAccounts(into companies: inout [String: NorthwindCompany]) throws {
        let columns = ["company", "number", "name", "type", "parent_number", "group_code", "role", "intercompany"]
        for record in try table("accounts.csv", columns).records {
            var books = try company(record, in: companies)
            let typeText = try record.required("type")
            guard let type = AccountType(userText: typeText) else {
                throw record.error("type", "\"\(typeText)\" is not an account type (use one of: \(AccountType.allNames))")
            }
            let parent = record.optional("parent_number") == nil ? nil : try account(record, "parent_number", in: books)
            let account = try writer.addAccount(companyID: books.company.id, number: try record.required("number"),
                                                name: try record.required("name"), type: type, parentID: parent?.id,
                                                groupCode: record.optional("group_code"), isIntercompany: try flag(record, "intercompany"))
            books.accountsByNumber[account.number!] = account
            if let role = record.optional("role") { books.roles[role] = account.id }
            companies[books.key] = books
        }
        for books in companies.values {
            for role in Self.requiredRoles where books.roles[role] == nil {
                throw SpreadsheetError(file: "accounts.csv", column: "role", message: "\(books.company.name) has no account with role \(role)")
            }
        }
    }

    private func loadTaxCodes(into companies: inout [String: NorthwindCompany]) throws {
        for record in try table("tax-codes.csv", ["company", "name", "rate_percent", "account_number"]).records {
            var books = try company(record, in: companies)
            guard let rate = DecimalText.parse(try record.required("rate_percent")) else {
                throw record.error("rate_percent", "write the rate as a plain number such as 8.875")
            }
            let code = try writer.addTaxCode(companyID: books.company.id, name: try record.required("name"), ratePercent: rate,
                                             accountID: try account(record, "account_number", in: books).id)
            books.taxCodes[code.name] = code
            companies[books.key] = books
        }
    }

    private func loadParties(into companies: inout [String: NorthwindCompany]) throws {
        for (file, kind) in [("customers.csv", PartyKind.customer), ("vendors.csv", .vendor)] {
            let columns = ["company", "name", "email", "terms_days", "intercompany_company"] + (kind == .vendor ? ["expense_account_number"] : [])
            for record in try table(file, columns).records {
                var books = try company(record, in: companies)
                guard let terms = Int(try record.required("terms_days")) else { throw record.error("terms_days", "write a whole number of days") }
                let otherKey = record.optional("intercompany_company")
                let other = try otherKey.map { key in
                    guard let other = companies[key] else { throw record.error("intercompany_company", "no company with key \"\(key)\"") }
                    return other.company.id
                }
                let netTerms = try writer.netTerms(companyID: books.company.id, days: terms)
                books.terms[netTerms.id] = netTerms
                let party = try writer.addParty(companyID: books.company.id, kind: kind, name: try record.required("name"),
                                                email: record.optional("email"), termsID: netTerms.id, intercompanyCompanyID: other)
                if kind == .customer {
                    if let otherKey { books.intercompanyCustomers[otherKey] = party } else { books.customers.append(party) }
                } else {
                    let expense = try account(record, "expense_account_number", in: books)
                    let vendor = (party, expense.id, [.otherCurrentAsset, .costOfSales].contains(expense.type))
                    if let otherKey { books.intercompanyVendors[otherKey] = vendor } else { books.vendors.append(vendor) }
                }
                companies[books.key] = books
            }
        }
    }

    private func loadItems(into companies: inout [String: NorthwindCompany]) throws {
        let columns = ["company", "name", "kind", "description", "rate", "income_account_number", "expense_account_number",
                       "tax_code", "revenue_recognition_months"]
        for record in try table("items.csv", columns).records {
            var books = try company(record, in: companies)
            guard let kind = ItemKind(rawValue: try record.required("kind")) else { throw record.error("kind", "use product or service") }
            guard let rate = DecimalText.parse(try record.required("rate")) else { throw record.error("rate", "write a plain number such as 19.99") }
            let taxCode = try record.optional("tax_code").map { name in
                guard let code = books.taxCodes[name] else { throw record.error("tax_code", "no tax code \"\(name)\" in \(books.company.name)") }
                return code
            }
            let item = try writer.addItem(Item(
                id: 0, companyID: books.company.id, name: try record.required("name"), kind: kind,
                description: record.optional("description") ?? "", rate: rate,
                incomeAccountID: try account(record, "income_account_number", in: books).id,
                expenseAccountID: record.optional("expense_account_number") == nil ? nil : try account(record, "expense_account_number", in: books).id,
                taxCodeID: taxCode?.id, revenueRecognitionMonths: record.optional("revenue_recognition_months").flatMap { Int($0) }))
            books.items.append(item)
            companies[books.key] = books
        }
    }

    private func loadDimensions(into companies: inout [String: NorthwindCompany]) throws {
        for (file, kind) in [("classes.csv", DimensionKind.class), ("locations.csv", .location)] {
            for record in try table(file, ["company", "name"]).records {
                var books = try company(record, in: companies)
                let dimension = try writer.addDimension(companyID: books.company.id, kind: kind, name: try record.required("name"))
                if kind == .class { books.classes.append(dimension) } else { books.locations.append(dimension) }
                companies[books.key] = books
            }
        }
    }

    private func loadJournals(into companies: inout [String: NorthwindCompany]) throws {
        for record in try table("monthly-journals.csv", ["company", "journal", "day", "account_number", "amount", "memo"]).records {
            var books = try company(record, in: companies)
            let name = try record.required("journal")
            guard let day = Int(try record.required("day")), (1...31).contains(day) else { throw record.error("day", "write a day of the month, 1 to 31") }
            let amount = try money(record, "amount", in: books.currency)
            let line = DocumentLine(accountID: try account(record, "account_number", in: books).id,
                                    description: record.optional("memo") ?? name, amount: amount.minorUnits)
            if let index = books.journals.firstIndex(where: { $0.name == name }) {
                books.journals[index].lines.append(line)
            } else {
                books.journals.append(NorthwindCompany.Journal(name: name, day: day, lines: [line]))
            }
            companies[books.key] = books
        }
    }

    private func postOpeningBalances(_ companies: [String: NorthwindCompany]) throws {
        var lines: [String: [DocumentLine]] = [:]
        for record in try table("opening-balances.csv", ["company", "account_number", "amount"]).records {
            let books = try company(record, in: companies)
            let amount = try money(record, "amount", in: books.currency)
            lines[books.key, default: []].append(DocumentLine(accountID: try account(record, "account_number", in: books).id,
                                                              description: "Opening balance", amount: amount.minorUnits))
        }
        for (key, lines) in lines.sorted(by: { $0.key < $1.key }) {
            let books = companies[key]!
            try writer.post(Document(companyID: books.company.id, kind: .journalEntry, number: "OPENING", date: Self.openingDate,
                                     currency: books.currency, memo: "Opening balances", lines: lines))
        }
    }

    private func loadRates() throws {
        for rate in try ExchangeRateFile.read(path: (directory as NSString).appendingPathComponent("rates.csv")) {
            try writer.setRate(date: rate.date, from: rate.from, to: rate.to, rate: rate.rate)
        }
    }
}
