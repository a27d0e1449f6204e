import GRDB
import Ledger

/// Which posted documents a records export takes: some kinds, optionally only those dated within `dates`, those
/// with one party (on the document, or on any line of a journal entry), or those with one number (any case).
public struct ExportSelection: Sendable {
    public var kinds: [DocumentKind]
    public var dates: DateRange?
    public var partyID: Int64?
    public var number: String?

    public init(kinds: [DocumentKind], dates: DateRange? = nil, partyID: Int64? = nil, number: String? = nil) {
        self.kinds = kinds
        self.dates = dates
        self.partyID = partyID
        self.number = number
    }
}

/// A posted document's header, as an export repeats it on every row of the document.
public struct ExportedDocument: Sendable {
    public var id: Int64
    public var kind: DocumentKind
    public var number: String
    public var partyID: Int64?
    public var date: LocalDate
    public var dueDate: LocalDate?
    public var memo: String
    /// The claim a check pays, or another second number; empty on most documents.
    public var reference: String
    public var version: Int
    public var bankAccountID: Int64?
    /// In a fund-accounted company, the fund whose cash, receivable or payable the document moves.
    public var fundID: Int64?
}

/// One line of a posted invoice, bill, credit, sales receipt or journal entry, with its document.
public struct ExportedLine: Sendable {
    public var document: ExportedDocument
    public var line: DocumentLine
    /// The line's place in its document, from 1.
    public var lineNumber: Int
}

/// One settlement of a posted payment: the number of the document it settles and how much of it.
public struct ExportedApplication: Sendable {
    public var payment: ExportedDocument
    /// Nil for the money the payment left on account.
    public var targetNumber: String?
    /// Minor units, positive.
    public var amount: Int64
}

/// One row of a posted deposit or transfer: a document the deposit gathers, or one of its lines.
public struct ExportedMoneyMovement: Sendable {
    public var document: ExportedDocument
    public var deposited: DepositedItem?
    /// Whether a document of another depositable kind has the same number, so the sheet names the kind too.
    public var depositedNeedsKind: Bool
    public var line: DocumentLine?
    /// The row's place in its document, from 1: the gathered documents first, then the lines.
    public var lineNumber: Int
}

extension LedgerReader {
    /// The lines of the posted documents `selection` picks, by date, kind, number and line number. Streams; one query.
    public func forEachExportedLine(companyID: Int64, selection: ExportSelection,
                                    _ body: (ExportedLine) throws -> Void) throws {
        let filter = Self.exportCondition(companyID: companyID, selection)
        let cursor = try Row.fetchCursor(db, sql: """
            SELECT l.*, \(Self.documentColumns) FROM documents d JOIN document_lines l ON l.document_id = d.id
            WHERE \(filter.sql)
            ORDER BY d.date, d.kind, d.number, l.line_number
            """, arguments: filter.arguments)
        while let row = try cursor.next() {
            try body(ExportedLine(document: try Self.exportedDocument(row), line: RowDecoding.line(row), lineNumber: row["line_number"]))
        }
    }

    /// The settlements of the posted payments and refunds `selection` picks, by payment date, kind and number, then by
    /// the settled document's date and number, and last what the payment left on account. Streams; one query.
    public func forEachExportedApplication(companyID: Int64, selection: ExportSelection,
                                           _ body: (ExportedApplication) throws -> Void) throws {
        let filter = Self.exportCondition(companyID: companyID, selection)
        let cursor = try Row.fetchCursor(db, sql: """
            SELECT \(Self.documentColumns), 0 AS on_account_row, t.date AS target_date, t.number AS target_number, a.amount AS applied
            FROM documents d JOIN applications a ON a.payment_id = d.id JOIN documents t ON t.id = a.target_id
            WHERE \(filter.sql)
            UNION ALL
            SELECT \(Self.documentColumns), 1, NULL, NULL, d.on_account FROM documents d WHERE \(filter.sql) AND d.on_account > 0
            ORDER BY doc_date, doc_kind, doc_number, on_account_row, target_date, target_number
            """, arguments: filter.arguments + filter.arguments)
        while let row = try cursor.next() {
            try body(ExportedApplication(payment: try Self.exportedDocument(row), targetNumber: row["target_number"],
                                         amount: row["applied"]))
        }
    }

