import Foundation
import GRDB
import Ledger
import LedgerStore

/// A throwaway ledger with one company on the starter chart, two customers, a vendor and a tax code.
struct TestBooks {
    let path: String
    let store: LedgerStore
    let company: Company
    let accounts: [String: Account]
    let acme: Party
    let bistro: Party
    let supplier: Party
    let salesTax: TaxCode
    let wholesale: TrackingDimension

    var currency: Currency { company.baseCurrency }
    var receivables: Int64 { accounts["1100"]!.id }
    var payables: Int64 { accounts["2000"]!.id }
    var checking: Int64 { accounts["1000"]!.id }
    var sales: Int64 { accounts["4010"]!.id }
    var services: Int64 { accounts["4020"]!.id }
    var rent: Int64 { accounts["6010"]!.id }

    init(currency code: String = "USD", taxPercent: String = "8.875") throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("ledger-\(UUID().uuidString).sqlite").path
        store = try LedgerStore(path: path, create: true)
        let currency = try Currency(code: code)
        (company, accounts, acme, bistro, supplier, salesTax, wholesale) = try store.write { writer in
            let company = try writer.addCompany(name: "Test Books \(code)", currency: currency, fiscalYearStartMonth: 1)
            let accounts = try writer.addStarterChart(companyID: company.id)
            return (company, accounts,
                    try writer.addParty(companyID: company.id, kind: .customer, name: "ACME Corporation"),
                    try writer.addParty(companyID: company.id, kind: .customer, name: "Bistro Verde",
                                        termsID: try writer.netTerms(companyID: company.id, days: 15).id),
                    try writer.addParty(companyID: company.id, kind: .vendor, name: "Harbor Supply"),
                    try writer.addTaxCode(companyID: company.id, name: "Sales tax", ratePercent: Decimal(string: taxPercent)!,
                                          accountID: accounts["2200"]!.id),
                    try writer.addDimension(companyID: company.id, kind: .class, name: "Wholesale"))
        }
    }

    func date(_ text: String) -> LocalDate { LocalDate(iso: text)! }

    func invoice(_ number: String, _ customer: Party, date: String = "2026-03-02", lines: [(String, String)], taxed: Bool = true,
                 kind: DocumentKind = .invoice) throws -> Document {
        Document(companyID: company.id, kind: kind, number: number, partyID: customer.id, date: self.date(date), currency: currency,
                 lines: try lines.map { quantity, rate in
                     try DocumentLine.priced(accountID: sales, quantity: Decimal(string: quantity)!, rate: Decimal(string: rate)!,
                                             currency: currency, taxCodeID: taxed ? salesTax.id : nil, classID: wholesale.id)
                 })
    }

    func payment(_ number: String, _ customer: Party, date: String = "2026-03-20", _ applications: [(SavedDocument, Int64)]) -> Document {
        Document(companyID: company.id, kind: .customerPayment, number: number, partyID: customer.id, date: self.date(date),
                 currency: currency, bankAccountID: checking,
                 applications: applications.map { saved, amount in
                     Application(targetID: saved.document.id!, targetKind: saved.document.kind, targetNumber: saved.document.number, amount: amount)
                 })
    }

    @discardableResult
    func post(_ document: Document) throws -> SavedDocument { try store.write { try $0.post(document) } }

    func balance(_ accountID: Int64) throws -> Int64 {
        try store.read { try $0.trialBalance(companyID: company.id) }.first { $0.account.id == accountID }!.balance
    }

    func open(_ saved: SavedDocument) throws -> Int64 { try store.read { try $0.openBalance(documentID: saved.document.id!) } }

    /// Rows in each table a write touches, read over a separate connection: equal before and after
    /// a refused write shows it changed nothing.
    func tableCounts() throws -> [String: Int] {
        var configuration = Configuration()
        configuration.readonly = true
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        return try queue.read { db in
            try Dictionary(uniqueKeysWithValues: ["documents", "document_lines", "applications", "postings", "audit_log"].map { table in
                (table, try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)") ?? 0)
            })
        }
    }

    func remove() {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }
}
