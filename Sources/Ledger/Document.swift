import Foundation

/// The kinds of document users create; each posts to the general ledger in its own way.
public enum DocumentKind: String, Sendable, Codable, CaseIterable {
    case invoice
    case bill
    case creditMemo = "credit-memo"
    case vendorCredit = "vendor-credit"
    case customerPayment = "customer-payment"
    case billPayment = "bill-payment"
    case salesReceipt = "sales-receipt"
    case journalEntry = "journal-entry"
    /// Money paid back to a customer out of a credit memo or money left on account.
    case customerRefund = "customer-refund"
    /// Money a vendor pays back out of a vendor credit or a prepayment.
    case vendorRefund = "vendor-refund"
    /// A bank deposit: payments and sales receipts gathered from a clearing account, with other lines such as fees.
    case deposit
    /// Money moved between two of the company's bank and credit-card accounts (a clearing account is emptied by deposits).
    case transfer
    /// A purchase paid at once from a bank account, with no bill to settle: a public body's disbursement of an approved
    /// claim by check or warrant (its number is the check number, its reference the claim).
    case check

    /// "credit memo", for messages.
    public var displayName: String {
        switch self {
        case .invoice: "invoice"
        case .bill: "bill"
        case .creditMemo: "credit memo"
        case .vendorCredit: "vendor credit"
        case .customerPayment: "customer payment"
        case .billPayment: "bill payment"
        case .salesReceipt: "sales receipt"
        case .journalEntry: "journal entry"
        case .customerRefund: "customer refund"
        case .vendorRefund: "vendor refund"
        case .deposit: "deposit"
        case .transfer: "transfer"
        case .check: "check"
        }
    }

    /// "Credit Memo", as the sheets' Type column spells it.
    public var title: String {
        displayName.split(separator: " ").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
    }

    /// The kind of party the document is with, if it has one.
    public var partyKind: PartyKind? {
        switch self {
        case .invoice, .creditMemo, .customerPayment, .salesReceipt, .customerRefund: .customer
        case .bill, .vendorCredit, .billPayment, .vendorRefund, .check: .vendor
        case .journalEntry, .deposit, .transfer: nil
        }
    }

    /// Whether the party is required (a sales receipt may be to a walk-in customer).
    public var requiresParty: Bool { partyKind != nil && self != .salesReceipt }

    /// Documents made of item or account lines with quantity, rate and tax.
    public var hasPricedLines: Bool {
        switch self {
        case .invoice, .bill, .creditMemo, .vendorCredit, .salesReceipt, .check: true
        case .customerPayment, .billPayment, .journalEntry, .customerRefund, .vendorRefund, .deposit, .transfer: false
        }
    }

    /// Payments and refunds: documents that move money by settling other documents (the payments sheet).
    public var isPayment: Bool { isMoneyIn || isMoneyOut }

    /// Refunds pay back credits; payments settle charges (and may use up credits).
    public var isRefund: Bool { self == .customerRefund || self == .vendorRefund }

    /// Money comes into the bank: customer payments and refunds from vendors.
    public var isMoneyIn: Bool { self == .customerPayment || self == .vendorRefund }

    /// Money goes out of the bank: bill payments and refunds to customers.
    public var isMoneyOut: Bool { self == .billPayment || self == .customerRefund }

    /// The documents a payment or refund of this kind may settle. A payment may use up the money an earlier payment
    /// left on account (a credit, like a credit memo); a refund pays back credits only.
    public var settles: [DocumentKind] {
        switch self {
        case .customerPayment: [.invoice, .creditMemo, .customerPayment]
        case .billPayment: [.bill, .vendorCredit, .billPayment]
        case .customerRefund: [.creditMemo, .customerPayment]
        case .vendorRefund: [.vendorCredit, .billPayment]
        default: []
        }
    }

    /// Credit memos and vendor credits reduce what a payment moves; invoices and bills increase it.
    public var isCredit: Bool { self == .creditMemo || self == .vendorCredit }

    /// What a party is owed rather than owes: credits, and money left on account by a payment.
    public var isCreditToParty: Bool { isCredit || self == .customerPayment || self == .billPayment }

    /// Deposits and transfers: documents that only move money between the company's own accounts.
    public var movesOwnMoney: Bool { self == .deposit || self == .transfer }

    /// Whether the document moves money through a bank account chosen on the document (a transfer's is the account the
    /// money leaves; a deposit's the account it goes into).
    public var usesBankAccount: Bool { isPayment || self == .salesReceipt || self == .check || movesOwnMoney }
}

/// Whether a document counts in the books.
public enum DocumentStatus: String, Sendable, Codable {
    case posted, void
}

