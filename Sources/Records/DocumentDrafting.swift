import Foundation
import Ledger

/// Turns the rows of one document (invoice or bill lines, payment applications, journal lines) into a draft,
/// collecting every problem rather than stopping at the first.
struct DocumentDrafting {
    let reading: RowReading
    /// Finds documents by number among the kinds a payment settles: (kind, ID) of each match.
    let findDocuments: (_ kinds: [DocumentKind], _ number: String) throws -> [(DocumentKind, Int64)]

    private static let headerFields: [RecordShape: [RecordField]] = [
        .pricedDocuments: [.type, .number, .customer, .vendor, .date, .dueDate, .memo, .reference, .bankAccount, .action,
                           .recordID, .version],
        .payments: [.type, .number, .customer, .vendor, .date, .bankAccount, .memo, .action, .recordID, .version],
        .journalEntries: [.number, .date, .memo, .action, .recordID, .version],
        .deposits: [.type, .number, .date, .bankAccount, .memo, .action, .recordID, .version],
    ]

    /// Each document kind by the key of its name ("creditmemo").
    private static let kinds = Dictionary(DocumentKind.allCases.map { (SheetHeader.key($0.displayName), $0) },
                                          uniquingKeysWith: { first, _ in first })

    func draft(_ group: RowGroup) throws(RowProblems) -> RecordDraft {
        var problems = RowProblems()
        checkHeaderAgreement(group, &problems)
        checkPastedTwice(group, &problems)
        let first = group.first
        let kind = problems.collect(row: first.number) { () throws(RowProblem) -> DocumentKind? in try documentKind(first) }
        let number = first.text(.number) ?? ""
        let identity = problems.collect(row: first.number) { () throws(RowProblem) in try RecordIdentity(first) }
        let isVoid = identity?.isVoid == true
        let date = isVoid ? nil : problems.collect(row: first.number) { () throws(RowProblem) in try first.required(.date, first.date) }
        var document = Document(companyID: reading.directory.company.id, kind: kind ?? .journalEntry, number: number,
                                date: date ?? LocalDate(year: 2000, month: 1, day: 1)!, currency: reading.currency,
                                memo: first.text(.memo) ?? "", reference: first.text(.reference) ?? "")
        // A void finds the document by Type and Record ID; nothing else on its rows matters.
        if let identity, identity.isVoid, kind != nil, problems.isEmpty {
            return RecordDraft(content: .document(document), recordID: identity.recordID, version: identity.version, isVoid: true)
        }
        if let kind {
            document.partyID = problems.collect(row: first.number) { () throws(RowProblem) in try party(of: kind, first) }
            document.dueDate = problems.collect(row: first.number) { () throws(RowProblem) in try first.date(.dueDate) }
            let bank = problems.collect(row: first.number) { () throws(RowProblem) in try bankAccount(of: kind, first) }
            document.bankAccountID = bank?.accountID
            document.fundID = bank?.fundID
            let directory = reading.directory
            document.dueDate = DueDates.resolved(document, party: document.partyID.flatMap(directory.party(id:)), terms: directory.terms(id:))
        }
        var onAccountRow: Int?
        for row in group.rows {
            switch reading.type.shape {
            case .payments where !row.has(.appliedTo):
                if let kind, let amount = problems.collect(row: row.number, { () throws(RowProblem) in try onAccount(of: kind, row) }) {
                    if onAccountRow == nil {
                        document.onAccount = amount
                        onAccountRow = row.number
                    } else {
                        problems.add(row: row.number, .appliedTo, "row \(onAccountRow!) already leaves money on account for this payment; put the whole amount on one row with a blank Applied To, or fill in what this row settles")
                    }
                }
            case .payments:
                if let kind, let application = problems.collect(row: row.number, { () throws(RowProblem) in try application(of: kind, row) }) {
                    document.applications.append(application)
                }
            case .deposits:
                if kind != nil { _ = problems.collect(row: row.number) { () throws(RowProblem) in try addMoneyMovementRow(row, to: &document) } }
            case .journalEntries:
                if let line = problems.collect(row: row.number, { () throws(RowProblem) in try journalLine(row) }) { document.lines.append(line) }
            default:
                if let kind, let line = problems.collect(row: row.number, { () throws(RowProblem) in try pricedLine(of: kind, row) }) {
                    document.lines.append(line)
                }
            }
        }
        guard problems.isEmpty, let identity else { throw problems }
        return RecordDraft(content: .document(document), recordID: identity.recordID, version: identity.version, isVoid: identity.isVoid)
    }

