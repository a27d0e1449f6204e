import Foundation
import Ledger
import Spreadsheet
import LedgerStore
import Reports
import TestTools
import Testing

/// The plain-text journal: every transaction balances, each account totals to its trial balance, names are safe,
/// and hledger and Ledger read the same books from it.
@Suite struct JournalTests {
    static let companies = [NorthwindBooks.us, NorthwindBooks.canada, NorthwindBooks.uk]

    @Test(arguments: companies)
    func everyTransactionBalancesAndEachAccountTotalsToItsBalance(company: String) throws {
        let store = try NorthwindBooks.store.get()
        let (text, summary) = try Self.journal(company, store: store)
        let journal = try ParsedJournal(text, currency: summary.currency)
        #expect(journal.header == "; \(summary.company), in \(summary.currency.code), all dates: one transaction per posted document.")
        #expect(journal.transactions.count == summary.transactions)
        #expect(summary.transactions > 1000)
        for transaction in journal.transactions {
            #expect(transaction.postings.map(\.amount).reduce(0, +) == 0, "\(transaction.header)")
            #expect(Set(transaction.postings.map(\.account)).count == transaction.postings.count, "one posting per account: \(transaction.header)")
        }
        let balances = try store.read { reader in
            try reader.trialBalance(companyID: try reader.company(named: company).id).filter { $0.balance != 0 }
        }
        #expect(journal.totalsByLastName.filter { $0.value != 0 } == Dictionary(uniqueKeysWithValues: balances.map { ($0.account.label, $0.balance) }))
    }

    /// A year's journal adds up to the trial-balance report at the year's end (the first fiscal year of the books, so
    /// no earlier profit is closed into retained earnings).
    @Test func aYearsJournalAddsUpToTheTrialBalanceReport() throws {
        let (text, summary) = try Self.journal(NorthwindBooks.us, from: "2024-01-01", to: "2025-12-31")
        let journal = try ParsedJournal(text, currency: summary.currency)
        #expect(journal.header.hasPrefix("; Northwind Traders Inc, in USD, 2024-01-01 to 2025-12-31:"))
        #expect(journal.transactions.allSatisfy { $0.header < "2026" })
        var request = ReportRequest(report: "trial-balance", company: NorthwindBooks.us)
        request.asOf = LocalDate(iso: "2025-12-31")
        let report = try NorthwindBooks.run(request)
        var expected: [String: Int64] = [:]
        for row in report.rows where row.kind == .detail {
            guard case .text(let label) = row.cells[0] else { continue }
            expected[label] = money(row.cells[1]) - money(row.cells[2])
        }
        #expect(expected.count > 20)
        #expect(journal.totalsByLastName == expected)
    }

