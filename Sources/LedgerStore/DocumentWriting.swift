import Foundation
import GRDB
import Ledger

/// A document as written: with its ID and version, and the total the posting engine derived.
public struct SavedDocument: Sendable {
    public let document: Document
    public let total: Int64
}

extension LedgerWriter {
    /// Validates a new document, derives its postings and writes both. Returns it with its ID.
    ///
    /// Everything is checked before the first write, and only that first statement can fail (on a duplicate number),
    /// which SQLite undoes by itself: a post that throws leaves the ledger as it was, without the cost of a savepoint.
    /// Keep it so; `records post` relies on it.
    @discardableResult
    public func post(_ document: Document) throws -> SavedDocument {
        guard document.id == nil else { throw StoreError.invalid("\(document.label) already has an ID; replace it instead of posting it again") }
        var document = document
        document.number = document.number.trimmingSpaces()
        document.version = 1
        document.status = .posted
        let posted = try prepare(&document, replacing: nil)
        do {
            var insert = try DirectInsert("""
                INSERT INTO documents (company_id, kind, number, party_id, date, due_date, currency, memo, status,
                                       version, bank_account_id, on_account, total, fund_id, reference)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, in: db)
            insert.bind(document.companyID)
            insert.bind(document.kind.rawValue)
            insert.bind(document.number)
            insert.bind(document.partyID)
            insert.bind(document.date.description)
            insert.bind(document.dueDate?.description)
            insert.bind(document.currency.code)
            insert.bind(document.memo)
            insert.bind(document.status.rawValue)
            insert.bind(document.version)
            insert.bind(document.bankAccountID)
            insert.bind(document.onAccount)
            insert.bind(posted.total)
            insert.bind(document.fundID)
            insert.bind(document.reference)
            try insert.execute()
        } catch let error as DatabaseError where error.resultCode == .SQLITE_CONSTRAINT {
            throw StoreError.duplicateDocument(label: document.label, company: try books(companyID: document.companyID).company.name)
        }
        document.id = db.lastInsertedRowID
        try writeDetails(of: document, posted: posted)
        try audit(document, action: "created", previous: nil)
        return SavedDocument(document: document, total: posted.total)
    }

    /// Replaces a posted document with an edited version: same ID, kind and company, and the version the
    /// editor started from. Its old lines, applications and postings are replaced, never left behind.
    @discardableResult
    public func replace(_ document: Document) throws -> SavedDocument {
        guard let id = document.id, let stored = try reader.document(id: id) else {
            throw StoreError.invalid("\(document.label) does not exist; post it as a new document")
        }
        try checkEditable(stored, expectedVersion: document.version, action: "edit")
        guard stored.kind == document.kind, stored.companyID == document.companyID else {
            throw StoreError.invalid("\(stored.label) cannot change its kind or company; void it and post a new document")
        }
        var document = document
        document.number = document.number.trimmingSpaces()
        document.status = .posted
        document.version = stored.version + 1
        let posted = try prepare(&document, replacing: stored)
        let applied = try appliedByPayments(to: id)
        if applied > 0 {
            if document.kind.isPayment {
                guard document.onAccount >= applied else {
                    throw StoreError.invalid("\(document.label): later payments or refunds already use \(money(applied, document)) of what it left on account; it cannot leave less than that")
                }
            } else {
                guard posted.total >= applied else {
                    throw StoreError.invalid("\(document.label): payments already settle \(money(applied, document)); its total cannot drop to \(money(posted.total, document))")
                }
            }
            guard document.partyID == stored.partyID else {
                throw StoreError.invalid("\(document.label) has payments applied; it cannot move to another \(document.kind.partyKind?.rawValue ?? "party")")
            }
            if let earliest = try String.fetchOne(db, sql: """
                SELECT p.number || ' (' || p.date || ')' FROM applications a JOIN documents p ON p.id = a.payment_id
                WHERE a.target_id = ? AND p.date < ? ORDER BY p.date LIMIT 1
                """, arguments: [id, document.date.description]) {
                throw StoreError.invalid("\(document.label) is settled by \(earliest), dated before \(document.date); it cannot be dated after what settles it")
            }
        }
        if let deposit = try depositHolding(id) {
            let storedTotal = try Int64.fetchOne(db, sql: "SELECT total FROM documents WHERE id = ?", arguments: [id]) ?? 0
            guard posted.total == storedTotal, document.bankAccountID == stored.bankAccountID, document.date <= deposit.date else {
                throw StoreError.invalid("\(document.label) is in deposit \(deposit.number); its amount, account and date stay as deposited (void or edit the deposit first)")
            }
        }
        try deleteDetails(of: id)
        do {
            try db.execute(sql: """
                UPDATE documents SET company_id = ?, kind = ?, number = ?, party_id = ?, date = ?, due_date = ?, currency = ?,
                    memo = ?, status = ?, version = ?, bank_account_id = ?, on_account = ?, total = ?, fund_id = ?,
                    reference = ? WHERE id = ?
                """, arguments: headerArguments(document, total: posted.total) + [id])
        } catch let error as DatabaseError where error.resultCode == .SQLITE_CONSTRAINT {
            throw StoreError.duplicateDocument(label: document.label, company: try books(companyID: document.companyID).company.name)
        }
        try writeDetails(of: document, posted: posted)
        try audit(document, action: "updated", previous: stored)
        return SavedDocument(document: document, total: posted.total)
    }

    /// Voids a document: it stays, with its lines, but posts nothing, settles nothing and deposits nothing.
    @discardableResult
    public func void(documentID: Int64, expectedVersion: Int) throws -> Document {
        guard var document = try reader.document(id: documentID) else { throw StoreError.noSuchRecord(what: "document", id: documentID, scope: nil) }
        let previous = document
        try checkEditable(document, expectedVersion: expectedVersion, action: "void")
        let payments = try String.fetchAll(db, sql: """
            SELECT p.number FROM applications a JOIN documents p ON p.id = a.payment_id WHERE a.target_id = ? ORDER BY p.number
            """, arguments: [documentID])
        if !payments.isEmpty {
            let settled = document.kind.isPayment ? ": what it left on account is used by" : " is settled by"
            throw StoreError.invalid("\(document.label)\(settled) \(payments.joined(separator: ", ")); void or edit that first")
        }
        if let deposit = try depositHolding(documentID) {
            throw StoreError.invalid("\(document.label) is in deposit \(deposit.number); void or edit that first")
        }
        for table in ["postings WHERE document_id", "applications WHERE payment_id", "deposit_items WHERE deposit_id"] {
            try db.execute(sql: "DELETE FROM \(table) = ?", arguments: [documentID])
        }
        document.status = .void
        document.version += 1
        document.applications = []
        document.deposited = []
        try db.execute(sql: "UPDATE documents SET status = 'void', version = ? WHERE id = ?", arguments: [document.version, documentID])
        try audit(document, action: "voided", previous: previous)
        return document
    }

    /// Gives a blank due date the party's terms, validates references and applications, then runs the posting engine.
    private func prepare(_ document: inout Document, replacing stored: Document?) throws -> PostedDocument {
        let books = try books(companyID: document.companyID)
        document.dueDate = DueDates.resolved(document, party: document.partyID.flatMap { books.partiesByID[$0] }) { books.termsByID[$0] }
        try DocumentValidation(books: books, stored: stored).check(document)
        document.applications = try resolvedApplications(of: document, books: books)
        document.deposited = try resolvedDeposits(of: document, books: books)
        if books.company.isFundAccounted { document = PostingEngine.resolvingFunds(document) }
        do {
            return try PostingEngine.post(document, context: books.context)
        } catch {
            throw StoreError.ledger(error)
        }
    }

    /// Replaces each application's kind and number with the stored truth and checks it against the open balance.
    private func resolvedApplications(of document: Document, books: CompanyBooks) throws -> [Application] {
        var seen = Set<Int64>()
        return try document.applications.map { application in
            guard seen.insert(application.targetID).inserted else {
                throw StoreError.invalid("\(document.label) applies to \(application.targetNumber) twice; combine the amounts")
            }
            guard let row = try Row.fetchOne(db, sql: """
                SELECT d.company_id, d.kind, d.number, d.party_id, d.status, d.date, d.fund_id, \(OpenItems.openingAmount) AS opened,
                       COALESCE((SELECT SUM(amount) FROM applications WHERE target_id = d.id AND payment_id IS NOT ?), 0) AS applied
                FROM documents d WHERE d.id = ?
                """, arguments: [document.id, application.targetID]),
                  row["company_id"] as Int64 == document.companyID,
                  let kind = DocumentKind(rawValue: row["kind"]) else {
                throw StoreError.invalid("\(document.label) applies to \(application.targetNumber), which is not a document of \(books.company.name)")
            }
            let target = "\(kind.displayName) \(row["number"] as String)"
            guard document.kind.settles.contains(kind) else {
                throw StoreError.ledger(.wrongApplicationTarget(document.label, kind.displayName, row["number"]))
            }
            guard row["status"] as String == DocumentStatus.posted.rawValue else {
                throw StoreError.invalid("\(document.label) applies to \(target), which is void")
            }
            guard row["party_id"] as Int64? == document.partyID else {
                throw StoreError.invalid("\(document.label) applies to \(target), which belongs to another \(kind.partyKind?.rawValue ?? "party")")
            }
            guard application.targetID != document.id else {
                throw StoreError.invalid("\(document.label) applies to itself; apply what it leaves on account from a later payment or refund")
            }
            guard try RowDecoding.date(row["date"]) <= document.date else {
                throw StoreError.invalid("\(document.label) is dated \(document.date), before \(target) (\(row["date"] as String)) it settles; date it on or after that")
            }
            let open = (row["opened"] as Int64) - (row["applied"] as Int64)
            guard application.amount <= open else {
                let rest = document.kind.isRefund ? "" : "; apply \(money(open, document)) and leave the rest on account (a row with a blank Applied To)"
                throw StoreError.invalid("\(document.label) applies \(money(application.amount, document)) to \(target), but only \(money(open, document)) is open on it\(rest)")
            }
            return Application(targetID: application.targetID, targetKind: kind, targetNumber: row["number"], amount: application.amount,
                               targetFundID: row["fund_id"])
        }
    }

    /// Fills in each deposited document's kind, number and clearing account from the ledger (an amount of zero stands for
    /// its whole amount) and checks it may be deposited: money that came in to a clearing account of this company, on or
    /// before the deposit's date, deposited in full and by no other deposit.
    private func resolvedDeposits(of document: Document, books: CompanyBooks) throws -> [DepositedItem] {
        var seen = Set<Int64>()
        return try document.deposited.map { item in
            guard seen.insert(item.documentID).inserted else {
                throw StoreError.invalid("\(document.label) deposits \(item.number) twice; list it once")
            }
            guard let row = try Row.fetchOne(db, sql: """
                SELECT d.company_id, d.kind, d.number, d.status, d.date, d.bank_account_id, d.total, d.fund_id,
                       (SELECT x.number FROM deposit_items i JOIN documents x ON x.id = i.deposit_id
                        WHERE i.document_id = d.id AND i.deposit_id IS NOT ?) AS other_deposit
                FROM documents d WHERE d.id = ?
                """, arguments: [document.id, item.documentID]),
                  row["company_id"] as Int64 == document.companyID,
                  let kind = DocumentKind(rawValue: row["kind"]) else {
                throw StoreError.invalid("\(document.label) deposits \(item.number), which is not a document of \(books.company.name)")
            }
            let label = "\(kind.displayName) \(row["number"] as String)"
            guard DepositedItem.depositableKinds.contains(kind) else {
                throw StoreError.invalid("\(document.label) deposits \(label); a deposit gathers customer payments, sales receipts and vendor refunds")
            }
            guard row["status"] as String == DocumentStatus.posted.rawValue else {
                throw StoreError.invalid("\(document.label) deposits \(label), which is void")
            }
            if let other: String = row["other_deposit"] {
                throw StoreError.invalid("\(document.label) deposits \(label), which deposit \(other) already took to the bank")
            }
            let accountID: Int64? = row["bank_account_id"]
            guard let accountID, let account = books.accountsByID[accountID], account.type == .clearing else {
                let went = accountID.flatMap { books.accountsByID[$0] }.map { " went straight to \($0.label)" } ?? " names no account"
                throw StoreError.invalid("\(document.label) deposits \(label), but its money\(went); a deposit gathers money held in a clearing account such as Undeposited Funds")
            }
            guard try RowDecoding.date(row["date"]) <= document.date else {
                throw StoreError.invalid("\(document.label) is dated \(document.date), before \(label) (\(row["date"] as String)) it deposits")
            }
            let total: Int64 = row["total"]
            guard item.amount == 0 || item.amount == total else {
                throw StoreError.invalid("\(document.label) deposits \(money(item.amount, document)) of \(label), which is for \(money(total, document)); a deposit takes the whole of it (leave the Amount blank)")
            }
            return DepositedItem(documentID: item.documentID, kind: kind, number: row["number"], clearingAccountID: accountID, amount: total,
                                 fundID: row["fund_id"])
        }
    }

    /// The deposit that gathered a document, if one did.
    private func depositHolding(_ documentID: Int64) throws -> (number: String, date: LocalDate)? {
        guard let row = try Row.fetchOne(db, sql: """
            SELECT d.number, d.date FROM deposit_items i JOIN documents d ON d.id = i.deposit_id WHERE i.document_id = ?
            """, arguments: [documentID]) else { return nil }
        return (row["number"], try RowDecoding.date(row["date"]))
    }

    private func checkEditable(_ stored: Document, expectedVersion: Int, action: String) throws {
        guard stored.status == .posted else { throw StoreError.invalid("\(stored.label) is void; it cannot be changed") }
        guard stored.version == expectedVersion else {
            throw StoreError.conflict("\(stored.label) was changed since version \(expectedVersion) (it is now version \(stored.version)); export it again and redo your \(action)")
        }
    }

    private func appliedByPayments(to documentID: Int64) throws -> Int64 {
        try Int64.fetchOne(db, sql: "SELECT COALESCE(SUM(amount), 0) FROM applications WHERE target_id = ?", arguments: [documentID]) ?? 0
    }

    private func headerArguments(_ document: Document, total: Int64) -> StatementArguments {
        [document.companyID, document.kind.rawValue, document.number, document.partyID, document.date.description,
         document.dueDate?.description, document.currency.code, document.memo, document.status.rawValue,
         document.version, document.bankAccountID, document.onAccount, total, document.fundID, document.reference]
    }

    private func writeDetails(of document: Document, posted: PostedDocument) throws {
        guard let id = document.id else { return }
        var insert = try DirectInsert("""
            INSERT INTO document_lines (document_id, line_number, item_id, account_id, description, quantity, rate, amount,
                                        tax_code_id, tax_amount, class_id, location_id, party_id, fund_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, in: db)
        for (index, line) in document.lines.enumerated() {
            insert.bind(id)
            insert.bind(index + 1)
            insert.bind(line.itemID)
            insert.bind(line.accountID)
            insert.bind(line.description)
            insert.bind(line.quantity.map(DecimalText.format))
            insert.bind(line.rate.map(DecimalText.format))
            insert.bind(line.amount)
            insert.bind(line.taxCodeID)
            insert.bind(posted.lineTaxes[index])
            insert.bind(line.classID)
            insert.bind(line.locationID)
            insert.bind(line.partyID)
            insert.bind(line.fundID)
            try insert.execute()
        }
        let insertApplication = try db.cachedStatement(sql: "INSERT INTO applications (payment_id, target_id, amount) VALUES (?, ?, ?)")
        for application in document.applications {
            try insertApplication.execute(arguments: [id, application.targetID, application.amount])
        }
        let insertDeposited = try db.cachedStatement(sql: "INSERT INTO deposit_items (deposit_id, document_id, amount) VALUES (?, ?, ?)")
        for item in document.deposited {
            try insertDeposited.execute(arguments: [id, item.documentID, item.amount])
        }
        insert = try DirectInsert("""
            INSERT INTO postings (company_id, document_id, line_number, account_id, date, amount, party_id, class_id, location_id,
                                  tax_code_id, fund_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, in: db)
        let date = document.date.description
        for posting in posted.postings {
            insert.bind(document.companyID)
            insert.bind(id)
            insert.bind(posting.lineNumber)
            insert.bind(posting.accountID)
            insert.bind(date)
            insert.bind(posting.amount)
            insert.bind(posting.partyID)
            insert.bind(posting.classID)
            insert.bind(posting.locationID)
            insert.bind(posting.taxCodeID)
            insert.bind(posting.fundID)
            try insert.execute()
        }
    }

    private func deleteDetails(of documentID: Int64) throws {
        for table in ["postings WHERE document_id", "document_lines WHERE document_id", "applications WHERE payment_id",
                      "deposit_items WHERE deposit_id"] {
            try db.execute(sql: "DELETE FROM \(table) = ?", arguments: [documentID])
        }
    }

    /// Records the change; updates and voids keep the document as it was before, as JSON.
    private func audit(_ document: Document, action: String, previous: Document?) throws {
        let snapshot = try previous.map { String(decoding: try Self.snapshotEncoder.encode($0), as: UTF8.self) }
        var insert = try DirectInsert("INSERT INTO audit_log (document_id, version, action, at, previous) VALUES (?, ?, ?, ?, ?)", in: db)
        insert.bind(document.id)
        insert.bind(document.version)
        insert.bind(action)
        insert.bind(timestamp)
        insert.bind(snapshot)
        try insert.execute()
    }

    private func money(_ minorUnits: Int64, _ document: Document) -> String {
        Money(minorUnits: minorUnits, currency: document.currency).description
    }

    private static let snapshotEncoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return encoder
    }()
}
