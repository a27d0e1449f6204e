import Ledger

/// Checks that a document's references belong to its company and make sense for its kind, and that it names no
/// inactive record that the document it replaces (if any) did not already name: inactive names stay in history but
/// are refused on new lines. The arithmetic rules (balance, totals) are the posting engine's.
struct DocumentValidation {
    let books: CompanyBooks
    /// The stored version of a document being edited.
    let stored: Document?

    func check(_ document: Document) throws {
        // For messages only: made when one is thrown.
        var label: String { document.label }
        guard !document.number.isEmpty else { throw StoreError.invalid("\(EnglishText.withArticle(document.kind.displayName)) needs a number") }
        if let partyKind = document.kind.partyKind {
            if let partyID = document.partyID {
                guard let party = books.partiesByID[partyID], party.kind == partyKind else {
                    throw StoreError.invalid("\(label): party #\(partyID) is not a \(partyKind.rawValue) of \(books.company.name)")
                }
                guard party.isActive || stored?.partyID == partyID else {
                    throw StoreError.inactive(place: label, what: partyKind.rawValue, name: party.name, sheet: "\(partyKind.rawValue)s")
                }
            } else if document.kind.requiresParty {
                throw StoreError.invalid("\(label) needs a \(partyKind.rawValue)")
            }
        } else if document.partyID != nil {
            throw StoreError.invalid("\(label): a journal entry names customers or vendors on its lines, not its header")
        }
        if let dueDate = document.dueDate, dueDate < document.date {
            throw StoreError.invalid("\(label): due date \(dueDate) is before the document date \(document.date)")
        }
        if document.kind.usesBankAccount {
            guard let bankID = document.bankAccountID, let bank = books.accountsByID[bankID] else {
                throw StoreError.ledger(.missingBankAccount(label))
            }
            guard bank.type.movesMoney else {
                throw StoreError.invalid("\(label): \"\(bank.label)\" is \(EnglishText.withArticle(bank.type.displayName.lowercased())) account; money moves through a bank, credit card or clearing account (such as Undeposited Funds)")
            }
            if bank.type == .clearing, document.kind.isMoneyOut || document.kind == .transfer || document.kind == .check {
                throw StoreError.invalid("\(label): money leaves \"\(bank.label)\", a clearing account, only by a deposit (Type Deposit on the deposits-and-transfers sheet), which takes out each payment held there once; \(document.kind == .transfer ? "transfer between bank and credit-card accounts" : "pay from a bank or credit-card account")")
            }
            if document.kind == .deposit, bank.type == .clearing {
                throw StoreError.invalid("\(label): a deposit takes money out of a clearing account into the bank; \"\(bank.label)\" is itself a clearing account, so choose the bank account it goes into")
            }
        } else if document.bankAccountID != nil {
            throw StoreError.invalid("\(label): only payments, refunds, sales receipts, checks, deposits and transfers name a bank account")
        }
        guard document.deposited.isEmpty || document.kind == .deposit else {
            throw StoreError.invalid("\(label): only a deposit gathers payments and sales receipts")
        }
        if document.kind == .transfer, let line = document.lines.first, let to = books.accountsByID[line.accountID] {
            guard to.type == .bank || to.type == .creditCard else {
                let why = to.type == .clearing ? "payments reach a clearing account by being received into it, not by a transfer"
                    : "record other movements as a journal entry"
                throw StoreError.invalid("\(label): \"\(to.label)\" is \(EnglishText.withArticle(to.type.displayName.lowercased())) account; a transfer moves money to a bank or credit-card account (\(why))")
            }
        }
        if document.kind.isPayment {
            guard document.lines.isEmpty else { throw StoreError.invalid("\(label): a payment settles documents; it has no lines") }
        } else {
            guard document.onAccount == 0 else { throw StoreError.invalid("\(label): only a payment leaves money on account") }
            guard document.applications.isEmpty else { throw StoreError.invalid("\(label): only payments settle other documents") }
        }
        try checkFund(document.fundID, place: label, storedFund: stored?.fundID)
        for (index, line) in document.lines.enumerated() {
            try check(line, number: index + 1, of: document)
        }
    }

