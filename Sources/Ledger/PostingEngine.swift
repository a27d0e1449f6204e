/// What the posting engine needs to know about the company beyond the document itself.
public struct PostingContext: Sendable {
    public var baseCurrency: Currency
    public var receivablesAccountID: Int64?
    public var payablesAccountID: Int64?
    public var taxCodes: [Int64: TaxCode]
    /// Set for a fund-accounted company: every posting gets a fund, and each fund is balanced on its own.
    public var funds: FundAccounting?

    public init(baseCurrency: Currency, receivablesAccountID: Int64?, payablesAccountID: Int64?,
                taxCodes: [Int64: TaxCode], funds: FundAccounting? = nil) {
        self.baseCurrency = baseCurrency
        self.receivablesAccountID = receivablesAccountID
        self.payablesAccountID = payablesAccountID
        self.taxCodes = taxCodes
        self.funds = funds
    }
}

/// The engine's result: the postings, the tax of each line, and the document total.
public struct PostedDocument: Sendable, Equatable {
    public var postings: [Posting]
    /// Tax per line, in line order (zero for untaxed and journal lines).
    public var lineTaxes: [Int64]
    /// Positive: invoice or bill total with tax, payment amount, or journal debits.
    public var total: Int64
}

/// Turns a document into balanced general-ledger postings. The only place postings come from.
///
/// Sales documents (invoice, sales receipt) debit receivables (or the bank) with the total and credit
/// each line's income account and the tax accounts; purchases (bill) mirror that against payables;
/// credit memos and vendor credits reverse their counterparts. Tax posts once per tax code of the document (each
/// component of a combined code apart), to that code's account, marked with the code. Payments move the settled amount
/// between receivables or payables and the bank (refunds the other way). Deposits debit the bank with what they gather
/// from clearing accounts plus their other lines; transfers move one amount between two accounts. Journal entries post
/// their lines as given.
/// In a fund-accounted company each line posts in its fund and the rest (control, bank, tax) in the document's fund,
/// except that a payment settles each document in that document's fund; each fund is then balanced with due-to and
/// due-from postings against the document's fund.
/// A void document posts nothing.
public enum PostingEngine {
    public static func post(_ document: Document, context: PostingContext) throws(LedgerError) -> PostedDocument {
        guard document.currency == context.baseCurrency else {
            throw .foreignCurrency(document.label, document.currency, context.baseCurrency)
        }
        var result: PostedDocument
        if document.kind == .journalEntry {
            result = try journal(document)
        } else if document.kind.isPayment {
            result = try payment(document, context: context)
        } else if document.kind == .deposit {
            result = try deposit(document)
        } else if document.kind == .transfer {
            result = try transfer(document)
        } else {
            result = try priced(document, context: context)
        }
        if let funds = context.funds {
            result.postings = try balancingFunds(result.postings, of: document, with: funds)
        }
        if document.status == .void { result.postings = [] }
        result.postings.removeAll { $0.amount == 0 }
        return result
    }

    private static func priced(_ document: Document, context: PostingContext) throws(LedgerError) -> PostedDocument {
        guard !document.lines.isEmpty else { throw .emptyDocument(document.label) }
        // Sales credit income and debit the control account; purchases the reverse; credits reverse both.
        let isSale = document.kind.partyKind == .customer
        let lineSign: Int64 = (isSale != document.kind.isCredit) ? -1 : 1
        let control: Int64?
        switch document.kind {
        case .invoice, .creditMemo: control = context.receivablesAccountID
        case .bill, .vendorCredit: control = context.payablesAccountID
        default: control = document.bankAccountID
        }
        guard let controlAccountID = control else { throw .missingControlAccount(document.label) }

        var postings: [Posting] = []
        var lineTaxes: [Int64] = []
        var taxByCode: [Int64: Int64] = [:]
        var total: Int64 = 0
        for (index, line) in document.lines.enumerated() {
            var tax: Int64 = 0
            if let taxCodeID = line.taxCodeID {
                for part in try taxParts(of: taxCodeID, document.label, context) {
                    let partTax = try part.tax(on: line.amount, currency: document.currency)
                    taxByCode[part.id] = try add(taxByCode[part.id] ?? 0, partTax)
                    tax = try add(tax, partTax)
                }
            }
            lineTaxes.append(tax)
            total = try add(total, try add(line.amount, tax))
            postings.append(Posting(accountID: line.accountID, date: document.date, amount: lineSign * line.amount,
                                    lineNumber: index + 1, partyID: document.partyID,
                                    classID: line.classID, locationID: line.locationID, taxCodeID: line.taxCodeID,
                                    fundID: line.fundID))
        }
        guard total >= 0 else { throw .negativeTotal(document.label) }
        for (codeID, tax) in taxByCode.sorted(by: { $0.key < $1.key }) {
            postings.append(Posting(accountID: context.taxCodes[codeID]!.accountID!, date: document.date, amount: lineSign * tax,
                                    partyID: document.partyID, taxCodeID: codeID))
        }
        postings.append(Posting(accountID: controlAccountID, date: document.date, amount: -lineSign * total,
                                partyID: document.partyID))
        return PostedDocument(postings: postings, lineTaxes: lineTaxes, total: total)
    }

