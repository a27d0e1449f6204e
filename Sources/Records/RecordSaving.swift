import Ledger
import LedgerStore

/// What posting a row did, as written back into its Status column.
public enum RowStatus: String, Sendable {
    case posted = "Posted", updated = "Updated", voided = "Voided", unchanged = "Unchanged", error = "Error"
}

/// What saving one record did: its status, a message, and the record's ID and version now.
struct SaveOutcome {
    var status: RowStatus
    var message: String
    var kind: RecordKind
    var recordID: Int64
    var version: Int

    var change: RecordChange? {
        switch status {
        case .posted: .posted
        case .updated: .updated
        case .voided: .voided
        case .unchanged, .error: nil
        }
    }
}

/// A record the ledger refuses as the sheet states it, with what to do instead.
struct SaveRefusal: Error, CustomStringConvertible {
    let description: String
}

/// Saves drafts into the ledger idempotently. A record is known by its record ID, or else by company, kind and
/// number (name for customers, vendors, items and the set-up lists; number, else name, for accounts). Posting what the ledger already
/// holds is Unchanged; different content under a known number without its ID is refused, never doubled.
struct RecordSaving {
    let writer: LedgerWriter
    let company: Company

    /// Saves the draft whole or not at all: a change to a stored record in a savepoint, which undoes what it wrote
    /// when it fails midway; a new document without one, as `LedgerWriter.post` checks everything before it writes
    /// and can only fail on its first statement, which SQLite undoes by itself. (A savepoint copies every page a
    /// document touches; a run of new documents would pay that for nothing.)
    func save(_ draft: RecordDraft) throws -> SaveOutcome {
        switch draft.content {
        case .document(let document): try save(document, draft)
        case .party(let party): try writer.atomically { try save(party, draft) }
        case .item(let item): try writer.atomically { try save(item, draft) }
        case .account(let account): try writer.atomically { try save(account, draft) }
        case .taxCode(let code): try writer.atomically { try save(code, draft) }
        case .dimension(let dimension): try writer.atomically { try save(dimension, draft) }
        case .terms(let terms): try writer.atomically { try save(terms, draft) }
        case .budget(let budget): try writer.atomically { try save(budget, draft) }
        }
    }

    // MARK: Documents

    private func save(_ document: Document, _ draft: RecordDraft) throws -> SaveOutcome {
        if let id = draft.recordID {
            return try writer.atomically { try change(document, id: id, draft) }
        }
        if let id = try writer.reader.documentID(companyID: company.id, kind: document.kind, number: document.number),
           let stored = try writer.reader.document(id: id) {
            guard stored.status == .posted else {
                throw SaveRefusal(description: "\(stored.label) was voided; post this one under another number")
            }
            guard Self.sameContent(document, stored) else {
                throw SaveRefusal(description: "\(stored.label) is already in the ledger with different content; to change it, export it (records export --number \(stored.number)), edit the exported rows and post them")
            }
            return outcome(.unchanged, "\(stored.label) is already in the ledger as written", stored)
        }
        let saved = try writer.post(document)
        let lines = document.kind.isPayment ? "\(document.applications.count) applied" : "\(document.lines.count) lines"
        return outcome(.posted, "posted \(saved.document.label): \(lines), total \(money(saved.total))", saved.document)
    }

    /// Voids or replaces the stored document `id`, which the row names by its record ID.
    private func change(_ document: Document, id: Int64, _ draft: RecordDraft) throws -> SaveOutcome {
        guard let stored = try writer.reader.document(id: id), stored.companyID == company.id, stored.kind == document.kind else {
            throw SaveRefusal(description: "Record ID \(id) is not \(EnglishText.withArticle(document.kind.displayName)) of \(company.name); clear Record ID and Version to post this as a new document")
        }
        if draft.isVoid {
            if stored.status == .void { return outcome(.unchanged, "\(stored.label) is already void", stored) }
            let voided = try writer.void(documentID: id, expectedVersion: draft.version ?? 0)
            return outcome(.voided, "voided \(voided.label)", voided)
        }
        guard stored.status == .posted else { throw SaveRefusal(description: "\(stored.label) is void; it cannot be changed") }
        if Self.sameContent(document, stored) { return outcome(.unchanged, "\(stored.label) is already in the ledger as written", stored) }
        var edited = document
        edited.id = id
        edited.version = draft.version ?? 0
        let saved = try writer.replace(edited)
        return outcome(.updated, "updated \(saved.document.label) to version \(saved.document.version); total \(money(saved.total))", saved.document)
    }

