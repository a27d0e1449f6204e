import Foundation
import Ledger
import LedgerStore

/// A company's reference data as sheets name it: the drop-down lists of templates, and the lookups that turn
/// a typed name back into an ID (ignoring case, with suggestions for a name that matches nothing).
public struct CompanyDirectory: Sendable {
    public var company: Company { books.company }
    public var accounts: [Account] { books.accounts }
    public let customers: [Party]
    public let vendors: [Party]
    public var items: [Item] { books.items }
    public var taxCodes: [TaxCode] { books.taxCodes }
    public let classes: [TrackingDimension]
    public let locations: [TrackingDimension]
    public var terms: [PaymentTerms] { books.terms }
    /// A fund-accounted company's funds by number; empty for other companies.
    public var funds: [Fund] { books.funds }
    /// Every company of the ledger, this one included.
    public let companies: [Company]
    /// Every list's names and keys, made once: a post run looks up several names on each of its rows.
    private var lookups: [RecordList: Lookup] = [:]
    private let books: CompanyBooks

    /// The directory of `books`, among the ledger's `companies` (this one included).
    public init(books: CompanyBooks, companies: [Company]) {
        self.books = books
        customers = books.parties.filter { $0.kind == .customer }
        vendors = books.parties.filter { $0.kind == .vendor }
        classes = books.dimensions.filter { $0.kind == .class }
        locations = books.dimensions.filter { $0.kind == .location }
        self.companies = companies
        var lookups: [RecordList: Lookup] = [:]
        for list in RecordList.allCases { lookups[list] = Lookup(entries(list)) }
        self.lookups = lookups
    }

    /// The directory of `company` as `reader` sees it.
    public init(company: Company, reader: LedgerReader) throws {
        self.init(books: try CompanyBooks(company: company, reader: reader), companies: try reader.companies())
    }

    /// The accounts money can move through on payments and sales receipts.
    public var bankAccounts: [Account] { accounts.filter(\.type.movesMoney) }

    /// The names a drop-down offers, in the order users expect: accounts in chart order as "4010 Product Sales",
    /// everything else by name. Inactive records are left out, and so is this company from the companies.
    public func names(_ list: RecordList) -> [String] {
        lookup(list).entries.filter(\.isOffered).map(\.name)
    }

    /// The ID of the record `text` names in `list`: by name (any case); accounts also by number or "number name".
    public func id(in list: RecordList, named text: String) -> Result<Int64, TextValueError> {
        let trimmed = text.trimmingSpaces()
        let lookup = lookup(list)
        if let id = lookup.ids[trimmed.lowercased()] { return .success(id) }
        let suggestions = NameMatch.suggestions(for: text, among: lookup.entries.filter(\.isOffered).map(\.name))
        var message = "no \(Self.singular(list)) named \"\(trimmed)\" in \(list == .companies ? "this ledger" : company.name)"
        if list == .bankAccounts, case .success(let id) = self.id(in: .accounts, named: trimmed), let account = accounts.first(where: { $0.id == id }) {
            message = "\"\(account.label)\" is \(EnglishText.withArticle(account.type.displayName.lowercased())) account; money moves through a bank, credit card or clearing account (such as Undeposited Funds)"
        }
        if !suggestions.isEmpty { message += " (did you mean " + suggestions.map { "\"\($0)\"" }.joined(separator: " or ") + "?)" }
        return .failure(TextValueError(message))
    }

    /// How a sheet writes the record with this ID: an account's label, anything else's name.
    public func name(in list: RecordList, id: Int64?) -> String {
        guard let id else { return "" }
        return lookup(list).names[id] ?? ""
    }

    /// The item with this ID.
    func item(id: Int64) -> Item? {
        books.itemsByID[id]
    }

    /// The customer or vendor with this ID.
    func party(id: Int64) -> Party? {
        books.partiesByID[id]
    }

    /// The payment terms with this ID.
    func terms(id: Int64) -> PaymentTerms? {
        books.termsByID[id]
    }

    /// The terms of `days` days net without a discount, if the company has them.
    func netTerms(days: Int) -> PaymentTerms? {
        terms.first { $0.due == .days(days) && $0.discountPercent == nil }
    }

    private struct Entry {
        var id: Int64
        var name: String
        var keys: [String]
        /// Whether drop-downs and suggestions offer it: inactive records are still found by name, but not offered.
        var isOffered: Bool
    }

    /// One list's entries in order, and the first entry's ID for each key and name for each ID.
    private struct Lookup {
        let entries: [Entry]
        let ids: [String: Int64]
        let names: [Int64: String]

        init(_ entries: [Entry]) {
            self.entries = entries
            var ids: [String: Int64] = [:], names: [Int64: String] = [:]
            for entry in entries {
                for key in entry.keys where ids[key] == nil { ids[key] = entry.id }
                if names[entry.id] == nil { names[entry.id] = entry.name }
            }
            self.ids = ids
            self.names = names
        }
    }

    private func lookup(_ list: RecordList) -> Lookup {
        lookups[list]!  // made for every list in init
    }

    private func entries(_ list: RecordList) -> [Entry] {
        switch list {
        case .accounts: accounts.map(Self.entry)
        case .bankAccounts: bankAccounts.map(Self.entry)
        case .customers: customers.map { Entry(id: $0.id, name: $0.name, keys: [$0.name.lowercased()], isOffered: $0.isActive) }
        case .vendors: vendors.map { Entry(id: $0.id, name: $0.name, keys: [$0.name.lowercased()], isOffered: $0.isActive) }
        case .items: items.map { Entry(id: $0.id, name: $0.name, keys: [$0.name.lowercased()], isOffered: $0.isActive) }
        case .taxCodes: taxCodes.map { Entry(id: $0.id, name: $0.name, keys: [$0.name.lowercased()], isOffered: $0.isActive) }
        case .classes: classes.map { Entry(id: $0.id, name: $0.name, keys: [$0.name.lowercased()], isOffered: $0.isActive) }
        case .locations: locations.map { Entry(id: $0.id, name: $0.name, keys: [$0.name.lowercased()], isOffered: $0.isActive) }
        case .terms: terms.map { Entry(id: $0.id, name: $0.name, keys: [$0.name.lowercased()], isOffered: $0.isActive) }
        // A party is never its own company: found, so naming it can be refused as such, but not offered.
        case .companies: companies.map { Entry(id: $0.id, name: $0.name, keys: [$0.name.lowercased()], isOffered: $0.id != company.id) }
        }
    }

    private static func entry(_ account: Account) -> Entry {
        var keys = [account.label.lowercased(), account.name.lowercased()]
        if let number = account.number { keys += [number.lowercased(), "\(number) - \(account.name)".lowercased()] }
        return Entry(id: account.id, name: account.label, keys: keys, isOffered: account.isActive)
    }

    private static func singular(_ list: RecordList) -> String {
        switch list {
        case .accounts: "account"
        case .bankAccounts: "bank account"
        case .customers: "customer"
        case .vendors: "vendor"
        case .items: "item"
        case .taxCodes: "tax code"
        case .classes: "class"
        case .locations: "location"
        case .companies: "company"
        case .terms: "payment terms"
        }
    }
}
