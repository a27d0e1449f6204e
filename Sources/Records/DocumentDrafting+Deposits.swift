import Ledger

extension DocumentDrafting {
    /// One row of a deposit or transfer, added to `document`: a deposited payment or sales receipt, a deposit's fee or
    /// other line, or a transfer's one line.
    func addMoneyMovementRow(_ row: RowValues, to document: inout Document) throws(RowProblem) {
        if document.kind == .transfer {
            guard document.lines.isEmpty else {
                throw RowProblem(field: .number, message: "a transfer is one row; give this row its own Number to make another transfer")
            }
            for field in [RecordField.deposited, .account] where row.has(field) {
                throw RowProblem(field: field, message: "a transfer names only the account the money goes into (Transfer To); clear this column")
            }
            let to = try row.required(.transferTo) { field throws(RowProblem) in try row.codedAccount(field, in: .bankAccounts) }
            let amount = try row.required(.amount, row.money)
            guard amount > 0 else { throw RowProblem(field: .amount, message: "a transfer moves more than zero; to move money the other way, swap Bank Account and Transfer To") }
            document.lines.append(DocumentLine(accountID: to.accountID, description: row.text(.description) ?? "", amount: amount,
                                               classID: try row.id(.class, in: .classes), locationID: try row.id(.location, in: .locations),
                                               fundID: to.fundID))
            return
        }
        if row.has(.transferTo) {
            throw RowProblem(field: .transferTo, message: "a deposit goes into its Bank Account; clear Transfer To (or make the row a Transfer)")
        }
        if let reference = row.text(.deposited) {
            if row.has(.account) {
                throw RowProblem(field: .account, message: "a deposited payment comes out of the clearing account it was put in; clear the Account, or put the other line on a row of its own")
            }
            let amount = try row.money(.amount) ?? 0
            guard amount >= 0 else { throw RowProblem(field: .amount, message: "a deposited payment is deposited whole; leave the Amount blank or give its whole amount") }
            document.deposited.append(try deposited(reference, amount: amount))
        } else {
            let coded = try row.required(.account) { field throws(RowProblem) in try row.codedAccount(field) }
            let amount = try row.required(.amount, row.money)
            guard amount != 0 else { throw RowProblem(field: .amount, message: "give the line's Amount: negative for a fee, positive for other money deposited") }
            document.lines.append(DocumentLine(accountID: coded.accountID, description: row.text(.description) ?? "", amount: amount,
                                               classID: try row.id(.class, in: .classes), locationID: try row.id(.location, in: .locations),
                                               fundID: coded.fundID))
        }
    }

    /// The payment, sales receipt or vendor refund a Deposited cell names: a number, or a kind and a number
    /// ("Sales Receipt 1042") where two kinds share it. The ledger fills in its clearing account and checks it.
    private func deposited(_ reference: String, amount: Int64) throws(RowProblem) -> DepositedItem {
        var kinds = DepositedItem.depositableKinds
        var number = reference
        if let kind = kinds.first(where: { reference.lowercased().hasPrefix($0.displayName + " ") }) {
            kinds = [kind]
            number = String(reference.dropFirst(kind.displayName.count)).trimmingSpaces()
        }
        let matches: [(DocumentKind, Int64)]
        do {
            matches = try findDocuments(kinds, number)
        } catch {
            throw RowProblem(field: .deposited, message: "\(error)")
        }
        guard let match = matches.first else {
            throw RowProblem(field: .deposited, message: "no \(EnglishText.list(kinds.map(\.displayName), joinedBy: "or")) numbered \"\(number)\" in \(reading.directory.company.name)")
        }
        guard matches.count == 1 else {
            let spelled = matches.map { "\"\($0.0.title) \(number)\"" }
            throw RowProblem(field: .deposited, message: "\(matches.map { EnglishText.withArticle($0.0.displayName) }.joined(separator: " and ")) are numbered \"\(number)\"; write \(EnglishText.list(spelled, joinedBy: "or"))")
        }
        return DepositedItem(documentID: match.1, kind: match.0, number: number, clearingAccountID: 0, amount: amount)
    }
}