    /// The simple codes a line's tax code stands for: itself, or a combined code's components, each with its account.
    private static func taxParts(of id: Int64, _ label: String, _ context: PostingContext) throws(LedgerError) -> [TaxCode] {
        guard let code = context.taxCodes[id] else { throw .unknownTaxCode(label, id) }
        var parts: [TaxCode] = []
        for partID in code.isCombined ? code.componentIDs : [id] {
            guard let part = context.taxCodes[partID], part.accountID != nil, !part.isCombined else { throw .unknownTaxCode(label, partID) }
            parts.append(part)
        }
        return parts
    }

    /// Payments move what they settle, plus what they leave on account, between the control account and the bank;
    /// credits they use up (credit memos, earlier payments' money on account) reduce it. Refunds move the credits they
    /// pay back the other way.
    private static func payment(_ document: Document, context: PostingContext) throws(LedgerError) -> PostedDocument {
        guard !document.applications.isEmpty || document.onAccount > 0 else { throw .paymentWithoutApplications(document.label) }
        guard document.onAccount >= 0, !(document.kind.isRefund && document.onAccount != 0) else {
            throw .invalidAmount("\(document.label): money left on account")
        }
        var total = document.onAccount
        for application in document.applications {
            guard application.amount > 0 else { throw .nonPositiveApplication(document.label, application.targetNumber) }
            guard document.kind.settles.contains(application.targetKind) else {
                throw .wrongApplicationTarget(document.label, application.targetKind.displayName, application.targetNumber)
            }
            let usesUpCredit = !document.kind.isRefund && application.targetKind.isCreditToParty
            total = try add(total, usesUpCredit ? -application.amount : application.amount)
        }
        guard total >= 0 else { throw .negativeTotal(document.label) }
        guard let bankAccountID = document.bankAccountID else { throw .missingBankAccount(document.label) }
        guard let controlAccountID = document.kind.partyKind == .customer ? context.receivablesAccountID : context.payablesAccountID else {
            throw .missingControlAccount(document.label)
        }
        let bankSign: Int64 = document.kind.isMoneyIn ? 1 : -1
        var postings = [Posting(accountID: bankAccountID, date: document.date, amount: bankSign * total, partyID: document.partyID)]
        for (fundID, settled) in try settledByFund(document) {
            postings.append(Posting(accountID: controlAccountID, date: document.date, amount: -bankSign * settled,
                                    partyID: document.partyID, fundID: fundID))
        }
        return PostedDocument(postings: postings, lineTaxes: [], total: total)
    }

    private static func journal(_ document: Document) throws(LedgerError) -> PostedDocument {
        guard document.lines.count >= 2 else { throw .emptyDocument(document.label) }
        var debits: Int64 = 0, credits: Int64 = 0
        var postings: [Posting] = []
        for (index, line) in document.lines.enumerated() {
            if line.amount > 0 { debits = try add(debits, line.amount) } else { credits = try add(credits, -line.amount) }
            postings.append(Posting(accountID: line.accountID, date: document.date, amount: line.amount,
                                    lineNumber: index + 1, partyID: line.partyID,
                                    classID: line.classID, locationID: line.locationID, fundID: line.fundID))
        }
        guard debits == credits else {
            throw .unbalancedJournal(document.label, debits: Money(minorUnits: debits, currency: document.currency),
                                     credits: Money(minorUnits: credits, currency: document.currency))
        }
        return PostedDocument(postings: postings, lineTaxes: Array(repeating: 0, count: document.lines.count), total: debits)
    }

    static func add(_ lhs: Int64, _ rhs: Int64) throws(LedgerError) -> Int64 {
        let (sum, overflow) = lhs.addingReportingOverflow(rhs)
        guard !overflow else { throw .amountOutOfRange("\(lhs) + \(rhs)") }
        return sum
    }
}
