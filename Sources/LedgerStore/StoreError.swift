import Ledger

/// A problem opening or changing the ledger, worded for the person who has to fix it.
public enum StoreError: Error, Equatable, CustomStringConvertible {
    case missingLedger(path: String)
    case notALedger(path: String, reason: String)
    case newerSchema(path: String)
    case unknown(what: String, name: String, company: String?, suggestions: [String])
    case duplicate(what: String, name: String, company: String)
    case duplicateDocument(label: String, company: String)
    /// The ledger has no company for a command to work on.
    case noCompanies
    /// The ledger has several companies and the command was not told which one.
    case companyNotChosen(among: [String])
    /// A list of companies named none.
    case emptyCompanyList
    /// A record to change is not where it was asked for: `scope` is the company's name, "this ledger", or nil.
    case noSuchRecord(what: String, id: Int64, scope: String?)
    /// Something (`place`: a document, line or record) points at a record of another company, or at none.
    case notInCompany(place: String?, what: String, id: Int64, company: String)
    /// A document uses a record that has been made inactive.
    case inactive(place: String, what: String, name: String, sheet: String)
    /// A record was given without a name.
    case needsName(what: String)
    /// A rule of the ledger the change breaks, worded as the fix.
    case invalid(String)
    case conflict(String)
    case ledger(LedgerError)
    case database(String)
    /// Another command held the write lock for the whole wait; `holders` are the other processes found with the file
    /// open (one of them holds the lock, unless it is held from another machine).
    case locked(path: String, seconds: Double, holders: [String])
    /// SQLite's integrity check (or a read) found the file damaged.
    case damaged(path: String, problem: String)
    /// The ledger cannot be written where it is: `reason` says what is read-only.
    case readOnly(path: String, reason: String)

    public var description: String {
        switch self {
        case .missingLedger(let path):
            return "no ledger at \(path); create one with `ledgersync init` or `ledgersync example`"
        case .notALedger(let path, let reason):
            return "\(path) is not a LedgerSync ledger (\(reason)); it was left untouched. Point --ledger at a ledger file"
        case .newerSchema(let path):
            return "\(path) was written by a newer LedgerSync; it was left untouched. Upgrade ledgersync to open it"
        case .unknown(let what, let name, let company, let suggestions):
            var text = "no \(what) named \"\(name)\""
            if let company { text += " in \(company)" }
            if !suggestions.isEmpty {
                text += " (did you mean " + suggestions.map { "\"\($0)\"" }.joined(separator: " or ") + "?)"
            }
            return text
        case .duplicate(let what, let name, let company):
            return "\(company) already has \(EnglishText.withArticle(what)) named \"\(name)\""
        case .duplicateDocument(let label, let company):
            return "\(company) already has \(label); give this one another number, or edit that one"
        case .noCompanies:
            return "the ledger has no company yet: add one with `ledgersync company add`"
        case .companyNotChosen(let names):
            return "choose a company with --company: \(names.joined(separator: ", "))"
        case .emptyCompanyList:
            return "--companies needs company names, separated by commas"
        case .noSuchRecord(let what, let id, let scope):
            return "no \(what) #\(id)" + (scope.map { " in \($0)" } ?? "")
        case .notInCompany(let place, let what, let id, let company):
            return (place.map { "\($0): " } ?? "") + "\(what) #\(id) is not in \(company)"
        case .inactive(let place, let what, let name, let sheet):
            return "\(place): \(what) \"\(name)\" is inactive; make it active again on the \(sheet) sheet, or choose another"
        case .needsName(let what):
            return "\(EnglishText.withArticle(what)) needs a name"
        case .invalid(let message), .conflict(let message), .database(let message):
            return message
        case .ledger(let error):
            return error.description
        case .locked(let path, let seconds, let holders):
            let who = holders.isEmpty ? "another command holds it (perhaps on another machine)"
                : "it is open in " + holders.joined(separator: "; ")
            return "the ledger \(path) stayed locked for \(LockWait.text(seconds)) s: \(who); nothing was written. "
                + "Try again when it has finished, or wait longer with --wait SECONDS"
        case .damaged(let path, let problem):
            return "the ledger \(path) is damaged (\(problem)); nothing was written to it. Restore it from a backup copy "
                + "(keep the damaged file aside), then run the command again"
        case .readOnly(let path, let reason):
            return "cannot write to the ledger \(path): \(reason); nothing was written. Make it writable, or copy the ledger "
                + "to a folder you can write in and point --ledger at the copy"
        }
    }
}