    /// Later rows may repeat the header fields of the first row, but not contradict them.
    private func checkHeaderAgreement(_ group: RowGroup, _ problems: inout RowProblems) {
        let first = group.first
        for row in group.rows.dropFirst() {
            for field in Self.headerFields[reading.type.shape] ?? [] where row.has(field) {
                let agrees: Bool
                if reading.type.column(field)?.format == .date {
                    agrees = (try? row.date(field)) == (try? first.date(field))
                } else if let list = reading.type.column(field)?.list, let name = row.text(field), let firstName = first.text(field),
                          case .success(let id) = reading.directory.id(in: list, named: name),
                          case .success(let firstID) = reading.directory.id(in: list, named: firstName) {
                    agrees = id == firstID  // "1010" and "Operating Account - Chase" are one account
                } else {
                    agrees = row.text(field)?.lowercased() == first.text(field)?.lowercased()
                }
                if !agrees {
                    let column = reading.type.column(field)?.name ?? field.rawValue
                    problems.add(row: row.number, field, "\"\(row.text(field) ?? "")\" contradicts the \(column) of this document's first row (row \(first.number)); make them the same or leave this one blank")
                }
            }
        }
    }

    /// A run of rows that repeats the run just above it, line for line, is a block pasted twice, unless Line IDs tell
    /// the rows apart. Reports the first such run.
    private func checkPastedTwice(_ group: RowGroup, _ problems: inout RowProblems) {
        let rows = group.rows
        guard rows.count >= 2 else { return }
        let headers = Set(Self.headerFields[reading.type.shape] ?? [])
        let fields = reading.type.columns.map(\.field).filter { !headers.contains($0) && !Self.bookkeepingFields.contains($0) }
        let lines = rows.map { row in fields.map { row.text($0)?.lowercased() } + [row.text(.lineID)] }
        for length in 1...(rows.count / 2) {
            for start in 0...(rows.count - 2 * length) where lines[start..<start + length].elementsEqual(lines[start + length..<start + 2 * length]) {
                let copy = rows[start + length].number, last = rows[start + 2 * length - 1].number
                let original = rows[start].number, originalLast = rows[start + length - 1].number
                func span(_ from: Int, _ to: Int) -> String { from == to ? "row \(from)" : "rows \(from)-\(to)" }
                problems.add(row: copy, nil, "\(span(copy, last)) \(copy == last ? "repeats" : "repeat") \(span(original, originalLast)) of this document line for line, as if pasted twice; delete the copy, or give each row its own Line ID if the lines really are there twice")
                return
            }
        }
    }

    /// Columns that say what to do with a row, not what it holds.
    private static let bookkeepingFields: Set<RecordField> = [.post, .action, .recordID, .version, .status, .message, .lineID]

    private func documentKind(_ row: RowValues) throws(RowProblem) -> DocumentKind {
        guard reading.type.shape != .journalEntries else { return .journalEntry }
        if let kind = reading.type.documentKind { return kind }
        let spelled = try row.required(.type, row.choice)
        guard let kind = Self.kinds[SheetHeader.key(spelled)] else {
            throw RowProblem(field: .type, message: "\"\(spelled)\" is not a document type")
        }
        return kind
    }

