import Foundation
import GRDB
import Testing
import Ledger
@testable import LedgerStore

@Suite struct CompanyGroupTests {
    /// Test books with a second and a third company beside the first.
    func books() throws -> (books: TestBooks, companies: [Company]) {
        let books = try TestBooks()
        let others = try books.store.write { writer in
            try ["Harbor Foods Ltd", "Harbor Foods GmbH"].enumerated().map { index, name in
                let company = try writer.addCompany(name: name, currency: try Currency(code: index == 0 ? "GBP" : "EUR"), fiscalYearStartMonth: 1)
                try writer.addStarterChart(companyID: company.id)
                return company
            }
        }
        return (books, [books.company] + others)
    }

    @Test func aGroupKeepsItsCompaniesInTheOrderGivenAndIsFoundByNameInAnyCase() throws {
        let (books, companies) = try books()
        defer { books.remove() }
        let ids = [companies[1].id, companies[0].id, companies[2].id]
        let added = try books.store.write { try $0.addGroup(name: " Harbor Group ", currency: try Currency(code: "USD"), companyIDs: ids) }
        #expect(added.name == "Harbor Group")
        #expect(try books.store.read { try $0.groups() } == [added])
        let found = try books.store.read { try $0.group(named: "harbor GROUP") }
        #expect(found == added)
        #expect(found.companyIDs == ids)
        #expect(found.currency.code == "USD")
        let unknown = #expect(throws: StoreError.self) { try books.store.read { try $0.group(named: "Harbour Group") } }
        #expect(unknown?.description == "no group named \"Harbour Group\" (did you mean \"Harbor Group\"?)")
    }

    @Test func aDuplicateNameAnEmptyListAndUnknownOrRepeatedCompaniesAreRefused() throws {
        let (books, companies) = try books()
        defer { books.remove() }
        let usd = try Currency(code: "USD")
        _ = try books.store.write { try $0.addGroup(name: "Harbor Group", currency: usd, companyIDs: [companies[0].id]) }
        let cases: [([Int64], String, String)] = [
            ([companies[1].id], "HARBOR GROUP", "a group named \"Harbor Group\" already exists in this ledger"),
            ([], "Other", "group \"Other\" needs at least one company"),
            ([companies[0].id, 999], "Other", "no company #999 in this ledger"),
            ([companies[1].id, companies[1].id], "Other", "Harbor Foods Ltd is listed twice for group \"Other\""),
        ]
        for (ids, name, message) in cases {
            let error = #expect(throws: StoreError.self) { try books.store.write { try $0.addGroup(name: name, currency: usd, companyIDs: ids) } }
            #expect(error?.description == message)
        }
        #expect(try books.store.read { try $0.groups() }.map(\.name) == ["Harbor Group"])
    }

    @Test func overridesAreSetReplacedDroppedAndGoWithTheGroup() throws {
        let (books, companies) = try books()
        defer { books.remove() }
        let (group, other) = try books.store.write { writer in
            (try writer.addGroup(name: "Harbor Group", currency: try Currency(code: "USD"), companyIDs: [companies[0].id, companies[1].id]),
             try writer.addGroup(name: "Other Group", currency: try Currency(code: "EUR"), companyIDs: [companies[0].id]))
        }
        let foreignRent = try books.store.read { try $0.accounts(companyID: companies[1].id) }.first { $0.number == "6010" }!
        try books.store.write { writer in
            try writer.setGroupMapping(groupID: group.id, accountID: books.sales, groupAccount: "G4000")
            try writer.setGroupMapping(groupID: group.id, accountID: books.sales, groupAccount: " G4100 ")
            try writer.setGroupMapping(groupID: group.id, accountID: foreignRent.id, groupAccount: "G6200")
            try writer.setGroupMapping(groupID: other.id, accountID: books.rent, groupAccount: "G6200")
        }
        #expect(try books.store.read { try $0.groupMappings(groupID: group.id) } == [books.sales: "G4100", foreignRent.id: "G6200"])

        let outsider = try books.store.read { try $0.accounts(companyID: companies[2].id) }.first!
        let refused = #expect(throws: StoreError.self) {
            try books.store.write { try $0.setGroupMapping(groupID: group.id, accountID: outsider.id, groupAccount: "G1") }
        }
        #expect(refused?.description == "account #\(outsider.id) is not an account of a company in group \"Harbor Group\"")

        try books.store.write { try $0.removeGroupMapping(groupID: group.id, accountID: books.sales) }
        #expect(try books.store.read { try $0.groupMappings(groupID: group.id) } == [foreignRent.id: "G6200"])
        try books.store.write { try $0.clearGroupMappings(groupID: group.id) }
        #expect(try books.store.read { try $0.groupMappings(groupID: group.id) }.isEmpty)

