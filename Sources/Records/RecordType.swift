import Foundation
import Ledger

/// One kind of record a sheet can hold (invoices and bills, payments, customers …), read from a JSON file in
/// `Templates/records/`: its columns, which are required, their allowed values and drop-down lists, and help.
public struct RecordType: Decodable, Sendable {
    /// The command-line name, such as `invoices-and-bills`.
    public let name: String
    /// The entry sheet's name and the title of the instructions, such as "Invoices and Bills".
    public let title: String
    public let summary: String
    /// Paragraphs for the Instructions sheet.
    public let instructions: [String]
    public let shape: RecordShape
    /// The one kind of document a sheet of this type holds, which then has no Type column (receipts are sales
    /// receipts, disbursements checks); nil where the Type column says.
    public let documentKind: DocumentKind?
    public let columns: [RecordColumn]

    private enum CodingKeys: String, CodingKey {
        case name, title, summary, instructions, shape, columns
        case documentKind = "document-kind"
    }

    /// The column holding `field`, if the type has one.
    public func column(_ field: RecordField) -> RecordColumn? {
        columns.first { $0.field == field }
    }
}

/// How a type's rows become records: several rows per document, or one row per reference record.
public enum RecordShape: String, Decodable, Sendable {
    /// Invoices, bills, credits and sales receipts: one row per line.
    case pricedDocuments = "priced-documents"
    /// Customer and bill payments: one row per invoice, bill or credit the payment settles.
    case payments
    /// Journal entries: one row per debit or credit line.
    case journalEntries = "journal-entries"
    /// Bank deposits (one row per payment or sales receipt gathered, or per fee or other line) and transfers (one row).
    case deposits
    case customers, vendors, items, accounts
    /// The set-up lists: tax codes (simple or combined), classes, locations and payment terms.
    case taxCodes = "tax-codes", classes, locations, terms
    /// Budgets: one row per account (and class or location), consecutive rows with the same Budget one budget.
    case budgets

    /// Whether consecutive rows with the same Type and Number make one record.
    public var isDocument: Bool {
        switch self {
        case .pricedDocuments, .payments, .journalEntries, .deposits: true
        case .customers, .vendors, .items, .accounts, .taxCodes, .classes, .locations, .terms, .budgets: false
        }
    }
}

/// One column of a record sheet.
public struct RecordColumn: Decodable, Sendable {
    /// The header as written; matched ignoring case, spaces and `*`.
    public let name: String
    public let field: RecordField
    public let required: Bool
    /// The only values the column takes (matched ignoring case); also its drop-down.
    public let allowed: [String]?
    /// The ledger list its drop-down and its names come from.
    public let list: RecordList?
    public let format: ColumnFormat
    /// Characters.
    public let width: Int
    public let help: String

    /// The header cell: required columns end in " *".
    public var header: String { required ? name + " *" : name }

    private enum CodingKeys: String, CodingKey { case name, field, required, allowed, list, format, width, help }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decode(String.self, forKey: .name)
        field = try container.decode(RecordField.self, forKey: .field)
        required = try container.decodeIfPresent(Bool.self, forKey: .required) ?? false
        allowed = try container.decodeIfPresent([String].self, forKey: .allowed)
        list = try container.decodeIfPresent(RecordList.self, forKey: .list)
        format = try container.decodeIfPresent(ColumnFormat.self, forKey: .format) ?? .text
        width = try container.decodeIfPresent(Int.self, forKey: .width) ?? 14
        help = try container.decode(String.self, forKey: .help)
    }
}

/// What a column means to the importer and exporter.
public enum RecordField: String, Decodable, Sendable, CaseIterable {
    // Bookkeeping columns every type has.
    case post, action, recordID = "record-id", version, status, message
    // Document headers.
    case type, number, customer, vendor, date, dueDate = "due-date", memo, bankAccount = "bank-account"
    /// A second number a document is known by, such as the claim a check pays.
    case reference
    // Document lines.
    case item, account, description, quantity, rate, amount, taxCode = "tax-code", `class`, location
    case appliedTo = "applied-to", debit, credit, lineID = "line-id", deposited, transferTo = "transfer-to"
    // Reference records.
    case name, email, terms, itemKind = "item-kind", incomeAccount = "income-account", expenseAccount = "expense-account"
    case accountNumber = "account-number", accountType = "account-type", parent, groupCode = "group-code", intercompany
    case groupCompany = "group-company", active, phone, billingAddress = "billing-address", taxID = "tax-id"
    // Set-up lists.
    case agency, components, dueDays = "due-days", dayOfNextMonth = "day-of-next-month"
    case discountPercent = "discount-percent", discountDays = "discount-days"
    // Budgets: the name, the fiscal year, the twelve calendar months of that year, and the year's total.
    case budget, fiscalYear = "fiscal-year"
    case january, february, march, april, may, june, july, august, september, october, november, december
    case total

    /// The month columns of a budget, January first.
    public static let months: [RecordField] = [
        .january, .february, .march, .april, .may, .june, .july, .august, .september, .october, .november, .december,
    ]
}

/// The kind of value a column holds: its cell format in templates and how typed text is read.
public enum ColumnFormat: String, Decodable, Sendable {
    case text, date, money, quantity, rate, integer
}

/// A drop-down list filled from the ledger (or from fixed values) on the Lists sheet.
public enum RecordList: String, Decodable, Sendable, CaseIterable {
    case customers, vendors, items, accounts, bankAccounts = "bank-accounts", taxCodes = "tax-codes", classes, locations
    /// Payment terms, for customers and vendors.
    case terms
    /// The ledger's companies, for the company a customer or vendor is.
    case companies
}
