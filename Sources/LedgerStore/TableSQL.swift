import Ledger

/// SQL fragments and decoders the report queries share.
enum TableSQL {
    /// "4010 Product Sales", or the name alone, for the accounts table aliased `alias` (as `Account.label`).
    static func accountLabel(_ alias: String) -> String {
        "COALESCE(\(alias).number || ' ', '') || \(alias).name"
    }

    /// `AND column BETWEEN ? AND ?` with its arguments, or nothing when every date is wanted.
    static func dateCondition(_ column: String, _ dates: DateRange?) -> (sql: String, arguments: [String]) {
        guard let dates else { return ("", []) }
        return ("AND \(column) BETWEEN ? AND ?", [dates.from.description, dates.to.description])
    }

    static func documentKind(_ text: String) throws -> DocumentKind {
        guard let kind = DocumentKind(rawValue: text) else { throw StoreError.database("a document has an unknown kind \"\(text)\"") }
        return kind
    }
}