    /// The customer or vendor, from the column that matches the kind; the other column must be blank.
    private func party(of kind: DocumentKind, _ row: RowValues) throws(RowProblem) -> Int64? {
        guard let partyKind = kind.partyKind else { return nil }
        let (field, list, other): (RecordField, RecordList, RecordField) =
            partyKind == .customer ? (.customer, .customers, .vendor) : (.vendor, .vendors, .customer)
        if row.has(other) {
            throw RowProblem(field: other, message: "\(EnglishText.withArticle(kind.displayName)) is with a \(partyKind.rawValue); clear this column")
        }
        guard let id = try row.id(field, in: list) else {
            if kind.requiresParty { throw RowProblem(field: field, message: "\(EnglishText.withArticle(kind.displayName)) needs a \(partyKind.rawValue)") }
            return nil
        }
        return id
    }

    /// The bank account money moves through and, in a fund-accounted company, the fund its code names (`100-10100`),
    /// whose cash it is: the document's fund.
    private func bankAccount(of kind: DocumentKind, _ row: RowValues) throws(RowProblem) -> (accountID: Int64, fundID: Int64?)? {
        guard kind.usesBankAccount else {
            if row.has(.bankAccount) { throw RowProblem(field: .bankAccount, message: "\(EnglishText.withArticle(kind.displayName)) names no bank account; clear this column") }
            return nil
        }
        return try row.required(.bankAccount) { field throws(RowProblem) in try row.codedAccount(field, in: .bankAccounts) }
    }

    /// An item or account line: Amount is Quantity × Rate; Amount alone is a line of quantity 1. On an exported line
    /// (it has a Record ID) of quantity 1, an Amount that differs from the Rate is the user's edit (the export's Amount
    /// formula typed over) and wins; on a new line the two must agree.
    private func pricedLine(of kind: DocumentKind, _ row: RowValues) throws(RowProblem) -> DocumentLine {
        let itemID = try row.id(.item, in: .items)
        let item = itemID.flatMap(reading.directory.item(id:))
        let sells = kind.partyKind == .customer
        let coded = try row.codedAccount(.account)
        guard let accountID = coded?.accountID ?? (sells ? item?.incomeAccountID : item?.expenseAccountID) else {
            let why = item.map { "item \"\($0.name)\" has no \(sells ? "income" : "expense") account" } ?? "each line needs an Item or an Account"
            throw RowProblem(field: .account, message: "\(why); fill in the Account")
        }
        let quantity = try row.decimal(.quantity)
        let amount = try row.money(.amount)
        var line = DocumentLine(itemID: itemID, accountID: accountID, description: row.text(.description) ?? item?.description ?? "",
                                amount: 0, taxCodeID: try row.id(.taxCode, in: .taxCodes), classID: try row.id(.class, in: .classes),
                                locationID: try row.id(.location, in: .locations), fundID: coded?.fundID)
        let typedRate = try row.decimal(.rate)
        let rateAgrees = typedRate.map { (try? Money(rounding: $0, in: reading.currency).minorUnits) == amount } ?? false
        let amountWins = amount != nil && (quantity ?? 1) == 1 && !rateAgrees && row.has(.recordID)
        if let rate = amountWins ? nil : typedRate ?? (amount == nil ? item?.rate : nil) {
            line.quantity = quantity ?? 1
            line.rate = rate
            do {
                line.amount = try Money(rounding: line.quantity! * rate, in: reading.currency).minorUnits
            } catch {
                throw RowProblem(field: .amount, message: error.description)
            }
            if let amount, amount != line.amount {
                let computed = Money(minorUnits: line.amount, currency: reading.currency).plainText
                throw RowProblem(field: .amount, message: "\(Money(minorUnits: amount, currency: reading.currency).plainText) is not Quantity x Rate (\(computed)); correct one of them or clear the Amount")
            }
        } else {
            guard let amount else { throw RowProblem(field: .amount, message: "give an Amount, or a Rate (and Quantity)") }
            guard quantity == nil || quantity == 1 else { throw RowProblem(field: .rate, message: "with a Quantity other than 1, give the Rate too") }
            line.quantity = 1
            line.rate = Money(minorUnits: amount, currency: reading.currency).decimalValue
            line.amount = amount
        }
        return line
    }