    @Test func datesMustComeInPairsAndInOrder() throws {
        #expect(throws: ReportError.incompleteRange(missing: "--to")) { try Self.journal(NorthwindBooks.us, from: "2025-01-01") }
        #expect(throws: ReportError.incompleteRange(missing: "--from")) { try Self.journal(NorthwindBooks.us, to: "2025-01-01") }
        #expect(throws: ReportError.backwardsRange(DateRange(from: LocalDate(iso: "2025-02-01")!, to: LocalDate(iso: "2025-01-01")!))) {
            try Self.journal(NorthwindBooks.us, from: "2025-02-01", to: "2025-01-01")
        }
    }

    @Test func namesAndDescriptionsAreMadeSafeAndTheBooksReadTheSameInHledgerAndLedger() throws {
        let store = try Self.awkwardBooks()
        let (text, summary) = try Self.journal("Awkward Names WLL", store: store)
        #expect(summary.transactions == 1)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines[2] == "2026-03-31 (journal entry JE-1]) Month end, reclass | see note")
        let postings = try ParsedJournal(text, currency: summary.currency).transactions[0].postings
        let expected = [
            ("assets:Clearing - Old, New:(Suspense) Account", Int64(1_234_567)),
            ("expenses:6000 [Meals] 50%", -1_234_567),
        ]
        #expect(postings.map(\.account) == expected.map(\.0))
        #expect(postings.map(\.amount) == expected.map(\.1))
        #expect(lines[3].hasSuffix(" 1234.567 BHD") && lines[4].hasSuffix(" -1234.567 BHD"), "three decimals, as BHD has")

        let file = try Self.write(text)
        let balances = Dictionary(uniqueKeysWithValues: expected.map { ($0.0, $0.1) })
        #expect(try Self.hledgerBalances(file, in: summary.currency) == balances)
        #expect(try Self.ledgerBalances(file, in: summary.currency) == balances)
    }

    @Test func hledgerAndLedgerReadTheSameBalancesAsTheLedger() throws {
        let store = try NorthwindBooks.store.get()
        let (text, summary) = try Self.journal(NorthwindBooks.uk, store: store)
        let file = try Self.write(text)
        let ours = try ParsedJournal(text, currency: summary.currency).totals.filter { $0.value != 0 }
        #expect(ours.count > 20)
        #expect(try Self.hledgerBalances(file, in: summary.currency) == ours)
        #expect(try Self.ledgerBalances(file, in: summary.currency) == ours)
    }

    // MARK: - Helpers

    static func journal(_ company: String, from: String? = nil, to: String? = nil,
                        store: LedgerStore? = nil) throws -> (String, PlainTextJournal.Summary) {
        var text = ""
        let summary = try PlainTextJournal.write(company: company, from: from.flatMap(LocalDate.init(iso:)),
                                                 to: to.flatMap(LocalDate.init(iso:)),
                                                 ledger: try store ?? NorthwindBooks.store.get()) { text += $0 }
        return (text, summary)
    }

    private func money(_ cell: CellValue) -> Int64 {
        switch cell.value {
        case .money(let units): units
        default: 0
        }
    }

    static func write(_ text: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("books-\(UUID().uuidString).journal").path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// Each account's balance as `hledger bal` reports it (flat: without its sub-accounts), in minor units.
    static func hledgerBalances(_ file: String, in currency: Currency) throws -> [String: Int64] {
        let csv = try ExternalTool.run(try ExternalTool.accountingTool("hledger"), ["-f", file, "bal", "--flat", "--no-total", "-O", "csv"])
        var balances: [String: Int64] = [:]
        for line in csv.split(separator: "\n").dropFirst() {
            let fields = line.split(separator: "\",\"").map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "\"")) }
            balances[fields[0]] = try minorUnits(fields[1], currency)
        }
        return balances
    }

    /// Each account's balance as `ledger bal` reports it: every account on its own line, with its own amount
    /// (`display_amount`, where the default `display_total` adds its sub-accounts), zeros left out.
    static func ledgerBalances(_ file: String, in currency: Currency) throws -> [String: Int64] {
        let text = try ExternalTool.run(try ExternalTool.accountingTool("ledger"),
                                        ["-f", file, "bal", "--flat", "--no-total", "--balance-format", "%(account)\t%(display_amount)\n"])
        var balances: [String: Int64] = [:]
        for line in text.split(separator: "\n") {
            let fields = line.split(separator: "\t")
            balances[String(fields[0])] = try minorUnits(String(fields[1]), currency)
        }
        return balances.filter { $0.value != 0 }
    }

    /// "-1234.567 BHD" → -1234567; a bare "0" too.
    private static func minorUnits(_ amount: String, _ currency: Currency) throws -> Int64 {
        let parts = amount.split(separator: " ")
        guard let number = parts.first, parts.count == 1 ? number == "0" : parts.count == 2 && parts[1] == currency.code else {
            throw ToolFailure(description: "unexpected amount \"\(amount)\"")
        }
        return try Money(parsing: String(number), in: currency).minorUnits
    }

    /// A BHD company whose account names and journal memo hold every character a journal treats specially.
    static func awkwardBooks() throws -> LedgerStore {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("awkward-\(UUID().uuidString).sqlite").path
        let store = try LedgerStore(path: path, create: true)
        try store.write { writer in
            let company = try writer.addCompany(name: "Awkward Names WLL", currency: try Currency(code: "BHD"), fiscalYearStartMonth: 1)
            let clearing = try writer.addAccount(companyID: company.id, number: nil, name: "Clearing: Old; New", type: .otherCurrentAsset)
            let suspense = try writer.addAccount(companyID: company.id, number: nil, name: "(Suspense)\t  Account",
                                                 type: .otherCurrentAsset, parentID: clearing.id)
            let meals = try writer.addAccount(companyID: company.id, number: "6000", name: "[Meals]  50%", type: .expense)
            _ = try writer.post(Document(companyID: company.id, kind: .journalEntry, number: "JE-1)", date: LocalDate(iso: "2026-03-31")!,
                                         currency: company.baseCurrency, memo: "Month end; reclass\n| see note",
                                         lines: [DocumentLine(accountID: suspense.id, amount: 1_234_567),
                                                 DocumentLine(accountID: meals.id, amount: -1_234_567)]))
        }
        return store
    }
}

/// A journal as the tests read it back: its header line, and each transaction's first line and postings.
struct ParsedJournal {
    struct Transaction {
        var header: String
        var postings: [(account: String, amount: Int64)]
    }

    var header: String
    var transactions: [Transaction] = []

    init(_ text: String, currency: Currency) throws {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        header = String(lines.first ?? "")
        for line in lines.dropFirst() where !line.isEmpty {
            guard line.hasPrefix("    ") else {
                transactions.append(Transaction(header: String(line), postings: []))
                continue
            }
            let parts = line.dropFirst(4).components(separatedBy: "  ").filter { !$0.isEmpty }
            let amount = parts.last?.trimmingCharacters(in: .whitespaces).split(separator: " ") ?? []
            guard parts.count == 2, amount.count == 2, amount[1] == currency.code, !transactions.isEmpty else {
                throw CocoaError(.fileReadCorruptFile, userInfo: [NSDebugDescriptionErrorKey: "unexpected posting line: \(line)"])
            }
            transactions[transactions.count - 1].postings.append((parts[0], try Money(parsing: String(amount[0]), in: currency).minorUnits))
        }
    }

    /// Each account's total by its full name.
    var totals: [String: Int64] {
        transactions.flatMap(\.postings).reduce(into: [:]) { $0[$1.account, default: 0] += $1.amount }
    }

    /// Each account's total by the last part of its name (the account's own number and name).
    var totalsByLastName: [String: Int64] {
        totals.reduce(into: [:]) { $0[String($1.key.split(separator: ":").last ?? ""), default: 0] += $1.value }
    }
}