/// One line of a document. Priced lines carry quantity × rate; journal lines carry a signed amount.
public struct DocumentLine: Hashable, Sendable, Codable {
    public var itemID: Int64?
    /// Where the line posts: income for sales, expense or asset for purchases, any account for journals.
    public var accountID: Int64
    public var description: String
    public var quantity: Decimal?
    public var rate: Decimal?
    /// Minor units. Priced lines: the extended amount, rounded once. Journal lines: debit positive. Deposit lines:
    /// positive brings money into the bank. A transfer's line: positive, what moves.
    public var amount: Int64
    public var taxCodeID: Int64?
    public var classID: Int64?
    public var locationID: Int64?
    /// Journal lines may name a customer or vendor.
    public var partyID: Int64?
    /// In a fund-accounted company, the fund the line is coded to (the document's own fund when blank).
    public var fundID: Int64?

    public init(itemID: Int64? = nil, accountID: Int64, description: String = "", quantity: Decimal? = nil,
                rate: Decimal? = nil, amount: Int64, taxCodeID: Int64? = nil, classID: Int64? = nil,
                locationID: Int64? = nil, partyID: Int64? = nil, fundID: Int64? = nil) {
        self.itemID = itemID
        self.accountID = accountID
        self.description = description
        self.quantity = quantity
        self.rate = rate
        self.amount = amount
        self.taxCodeID = taxCodeID
        self.classID = classID
        self.locationID = locationID
        self.partyID = partyID
        self.fundID = fundID
    }

    /// A priced line whose amount is quantity × rate, rounded half-up to the currency's minor unit.
    public static func priced(itemID: Int64? = nil, accountID: Int64, description: String = "", quantity: Decimal,
                              rate: Decimal, currency: Currency, taxCodeID: Int64? = nil, classID: Int64? = nil,
                              locationID: Int64? = nil, fundID: Int64? = nil) throws(LedgerError) -> DocumentLine {
        let amount = try Money(rounding: quantity * rate, in: currency).minorUnits
        return DocumentLine(itemID: itemID, accountID: accountID, description: description, quantity: quantity,
                            rate: rate, amount: amount, taxCodeID: taxCodeID, classID: classID, locationID: locationID,
                            fundID: fundID)
    }
}

/// A payment's settlement of one invoice, bill or credit: how much of it this payment covers.
public struct Application: Hashable, Sendable, Codable {
    public var targetID: Int64
    public var targetKind: DocumentKind
    public var targetNumber: String
    /// Minor units, positive.
    public var amount: Int64
    /// In a fund-accounted company, the fund whose receivable or payable the target is (filled in from the ledger).
    public var targetFundID: Int64?

    public init(targetID: Int64, targetKind: DocumentKind, targetNumber: String, amount: Int64, targetFundID: Int64? = nil) {
        self.targetID = targetID
        self.targetKind = targetKind
        self.targetNumber = targetNumber
        self.amount = amount
        self.targetFundID = targetFundID
    }
}

/// A document as users see it: header and lines (or, for payments, what it settles). Postings derive from it.
public struct Document: Hashable, Sendable, Codable {
    public var id: Int64?
    public var companyID: Int64
    public var kind: DocumentKind
    public var number: String
    public var partyID: Int64?
    public var date: LocalDate
    public var dueDate: LocalDate?
    public var currency: Currency
    public var memo: String
    /// A second number the document is known by: on a check, the claim (or voucher) it pays. Empty on most documents.
    public var reference: String
    public var status: DocumentStatus
    public var version: Int
    /// Deposit-to account of customer payments and sales receipts; paid-from account of bill payments.
    public var bankAccountID: Int64?
    /// Minor units a payment takes beyond what it settles: a credit left on the customer's (or, for a bill payment,
    /// the vendor's) account, to be applied later by another payment or paid back by a refund. Zero on other documents.
    public var onAccount: Int64
    /// Deposits: other lines (positive brings money in, credited to the line's account; negative, such as a fee, takes
    /// it out). Transfers: one line, the account the money goes to and the amount.
    public var lines: [DocumentLine]
    public var applications: [Application]
    /// What a deposit gathers from clearing accounts. Empty on other documents.
    public var deposited: [DepositedItem]
    /// In a fund-accounted company, the fund whose cash, receivable or payable the document moves; lines coded to other
    /// funds are balanced against it with due-to and due-from postings.
    public var fundID: Int64?

    public init(id: Int64? = nil, companyID: Int64, kind: DocumentKind, number: String, partyID: Int64? = nil,
                date: LocalDate, dueDate: LocalDate? = nil, currency: Currency, memo: String = "", reference: String = "",
                status: DocumentStatus = .posted, version: Int = 1, bankAccountID: Int64? = nil, onAccount: Int64 = 0,
                lines: [DocumentLine] = [], applications: [Application] = [], deposited: [DepositedItem] = [],
                fundID: Int64? = nil) {
        self.id = id
        self.companyID = companyID
        self.kind = kind
        self.number = number
        self.partyID = partyID
        self.date = date
        self.dueDate = dueDate
        self.currency = currency
        self.memo = memo
        self.reference = reference
        self.status = status
        self.version = version
        self.bankAccountID = bankAccountID
        self.onAccount = onAccount
        self.lines = lines
        self.applications = applications
        self.deposited = deposited
        self.fundID = fundID
    }

    /// "invoice INV-1042", for messages.
    public var label: String { "\(kind.displayName) \(number)" }
}