    private func outcome(_ status: RowStatus, _ message: String, _ document: Document) -> SaveOutcome {
        SaveOutcome(status: status, message: message, kind: .document, recordID: document.id ?? 0, version: document.version)
    }

    /// Whether the sheet's document says exactly what the stored one does.
    static func sameContent(_ drafted: Document, _ stored: Document) -> Bool {
        // A line named without a fund is in the document's fund, as the ledger stored it.
        let sheet = stored.fundID == nil ? drafted : PostingEngine.resolvingFunds(drafted)
        return sheet.kind == stored.kind && sheet.number == stored.number && sheet.partyID == stored.partyID
            && sheet.date == stored.date && sheet.dueDate == stored.dueDate && sheet.memo == stored.memo
            && sheet.reference == stored.reference && sheet.bankAccountID == stored.bankAccountID
            && pricedAsDrafted(sheet.lines, sheet.currency) == pricedAsDrafted(stored.lines, stored.currency)
            && Set(sheet.applications.map { "\($0.targetID):\($0.amount)" }) == Set(stored.applications.map { "\($0.targetID):\($0.amount)" })
            && sheet.onAccount == stored.onAccount && sameDeposited(sheet.deposited, stored.deposited)
    }

    /// The same documents deposited; a sheet's blank amount (zero) stands for the whole one the ledger holds.
    private static func sameDeposited(_ sheet: [DepositedItem], _ stored: [DepositedItem]) -> Bool {
        let storedAmounts = Dictionary(stored.map { ($0.documentID, $0.amount) }, uniquingKeysWith: { first, _ in first })
        return sheet.count == stored.count && sheet.allSatisfy { item in
            storedAmounts[item.documentID].map { item.amount == 0 || item.amount == $0 } ?? false
        }
    }

    /// Lines as a sheet drafts them: a priced line stored with an amount but no quantity or rate (written by another
    /// program) reads back from an export as Amount alone, which is quantity 1 at that amount. Both sides of a
    /// comparison go through this, so journal lines, which have neither, still compare as they are.
    private static func pricedAsDrafted(_ lines: [DocumentLine], _ currency: Currency) -> [DocumentLine] {
        lines.map { line in
            guard line.quantity == nil, line.rate == nil else { return line }
            var line = line
            line.quantity = 1
            line.rate = Money(minorUnits: line.amount, currency: currency).decimalValue
            return line
        }
    }

    private func money(_ minorUnits: Int64) -> String {
        Money(minorUnits: minorUnits, currency: company.baseCurrency).description
    }

    // MARK: Reference records

    private func save(_ party: Party, _ draft: RecordDraft) throws -> SaveOutcome {
        let kind: RecordKind = party.kind == .customer ? .customer : .vendor
        let stored = try storedRecord(draft, what: "a \(party.kind.rawValue)", byID: writer.reader.party(id:),
                                  isOurs: { $0.companyID == company.id && $0.kind == party.kind }) {
            try writer.reader.party(companyID: company.id, kind: party.kind, named: party.name)
        }
        let label = "\(party.kind.rawValue) \"\(party.name)\""
        guard let stored else {
            let added = try writer.addParty(party)
            return SaveOutcome(status: .posted, message: "added \(label)", kind: kind, recordID: added.id, version: added.version)
        }
        var edited = party
        edited.id = stored.id
        edited.version = stored.version
        let unstated = draft.unstated
        if unstated.contains(.groupCompany) { edited.intercompanyCompanyID = stored.intercompanyCompanyID }
        if unstated.contains(.email) { edited.email = stored.email }
        if unstated.contains(.phone) { edited.phone = stored.phone }
        if unstated.contains(.billingAddress) { edited.billingAddress = stored.billingAddress }
        if unstated.contains(.taxID) { edited.taxID = stored.taxID }
        if unstated.contains(.terms) { edited.termsID = stored.termsID }
        if unstated.contains(.parent) { edited.parentID = stored.parentID }
        if unstated.contains(.active) { edited.isActive = stored.isActive }
        return try saveEdit(of: label, same: edited == stored, draft: draft, kind: kind, id: stored.id, version: stored.version) {
            edited.version = party.version
            return try writer.updateParty(edited).version
        }
    }

