import Ledger
import LedgerStore

/// A company's general ledger as a plain-text accounting journal that hledger and Ledger read alike: one
/// transaction per posted document, dated as the document, coded with its type and number, described by its party
/// and memo, with one posting per account in the company's currency at its exact decimals (`1234.56 USD`, debit
/// positive). Every transaction balances to zero, so each account's total is its trial-balance balance.
///
///     ; Northwind Traders Inc, in USD, all dates: one transaction per posted document.
///
///     2026-01-05 (invoice 1001) Acme Corp | March order
///         revenues:4000 Sales:4010 Product Sales               -1200.00 USD
///         assets:1100 Accounts Receivable                       1200.00 USD
public enum PlainTextJournal {
    /// What was written.
    public struct Summary: Sendable, Equatable {
        public var company: String
        public var currency: Currency
        public var transactions: Int
    }

    /// Streams the journal of the company named `company` (any case), for postings dated `from` through `to` when
    /// given (both or neither), into `output` in chunks of about 64 KB.
    public static func write(company: String, from: LocalDate?, to: LocalDate?, ledger store: LedgerStore,
                             into output: (String) throws -> Void) throws -> Summary {
        let dates: DateRange?
        do { dates = try DateRange.given(from: from, to: to) } catch { throw ReportError(error) }
        return try store.read { reader in
            let company = try reader.company(named: company)
            let names = JournalAccountNames(try reader.accounts(companyID: company.id))
            let width = names.longest + 2
            let currency = company.baseCurrency
            var chunk = "; \(company.name), in \(currency.code), \(dates.map { "\($0.from) to \($0.to)" } ?? "all dates"): "
                + "one transaction per posted document.\n"
            var transactions = 0
            try reader.forEachDocumentPostings(companyID: company.id, dates: dates) { document in
                let lines = document.amounts.filter { $0.amount != 0 }
                guard !lines.isEmpty else { return }
                chunk += "\n\(document.date) (\(code(document))) \(description(document))\n"
                for line in lines {
                    guard let name = names[line.accountID] else {
                        throw StoreError.database("\(document.documentKind.displayName) \(document.documentNumber) posts to an account "
                                                  + "\(company.name) does not have; run `ledgersync ledger check`")
                    }
                    let amount = Money.plainText(minorUnits: line.amount, digits: currency.minorUnitDigits)
                    chunk += "    " + name + String(repeating: " ", count: max(2, width - name.count + 14 - amount.count))
                        + amount + " " + currency.code + "\n"
                }
                transactions += 1
                if chunk.utf8.count >= 1 << 16 {
                    try output(chunk)
                    chunk = ""
                }
            }
            try output(chunk)
            return Summary(company: company.name, currency: currency, transactions: transactions)
        }
    }

    /// `invoice 1001`: type and number, which name a document uniquely within a company. A closing parenthesis
    /// would end the code early, so it becomes a bracket.
    static func code(_ document: DocumentPostings) -> String {
        singleLine("\(document.documentKind.displayName) \(document.documentNumber)")
            .replacingOccurrences(of: ")", with: "]")
    }

    /// The party and memo as hledger's `payee | note` (Ledger reads it all as the payee); the document's type when
    /// it has neither. A semicolon would start a comment, so it becomes a comma.
    static func description(_ document: DocumentPostings) -> String {
        let parts = [document.partyName ?? "", document.memo].map(singleLine).filter { !$0.isEmpty }
        return (parts.isEmpty ? document.documentKind.displayName : parts.joined(separator: " | "))
            .replacingOccurrences(of: ";", with: ",")
    }

    /// The text on one line, each run of whitespace a single space, none at the ends.
    private static func singleLine(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