    /// A fund-accounted company's documents name its own funds (an inactive one only where the stored version did);
    /// other companies' name none.
    private func checkFund(_ fundID: Int64?, place: @autoclosure () -> String, storedFund: Int64?) throws {
        guard let fundID else { return }
        guard books.company.isFundAccounted else {
            throw StoreError.invalid("\(place()): \(books.company.name) does not keep its books by fund; leave the fund out")
        }
        guard let fund = books.fundsByID[fundID] else {
            throw StoreError.notInCompany(place: place(), what: "fund", id: fundID, company: books.company.name)
        }
        guard fund.isActive || storedFund == fundID else {
            throw StoreError.inactive(place: place(), what: "fund", name: fund.label, sheet: "funds")
        }
    }

    private func check(_ line: DocumentLine, number: Int, of document: Document) throws {
        // For messages only: made when one is thrown.
        var place: String { "\(document.label), line \(number)" }
        guard let account = books.accountsByID[line.accountID] else {
            throw StoreError.notInCompany(place: place, what: "account", id: line.accountID, company: books.company.name)
        }
        let storedLines = stored?.lines ?? []
        guard account.isActive || storedLines.contains(where: { $0.accountID == line.accountID }) else {
            throw StoreError.inactive(place: place, what: "account", name: account.label, sheet: "accounts")
        }
        if account.type == .accountsReceivable || account.type == .accountsPayable {
            throw StoreError.invalid("\(place): \"\(account.label)\" is a control account that only invoices, bills, credits and payments post to; use one of those documents")
        }
        if let itemID = line.itemID {
            guard let item = books.itemsByID[itemID] else { throw StoreError.notInCompany(place: place, what: "item", id: itemID, company: books.company.name) }
            guard item.isActive || storedLines.contains(where: { $0.itemID == itemID }) else {
                throw StoreError.inactive(place: place, what: "item", name: item.name, sheet: "items")
            }
        }
        if let taxCodeID = line.taxCodeID {
            guard document.kind.hasPricedLines else { throw StoreError.invalid("\(place): journal lines carry no tax code") }
            guard let code = books.context.taxCodes[taxCodeID] else { throw StoreError.ledger(.unknownTaxCode(document.label, taxCodeID)) }
            guard code.isActive || storedLines.contains(where: { $0.taxCodeID == taxCodeID }) else {
                throw StoreError.inactive(place: place, what: "tax code", name: code.name, sheet: "tax codes")
            }
        }
        for (id, kind) in [(line.classID, DimensionKind.class), (line.locationID, .location)] {
            guard let id else { continue }
            guard let dimension = books.dimensionsByID[id], dimension.kind == kind else {
                throw StoreError.notInCompany(place: place, what: kind.rawValue, id: id, company: books.company.name)
            }
            let used = storedLines.contains { (kind == .class ? $0.classID : $0.locationID) == id }
            guard dimension.isActive || used else {
                throw StoreError.inactive(place: place, what: kind.rawValue, name: dimension.name, sheet: kind == .class ? "classes" : "locations")
            }
        }
        let storedFund = storedLines.lazy.compactMap(\.fundID).first { $0 == line.fundID }
        try checkFund(line.fundID, place: place, storedFund: storedFund)
        if document.kind.movesOwnMoney, line.itemID != nil {
            throw StoreError.invalid("\(place): \(EnglishText.withArticle(document.kind.displayName))'s lines name accounts, not items")
        }
        if let partyID = line.partyID {
            guard document.kind == .journalEntry else { throw StoreError.invalid("\(place): only journal lines name a party") }
            guard books.partiesByID[partyID] != nil else {
                throw StoreError.notInCompany(place: place, what: "customer or vendor", id: partyID, company: books.company.name)
            }
        }
    }
}