    private func save(_ item: Item, _ draft: RecordDraft) throws -> SaveOutcome {
        let stored = try storedRecord(draft, what: "an item", byID: writer.reader.item(id:), isOurs: { $0.companyID == company.id }) {
            try writer.reader.item(companyID: company.id, named: item.name)
        }
        let label = "item \"\(item.name)\""
        guard let stored else {
            let added = try writer.addItem(item)
            return SaveOutcome(status: .posted, message: "added \(label)", kind: .item, recordID: added.id, version: added.version)
        }
        var comparable = item
        comparable.id = stored.id
        comparable.version = stored.version
        comparable.revenueRecognitionMonths = stored.revenueRecognitionMonths
        if draft.unstated.contains(.active) { comparable.isActive = stored.isActive }
        return try saveEdit(of: label, same: comparable == stored, draft: draft, kind: .item, id: stored.id, version: stored.version) {
            var edited = comparable
            edited.version = item.version
            return try writer.updateItem(edited).version
        }
    }

    private func save(_ account: Account, _ draft: RecordDraft) throws -> SaveOutcome {
        let stored = try storedRecord(draft, what: "an account", byID: writer.reader.account(id:), isOurs: { $0.companyID == company.id }) {
            try writer.reader.account(companyID: company.id, number: account.number, name: account.name)
        }
        let label = "account \"\(account.label)\""
        guard let stored else {
            let added = try writer.addAccount(companyID: company.id, number: account.number, name: account.name, type: account.type,
                                              parentID: account.parentID, groupCode: account.groupCode, isIntercompany: account.isIntercompany,
                                              isActive: account.isActive)
            return SaveOutcome(status: .posted, message: "added \(label)", kind: .account, recordID: added.id, version: added.version)
        }
        var comparable = account
        comparable.id = stored.id
        comparable.version = stored.version
        if draft.unstated.contains(.active) { comparable.isActive = stored.isActive }
        if draft.unstated.contains(.parent) { comparable.parentID = stored.parentID }
        if draft.unstated.contains(.intercompany) { comparable.isIntercompany = stored.isIntercompany }
        return try saveEdit(of: label, same: comparable == stored, draft: draft, kind: .account, id: stored.id, version: stored.version) {
            var edited = comparable
            edited.version = account.version
            return try writer.updateAccount(edited).version
        }
    }

    private func save(_ code: TaxCode, _ draft: RecordDraft) throws -> SaveOutcome {
        let stored = try storedRecord(draft, among: try writer.books(companyID: company.id).taxCodes, id: \.id, name: \.name,
                                      named: code.name, what: "a tax code")
        let label = "tax code \"\(code.name)\""
        guard let stored else {
            let added = try writer.addTaxCode(code)
            return SaveOutcome(status: .posted, message: "added \(label) (\(DecimalText.format(added.ratePercent)) %)", kind: .taxCode,
                               recordID: added.id, version: added.version)
        }
        var edited = code
        edited.id = stored.id
        edited.version = stored.version
        if edited.isCombined { edited.ratePercent = stored.ratePercent }
        if draft.unstated.contains(.agency) { edited.agencyID = stored.agencyID }
        if draft.unstated.contains(.active) { edited.isActive = stored.isActive }
        return try saveEdit(of: label, same: edited == stored, draft: draft, kind: .taxCode, id: stored.id, version: stored.version) {
            edited.version = code.version
            return try writer.updateTaxCode(edited).version
        }
    }