    /// The rows of the posted deposits and transfers `selection` picks, by date, kind and number; in each, the gathered
    /// documents by their date and number, then the lines. Streams; one query.
    public func forEachExportedMoneyMovement(companyID: Int64, selection: ExportSelection,
                                             _ body: (ExportedMoneyMovement) throws -> Void) throws {
        let filter = Self.exportCondition(companyID: companyID, selection)
        let depositable = DepositedItem.depositableKinds.map { "'\($0.rawValue)'" }.joined(separator: ", ")
        let cursor = try Row.fetchCursor(db, sql: """
            SELECT \(Self.documentColumns), 0 AS part, t.date AS item_date, t.number AS item_number, t.id AS item_id,
                   t.kind AS item_kind, t.bank_account_id AS item_account_id,
                   EXISTS (SELECT 1 FROM documents o WHERE o.company_id = t.company_id AND o.number = t.number COLLATE NOCASE
                           AND o.kind != t.kind AND o.kind IN (\(depositable))) AS shared,
                   i.amount AS amount, NULL AS line_number, NULL AS account_id, NULL AS description, NULL AS class_id,
                   NULL AS location_id, NULL AS fund_id
            FROM documents d JOIN deposit_items i ON i.deposit_id = d.id JOIN documents t ON t.id = i.document_id
            WHERE \(filter.sql)
            UNION ALL
            SELECT \(Self.documentColumns), 1, NULL, NULL, NULL, NULL, NULL, 0, l.amount, l.line_number, l.account_id,
                   l.description, l.class_id, l.location_id, l.fund_id
            FROM documents d JOIN document_lines l ON l.document_id = d.id WHERE \(filter.sql)
            ORDER BY doc_date, doc_kind, doc_number, part, item_date, item_number, line_number
            """, arguments: filter.arguments + filter.arguments)
        var lastDocument: Int64?
        var place = 0
        while let row = try cursor.next() {
            let document = try Self.exportedDocument(row)
            place = document.id == lastDocument ? place + 1 : 1
            lastDocument = document.id
            var movement = ExportedMoneyMovement(document: document, deposited: nil, depositedNeedsKind: row["shared"],
                                                 line: nil, lineNumber: place)
            if let itemID: Int64 = row["item_id"] {
                movement.deposited = DepositedItem(documentID: itemID, kind: try TableSQL.documentKind(row["item_kind"]),
                                                   number: row["item_number"], clearingAccountID: row["item_account_id"],
                                                   amount: row["amount"])
            } else {
                movement.line = DocumentLine(accountID: row["account_id"], description: row["description"], amount: row["amount"],
                                             classID: row["class_id"], locationID: row["location_id"], fundID: row["fund_id"])
            }
            try body(movement)
        }
    }

    /// The header columns of `documents d`, named apart from the line columns they are selected with.
    private static let documentColumns = """
        d.id AS doc_id, d.kind AS doc_kind, d.number AS doc_number, d.party_id AS doc_party_id, d.date AS doc_date,
        d.due_date AS doc_due_date, d.memo AS doc_memo, d.version AS doc_version, d.bank_account_id AS doc_bank_account_id,
        d.fund_id AS doc_fund_id, d.reference AS doc_reference
        """

    private static func exportCondition(companyID: Int64, _ selection: ExportSelection) -> (sql: String, arguments: StatementArguments) {
        let kinds = selection.kinds.map { _ in "?" }.joined(separator: ", ")
        let range = TableSQL.dateCondition("d.date", selection.dates)
        let sql = """
            d.company_id = ? AND d.status = 'posted' AND d.kind IN (\(kinds)) \(range.sql)
            AND (? IS NULL OR d.party_id = ? OR EXISTS (SELECT 1 FROM document_lines p WHERE p.document_id = d.id AND p.party_id = ?))
            AND (? IS NULL OR d.number = ? COLLATE NOCASE)
            """
        let partyID = selection.partyID, number = selection.number
        return (sql, [companyID] + StatementArguments(selection.kinds.map(\.rawValue)) + StatementArguments(range.arguments)
                    + [partyID, partyID, partyID, number, number])
    }

    private static func exportedDocument(_ row: Row) throws -> ExportedDocument {
        ExportedDocument(id: row["doc_id"], kind: try TableSQL.documentKind(row["doc_kind"]), number: row["doc_number"],
                         partyID: row["doc_party_id"], date: try RowDecoding.date(row["doc_date"]),
                         dueDate: try (row["doc_due_date"] as String?).map(RowDecoding.date), memo: row["doc_memo"],
                         reference: row["doc_reference"], version: row["doc_version"], bankAccountID: row["doc_bank_account_id"], fundID: row["doc_fund_id"])
    }
}
