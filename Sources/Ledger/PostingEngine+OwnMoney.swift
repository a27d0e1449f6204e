extension PostingEngine {
    /// A deposit credits each gathered document's clearing account with its amount and each other line's account with
    /// the line's amount (a fee, negative, is a debit), and debits the bank with the sum, which must be positive.
    static func deposit(_ document: Document) throws(LedgerError) -> PostedDocument {
        guard !document.deposited.isEmpty || !document.lines.isEmpty else { throw .emptyDocument(document.label) }
        guard let bankAccountID = document.bankAccountID else { throw .missingBankAccount(document.label) }
        var postings: [Posting] = []
        var total: Int64 = 0
        for item in document.deposited {
            guard item.amount > 0 else { throw .nonPositiveApplication(document.label, item.number) }
            total = try add(total, item.amount)
            postings.append(Posting(accountID: item.clearingAccountID, date: document.date, amount: -item.amount, fundID: item.fundID))
        }
        for (index, line) in document.lines.enumerated() {
            total = try add(total, line.amount)
            postings.append(Posting(accountID: line.accountID, date: document.date, amount: -line.amount, lineNumber: index + 1,
                                    partyID: line.partyID, classID: line.classID, locationID: line.locationID,
                                    fundID: line.fundID))
        }
        guard total > 0 else { throw .depositNotPositive(document.label) }
        postings.insert(Posting(accountID: bankAccountID, date: document.date, amount: total), at: 0)
        return PostedDocument(postings: postings, lineTaxes: Array(repeating: 0, count: document.lines.count), total: total)
    }

    /// A transfer credits the account the money leaves (the document's bank account) and debits its one line's account.
    static func transfer(_ document: Document) throws(LedgerError) -> PostedDocument {
        guard let fromAccountID = document.bankAccountID else { throw .missingBankAccount(document.label) }
        guard document.lines.count == 1, let line = document.lines.first else { throw .transferNeedsOneLine(document.label) }
        guard line.amount > 0 else { throw .nonPositiveApplication(document.label, "the transfer") }
        guard line.accountID != fromAccountID else { throw .transferToItself(document.label) }
        let postings = [
            Posting(accountID: fromAccountID, date: document.date, amount: -line.amount),
            Posting(accountID: line.accountID, date: document.date, amount: line.amount, lineNumber: 1,
                    classID: line.classID, locationID: line.locationID, fundID: line.fundID),
        ]
        return PostedDocument(postings: postings, lineTaxes: [0], total: line.amount)
    }
}