    private func save(_ dimension: TrackingDimension, _ draft: RecordDraft) throws -> SaveOutcome {
        let what = dimension.kind.rawValue
        let stored = try storedRecord(draft, among: try writer.books(companyID: company.id).dimensions.filter { $0.kind == dimension.kind },
                                      id: \.id, name: \.name, named: dimension.name, what: "a \(what)")
        let label = "\(what) \"\(dimension.name)\""
        let kind: RecordKind = dimension.kind == .class ? .class : .location
        guard let stored else {
            let added = try writer.addDimension(dimension)
            return SaveOutcome(status: .posted, message: "added \(label)", kind: kind, recordID: added.id, version: added.version)
        }
        var edited = dimension
        edited.id = stored.id
        edited.version = stored.version
        if draft.unstated.contains(.parent) { edited.parentID = stored.parentID }
        if draft.unstated.contains(.active) { edited.isActive = stored.isActive }
        return try saveEdit(of: label, same: edited == stored, draft: draft, kind: kind, id: stored.id, version: stored.version) {
            edited.version = dimension.version
            return try writer.updateDimension(edited).version
        }
    }

    private func save(_ terms: PaymentTerms, _ draft: RecordDraft) throws -> SaveOutcome {
        let stored = try storedRecord(draft, among: try writer.books(companyID: company.id).terms, id: \.id, name: \.name,
                                      named: terms.name, what: "payment terms")
        let label = "payment terms \"\(terms.name)\""
        guard let stored else {
            let added = try writer.addTerms(terms)
            return SaveOutcome(status: .posted, message: "added \(label)", kind: .terms, recordID: added.id, version: added.version)
        }
        var edited = terms
        edited.id = stored.id
        edited.version = stored.version
        if draft.unstated.contains(.active) { edited.isActive = stored.isActive }
        return try saveEdit(of: label, same: edited == stored, draft: draft, kind: .terms, id: stored.id, version: stored.version) {
            edited.version = terms.version
            return try writer.updateTerms(edited).version
        }
    }

    /// The stored record a row stands for: the one its Record ID names (which must be among `all`), else the one with
    /// its name (any case), else none, and the row adds a record.
    private func storedRecord<Record>(_ draft: RecordDraft, among all: [Record], id: KeyPath<Record, Int64>,
                                      name: KeyPath<Record, String>, named wanted: String, what: String) throws -> Record? {
        if let recordID = draft.recordID {
            guard let found = all.first(where: { $0[keyPath: id] == recordID }) else { throw notFound(recordID, what) }
            return found
        }
        return all.first { $0[keyPath: name].caseInsensitiveCompare(wanted) == .orderedSame }
    }

    /// The stored record a row stands for, read from the ledger: the one its Record ID names (which `isOurs` must
    /// find this company's), else the one `byName` finds, else none, and the row adds a record.
    private func storedRecord<Record>(_ draft: RecordDraft, what: String, byID: (Int64) throws -> Record?,
                                      isOurs: (Record) -> Bool, byName: () throws -> Record?) throws -> Record? {
        guard let id = draft.recordID else { return try byName() }
        guard let found = try byID(id), isOurs(found) else { throw notFound(id, what) }
        return found
    }

    private func notFound(_ id: Int64, _ what: String) -> SaveRefusal {
        SaveRefusal(description: "Record ID \(id) is not \(what) of \(company.name); clear Record ID and Version to add this as new")
    }

    /// Unchanged when the content is the same; an edit when the row carries the record ID; else refused, because a
    /// new row must not silently overwrite a record someone else keeps.
    private func saveEdit(of label: String, same: Bool, draft: RecordDraft, kind: RecordKind, id: Int64, version: Int,
                          update: () throws -> Int) throws -> SaveOutcome {
        if same { return SaveOutcome(status: .unchanged, message: "\(label) is already in the ledger as written", kind: kind, recordID: id, version: version) }
        guard draft.recordID != nil else {
            throw SaveRefusal(description: "\(label) is already in the ledger with different details; to change it, export it, edit the exported row and post it")
        }
        let newVersion = try update()
        return SaveOutcome(status: .updated, message: "updated \(label) to version \(newVersion)", kind: kind, recordID: id, version: newVersion)
    }
}