    /// A payment row with a blank Applied To: the amount the payment takes beyond what it settles, left on account.
    private func onAccount(of kind: DocumentKind, _ row: RowValues) throws(RowProblem) -> Int64 {
        guard !kind.isRefund else {
            throw RowProblem(field: .appliedTo, message: "\(EnglishText.withArticle(kind.displayName)) pays back a credit; give the number of the credit memo, vendor credit or payment it refunds")
        }
        let amount = try row.required(.amount, row.money)
        guard amount > 0 else {
            throw RowProblem(field: .amount, message: "what a payment leaves on account must be more than zero; or give the Applied To number this row settles")
        }
        return amount
    }

    /// One settlement: the number of the invoice, bill or credit, and how much of it the payment covers.
    private func application(of kind: DocumentKind, _ row: RowValues) throws(RowProblem) -> Application {
        let number = try row.required(.appliedTo, row.text)
        let amount = try row.required(.amount, row.money)
        guard amount > 0 else { throw RowProblem(field: .amount, message: "the amount applied must be more than zero") }
        let names = EnglishText.list(kind.settles.map(\.displayName), joinedBy: "or")
        let matches: [(DocumentKind, Int64)]
        do {
            matches = try findDocuments(kind.settles, number)
        } catch {
            throw RowProblem(field: .appliedTo, message: "\(error)")
        }
        guard let match = matches.first else {
            throw RowProblem(field: .appliedTo, message: "no \(names) numbered \"\(number)\" in \(reading.directory.company.name)")
        }
        guard matches.count == 1 else {
            throw RowProblem(field: .appliedTo, message: "\(matches.map { EnglishText.withArticle($0.0.displayName) }.joined(separator: " and ")) are numbered \"\(number)\"; pay them with separate payments recorded in the ledger directly")
        }
        return Application(targetID: match.1, targetKind: match.0, targetNumber: number, amount: amount)
    }

    /// A journal line: a Debit or a Credit, not both.
    private func journalLine(_ row: RowValues) throws(RowProblem) -> DocumentLine {
        let coded = try row.required(.account) { field throws(RowProblem) in try row.codedAccount(field) }
        let debit = try row.money(.debit) ?? 0, credit = try row.money(.credit) ?? 0
        guard (debit == 0) != (credit == 0) else {
            throw RowProblem(field: debit == 0 ? .debit : .credit, message: "give a Debit or a Credit on each line, not both and not neither")
        }
        guard debit >= 0, credit >= 0 else { throw RowProblem(field: debit < 0 ? .debit : .credit, message: "write a negative debit as a credit (and a negative credit as a debit)") }
        if row.has(.customer), row.has(.vendor) { throw RowProblem(field: .vendor, message: "a line names a customer or a vendor, not both") }
        let customerID = try row.id(.customer, in: .customers), vendorID = try row.id(.vendor, in: .vendors)
        return DocumentLine(accountID: coded.accountID, description: row.text(.description) ?? "", amount: debit - credit,
                            classID: try row.id(.class, in: .classes), locationID: try row.id(.location, in: .locations),
                            partyID: customerID ?? vendorID, fundID: coded.fundID)
    }
}

/// The record ID, version and action a row gives: an edit or void needs the ID and the version it was exported at.
struct RecordIdentity {
    var recordID: Int64?
    var version: Int?
    var isVoid: Bool

    init(_ row: RowValues) throws(RowProblem) {
        recordID = try row.integer(.recordID).map(Int64.init)
        version = try row.integer(.version)
        isVoid = try row.choice(.action) == "void"
        if isVoid, recordID == nil {
            throw RowProblem(field: .action, message: "to void, keep the Record ID and Version from an export of this record")
        }
        if recordID != nil, version == nil {
            throw RowProblem(field: .version, message: "an edited record needs the Version it was exported at; export it again")
        }
    }
}
