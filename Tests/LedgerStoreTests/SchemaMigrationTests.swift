import Foundation
import GRDB
import Testing
import Ledger
@testable import LedgerStore

/// A ledger written before the set-up lists and deposits opens in today's version with nothing lost.
@Suite struct SchemaMigrationTests {
    @Test func aLedgerFromBeforeTermsAndDepositsIsBroughtUpToDate() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("old-\(UUID().uuidString).sqlite").path
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        let queue = try DatabaseQueue(path: path)
        try Schema.migrator.migrate(queue, upTo: "v3-groups")
        try queue.write { db in
            try db.execute(sql: """
                INSERT INTO companies (id, name, base_currency, fiscal_year_start_month) VALUES (1, 'Old Books', 'USD', 1);
                INSERT INTO accounts (id, company_id, number, name, type) VALUES
                    (1, 1, '1100', 'Accounts Receivable', 'accounts-receivable'), (2, 1, '4000', 'Sales', 'income'),
                    (3, 1, '2200', 'Sales Tax Payable', 'other-current-liability'),
                    (4, 1, '1050', 'Undeposited Funds', 'other-current-asset'), (5, 1, '1300', 'Prepaid Expenses', 'other-current-asset');
                INSERT INTO tax_codes (id, company_id, name, rate_percent, account_id) VALUES (1, 1, 'City', '5', 3), (2, 1, 'State', '10', 3);
                INSERT INTO parties (id, company_id, kind, name, terms_days) VALUES (1, 1, 'customer', 'Acme', 45);
                INSERT INTO documents (id, company_id, kind, number, party_id, date, currency, status, version, bank_account_id, total) VALUES
                    (1, 1, 'invoice', 'INV-1', 1, '2026-03-02', 'USD', 'posted', 1, NULL, 32500),
                    (2, 1, 'customer-payment', 'PMT-1', 1, '2026-03-20', 'USD', 'posted', 1, 4, 12500);
                INSERT INTO document_lines (document_id, line_number, account_id, amount, tax_code_id, tax_amount) VALUES
                    (1, 1, 2, 10000, 1, 500), (1, 2, 2, 20000, 2, 2000);
                INSERT INTO applications (payment_id, target_id, amount) VALUES (2, 1, 12500);
                -- Tax posted as it was then: the tax of both codes on one account in one posting.
                INSERT INTO postings (company_id, document_id, line_number, account_id, date, amount, party_id) VALUES
                    (1, 1, 1, 2, '2026-03-02', -10000, 1), (1, 1, 2, 2, '2026-03-02', -20000, 1),
                    (1, 1, NULL, 3, '2026-03-02', -2500, 1), (1, 1, NULL, 1, '2026-03-02', 32500, 1),
                    (1, 2, NULL, 4, '2026-03-20', 12500, 1), (1, 2, NULL, 1, '2026-03-20', -12500, 1);
                """)
        }
        try queue.close()

        let store = try LedgerStore(path: path)
        try store.read { reader in
            #expect(try reader.check().isEmpty)
            let terms = try reader.paymentTerms(companyID: 1)
            #expect(terms.map(\.name).sorted() == ["Due on receipt", "Net 15", "Net 30", "Net 45", "Net 60"])
            let acme = try #require(try reader.party(id: 1))
            #expect(acme.termsID == terms.first { $0.name == "Net 45" }?.id, "the party keeps its 45 days as terms")
            let invoice = try #require(try reader.document(id: 1))
            #expect(invoice.dueDate == LocalDate(iso: "2026-04-16"), "the blank due date is what the 45 days always meant")
            #expect(invoice.onAccount == 0 && invoice.deposited.isEmpty)
            #expect(try reader.openBalance(documentID: 1) == 20_000)
            let march = DateRange(from: LocalDate(iso: "2026-03-01")!, to: LocalDate(iso: "2026-03-31")!)
            #expect(try reader.taxActivity(companyID: 1, range: march) == [TaxCodeActivity(taxCodeID: 1, taxable: 10_000, tax: 500),
                                                                        TaxCodeActivity(taxCodeID: 2, taxable: 20_000, tax: 2_000)],
                    "old tax postings are split per code, so tax per code covers the years before")
            let types = Dictionary(uniqueKeysWithValues: try reader.accounts(companyID: 1).map { ($0.number ?? "", $0.type) })
            #expect(types["1050"] == .clearing, "the account payments were put in is a clearing account now")
            #expect(types["1300"] == .otherCurrentAsset)
        }
    }
}