        try books.store.write { try $0.removeGroup(id: other.id) }
        #expect(try books.store.read { try $0.groups() } == [group])
        #expect(try books.store.read { try $0.companies() }.count == 3)
        let removed = #expect(throws: StoreError.self) { try books.store.write { try $0.removeGroup(id: other.id) } }
        #expect(removed?.description == "no group #\(other.id) in this ledger")
    }

    @Test func theIntercompanyFlagIsStoredAndKeptThroughEdits() throws {
        let books = try TestBooks()
        defer { books.remove() }
        let fees = try books.store.write { writer in
            try writer.addAccount(companyID: books.company.id, number: "4500", name: "Intercompany Fees", type: .income, isIntercompany: true)
        }
        #expect(try books.store.read { try $0.account(id: fees.id) }?.isIntercompany == true)
        #expect(try books.store.read { try $0.account(id: books.sales) }?.isIntercompany == false)
        var renamed = fees
        renamed.name = "Management Fees - Intercompany"
        _ = try books.store.write { try $0.updateAccount(renamed) }
        let stored = try books.store.read { try $0.account(id: fees.id) }
        #expect(stored?.name == "Management Fees - Intercompany" && stored?.isIntercompany == true)
    }

    @Test func aCustomerOrVendorIsAnotherCompanyOfTheLedgerAndNeverItsOwn() throws {
        let (books, companies) = try books()
        defer { books.remove() }
        let own = companies[0]
        let customer = try books.store.write {
            try $0.addParty(companyID: own.id, kind: .customer, name: "Harbor UK", intercompanyCompanyID: companies[1].id)
        }
        var moved = customer
        moved.intercompanyCompanyID = companies[2].id
        _ = try books.store.write { try $0.updateParty(moved) }
        #expect(try books.store.read { try $0.party(id: customer.id) }?.intercompanyCompanyID == companies[2].id)

        var itself = try #require(try books.store.read { try $0.party(id: customer.id) })
        itself.intercompanyCompanyID = own.id
        let edit = #expect(throws: StoreError.self) { try books.store.write { try $0.updateParty(itself) } }
        #expect(edit?.description == "customer \"Harbor UK\" cannot be \(own.name) itself; an intercompany customer is another company of the ledger")
        let added = #expect(throws: StoreError.self) {
            try books.store.write { try $0.addParty(companyID: own.id, kind: .vendor, name: "Nowhere", intercompanyCompanyID: 999) }
        }
        #expect(added?.description == "vendor \"Nowhere\": no company #999 in this ledger")
    }

    @Test func aLedgerOfTheLastVersionGainsGroupsAndKeepsItsAccounts() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("v2-\(UUID().uuidString).sqlite").path
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        let queue = try DatabaseQueue(path: path)
        try Schema.migrator.migrate(queue, upTo: "v2-records")
        try queue.write { db in
            try db.execute(sql: """
                INSERT INTO companies (id, name, base_currency, fiscal_year_start_month) VALUES (1, 'Old Books', 'CAD', 1);
                INSERT INTO accounts (id, company_id, number, name, type, group_code) VALUES (1, 1, '4010', 'Sales', 'income', 'G4000');
                """)
        }
        try queue.close()

        let store = try LedgerStore(path: path)
        let account = try #require(try store.read { try $0.account(id: 1) })
        #expect(account.label == "4010 Sales" && account.groupCode == "G4000" && !account.isIntercompany)
        let group = try store.write { try $0.addGroup(name: "Old Group", currency: try Currency(code: "USD"), companyIDs: [1]) }
        try store.write { try $0.setGroupMapping(groupID: group.id, accountID: 1, groupAccount: "G4100") }
        #expect(try store.read { try $0.groupMappings(groupID: group.id) } == [1: "G4100"])
    }

    @Test func ratesReportWhatChangedAndAreReadByRangeClosingDateAndPair() throws {
        let books = try TestBooks()
        defer { books.remove() }
        let (cad, usd, gbp) = (try Currency(code: "CAD"), try Currency(code: "USD"), try Currency(code: "GBP"))
        let changes = try books.store.write { writer in
            [try writer.setRate(date: books.date("2025-01-31"), from: cad, to: usd, rate: Decimal(string: "0.6950")!),
             try writer.setRate(date: books.date("2025-02-28"), from: cad, to: usd, rate: Decimal(string: "0.7010")!),
             try writer.setRate(date: books.date("2025-03-31"), from: cad, to: usd, rate: Decimal(string: "0.6990")!),
             try writer.setRate(date: books.date("2025-03-31"), from: gbp, to: usd, rate: Decimal(string: "1.2915")!),
             try writer.setRate(date: books.date("2025-01-31"), from: cad, to: usd, rate: Decimal(string: "0.695")!),
             try writer.setRate(date: books.date("2025-02-28"), from: cad, to: usd, rate: Decimal(string: "0.7020")!)]
        }
        #expect(changes == [.added, .added, .added, .added, .unchanged, .changed])
        let february = DateRange(from: books.date("2025-02-01"), to: books.date("2025-03-31"))
        #expect(try books.store.read { try $0.rates(from: cad, to: usd, in: february) }.map(\.rate)
                == [Decimal(string: "0.702")!, Decimal(string: "0.699")!])
        let closing = try books.store.read { try $0.rate(from: cad, to: usd, onOrBefore: books.date("2025-03-30")) }
        #expect(closing?.date == books.date("2025-02-28") && closing?.rate == Decimal(string: "0.702")!)
        #expect(try books.store.read { try $0.rate(from: cad, to: usd, onOrBefore: books.date("2025-01-30")) } == nil)
        let pairs = try books.store.read { try $0.ratePairs() }.map { "\($0.from)/\($0.to) \($0.first) \($0.last) \($0.count)" }
        #expect(pairs == ["CAD/USD 2025-01-31 2025-03-31 3", "GBP/USD 2025-03-31 2025-03-31 1"])
        #expect(throws: StoreError.self) { try books.store.write { try $0.setRate(date: books.date("2025-01-31"), from: usd, to: usd, rate: 1) } }
    }
}
