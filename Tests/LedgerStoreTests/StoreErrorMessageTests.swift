import Ledger
import LedgerStore
import Testing
import TestTools

/// Every way the ledger refuses or fails, with the one line a user reads: the fixture is the list of messages.
struct StoreErrorMessageTests {
    static let fixtures: [(StoreError, String)] = [
        (.missingLedger(path: "books.ledger"),
         "no ledger at books.ledger; create one with `ledgersync init` or `ledgersync example`"),
        (.notALedger(path: "notes.db", reason: "it is an SQLite database of another program"),
         "notes.db is not a LedgerSync ledger (it is an SQLite database of another program); it was left untouched. Point --ledger at a ledger file"),
        (.newerSchema(path: "books.ledger"),
         "books.ledger was written by a newer LedgerSync; it was left untouched. Upgrade ledgersync to open it"),
        (.unknown(what: "customer", name: "Acme", company: "Harbor Foods", suggestions: ["ACME Corp", "Acme Ltd"]),
         "no customer named \"Acme\" in Harbor Foods (did you mean \"ACME Corp\" or \"Acme Ltd\"?)"),
        (.duplicate(what: "item", name: "Widget", company: "Harbor Foods"),
         "Harbor Foods already has an item named \"Widget\""),
        (.duplicateDocument(label: "invoice INV-7", company: "Harbor Foods"),
         "Harbor Foods already has invoice INV-7; give this one another number, or edit that one"),
        (.noCompanies,
         "the ledger has no company yet: add one with `ledgersync company add`"),
        (.companyNotChosen(among: ["Harbor Foods", "Harbor Foods UK"]),
         "choose a company with --company: Harbor Foods, Harbor Foods UK"),
        (.emptyCompanyList,
         "--companies needs company names, separated by commas"),
        (.noSuchRecord(what: "tax code", id: 12, scope: "Harbor Foods"),
         "no tax code #12 in Harbor Foods"),
        (.noSuchRecord(what: "document", id: 3, scope: nil),
         "no document #3"),
        (.notInCompany(place: "invoice INV-7, line 2", what: "item", id: 40, company: "Harbor Foods"),
         "invoice INV-7, line 2: item #40 is not in Harbor Foods"),
        (.notInCompany(place: nil, what: "parent account", id: 9, company: "Harbor Foods"),
         "parent account #9 is not in Harbor Foods"),
        (.inactive(place: "bill B-1, line 1", what: "tax code", name: "GST", sheet: "tax codes"),
         "bill B-1, line 1: tax code \"GST\" is inactive; make it active again on the tax codes sheet, or choose another"),
        (.needsName(what: "account"),
         "an account needs a name"),
        (.invalid("fiscal year start month must be 1 to 12, not 13"),
         "fiscal year start month must be 1 to 12, not 13"),
        (.conflict("invoice INV-7 changed since it was read (version 3, now 4); export it again"),
         "invoice INV-7 changed since it was read (version 3, now 4); export it again"),
        (.ledger(.emptyDocument("invoice INV-7")),
         "invoice INV-7 has no lines"),
        (.database("disk I/O error"),
         "disk I/O error"),
        (.locked(path: "books.ledger", seconds: 5, holders: ["ledgersync (pid 4242)"]),
         "the ledger books.ledger stayed locked for 5 s: it is open in ledgersync (pid 4242); nothing was written. Try again when it has finished, or wait longer with --wait SECONDS"),
        (.locked(path: "books.ledger", seconds: 2.5, holders: []),
         "the ledger books.ledger stayed locked for 2.5 s: another command holds it (perhaps on another machine); nothing was written. Try again when it has finished, or wait longer with --wait SECONDS"),
        (.damaged(path: "books.ledger", problem: "database disk image is malformed"),
         "the ledger books.ledger is damaged (database disk image is malformed); nothing was written to it. Restore it from a backup copy (keep the damaged file aside), then run the command again"),
        (.readOnly(path: "books.ledger", reason: "the folder is read-only"),
         "cannot write to the ledger books.ledger: the folder is read-only; nothing was written. Make it writable, or copy the ledger to a folder you can write in and point --ledger at the copy"),
    ]

    @Test func eachErrorReadsAsOneLineSayingWhatToDoAndEveryCaseIsShown() {
        #expect(MessageFixtures.problems(Self.fixtures, kind: Kind.init) == [])
    }

    /// The cases of `StoreError` without their payloads; the switch stops compiling when a case is added.
    enum Kind: CaseIterable {
        case missingLedger, notALedger, newerSchema, unknown, duplicate, duplicateDocument, noCompanies, companyNotChosen,
             emptyCompanyList, noSuchRecord, notInCompany, inactive, needsName, invalid, conflict, ledger, database, locked,
             damaged, readOnly

        init(_ error: StoreError) {
            switch error {
            case .missingLedger: self = .missingLedger
            case .notALedger: self = .notALedger
            case .newerSchema: self = .newerSchema
            case .unknown: self = .unknown
            case .duplicate: self = .duplicate
            case .duplicateDocument: self = .duplicateDocument
            case .noCompanies: self = .noCompanies
            case .companyNotChosen: self = .companyNotChosen
            case .emptyCompanyList: self = .emptyCompanyList
            case .noSuchRecord: self = .noSuchRecord
            case .notInCompany: self = .notInCompany
            case .inactive: self = .inactive
            case .needsName: self = .needsName
            case .invalid: self = .invalid
            case .conflict: self = .conflict
            case .ledger: self = .ledger
            case .database: self = .database
            case .locked: self = .locked
            case .damaged: self = .damaged
            case .readOnly: self = .readOnly
            }
        }
    }
}
