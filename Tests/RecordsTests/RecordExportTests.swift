import CSVFiles
import Foundation
import Ledger
import LedgerStore
import Records
import Testing
import XLSXReading

/// Exports of the Northwind books, read back with the project's XLSX reader and checked against the ledger.
@Suite struct RecordExportTests {
    static let march = DateRange(from: LocalDate(year: 2026, month: 3, day: 1)!, to: LocalDate(year: 2026, month: 3, day: 31)!)
    static let usd = try! Currency(code: "USD")

    /// March's invoices and bills, exported once for the tests that read them.
    static let marchInvoices = Result<(path: String, rows: Int), Error> {
        let path = NorthwindBooks.temporaryFile("march.xlsx")
        let rows = try RecordExport.write(try NorthwindBooks.type("invoices-and-bills"), company: NorthwindBooks.us,
                                          filter: RecordExportFilter(from: march.from, to: march.to),
                                          store: try NorthwindBooks.store.get(), to: path, builtAt: Date())
        return (path, rows)
    }

    private func export(_ type: String, filter: RecordExportFilter = RecordExportFilter(), file: String) throws -> (path: String, rows: Int) {
        let path = NorthwindBooks.temporaryFile(file)
        let rows = try RecordExport.write(try NorthwindBooks.type(type), company: NorthwindBooks.us, filter: filter,
                                          store: try NorthwindBooks.store.get(), to: path, builtAt: Date())
        return (path, rows)
    }

    @Test func monthOfInvoicesAndBillsHasOneRowPerDocumentLineWithTheLedgersAmounts() throws {
        let (path, written) = try Self.marchInvoices.get()
        let sheet = try ExportedSheet(path: path, sheet: "Invoices and Bills")
        #expect(sheet.rows.count == written)
        #expect(written > 100)
        let store = try NorthwindBooks.store.get()
        let company = try store.read { try $0.company(named: NorthwindBooks.us) }
        try store.read { reader in
            for (id, rows) in sheet.rowsByRecordID {
                let document = try #require(try reader.document(id: id))
                #expect(document.status == .posted && document.kind.hasPricedLines && Self.march.from...Self.march.to ~= document.date)
                #expect(rows.count == document.lines.count, "\(document.label)")
                let amounts = try rows.map { try ExportedSheet.minorUnits($0["Amount"], in: Self.usd) }
                #expect(amounts == document.lines.map(\.amount), "\(document.label)")
                for row in rows {
                    #expect(ExportedSheet.text(row["Number"]) == document.number)
                    #expect(ExportedSheet.text(row["Type"])?.lowercased() == document.kind.displayName)
                    #expect(row["Date"] == .date(document.date))
                    #expect(ExportedSheet.integer(row["Version"]) == Int64(document.version))
                    #expect(row["Post"] == nil && row["Action"] == nil && row["Status"] == nil && row["Message"] == nil)
                }
            }
            // Every posted invoice, credit memo, bill and vendor credit of March is there, with its subtotal.
            var exported: [String: Int64] = [:]
            for rows in sheet.rowsByRecordID.values {
                let key = "\(ExportedSheet.text(rows[0]["Type"]) ?? "") \(ExportedSheet.text(rows[0]["Number"]) ?? "")".lowercased()
                exported[key] = try rows.reduce(0) { $0 + (try ExportedSheet.minorUnits($1["Amount"], in: Self.usd) ?? 0) }
            }
            var checked = 0
            for kind in PartyKind.allCases {
                try reader.forEachInvoiceOrBill(companyID: company.id, partyKind: kind, dates: Self.march, partyID: nil,
                                                paidThrough: Self.march.to) { row in
                    guard row.status == .posted else { return }
                    #expect(exported["\(row.kind.displayName) \(row.number)".lowercased()] == row.subtotal, "\(row.number)")
                    checked += 1
                }
            }
            #expect(checked > 20)
        }
    }

    @Test func exportReadsBackWithTypedDatesAndNumbers() throws {
        let sheet = try ExportedSheet(path: try Self.marchInvoices.get().path, sheet: "Invoices and Bills")
        let dates = sheet.rows.compactMap { Self.date($0["Date"]) }
        #expect(dates.count == sheet.rows.count)
        #expect(dates == dates.sorted())
        func isNumber(_ value: XLSXValue?) -> Bool {
            guard case .number? = value else { return false }
            return true
        }
        for row in sheet.rows {
            if let due = row["Due Date"] { #expect(Self.date(due) != nil, "Due Date \(due)") }
            for column in ["Amount", "Record ID", "Version"] { #expect(isNumber(row[column]), "\(column): \(String(describing: row[column]))") }
            for column in ["Quantity", "Rate"] where row[column] != nil { #expect(isNumber(row[column]), "\(column)") }
            #expect(ExportedSheet.text(row["Number"]) != nil)
            #expect(ExportedSheet.text(row["Account"])?.first?.isNumber == true, "accounts are written as \"4010 Product Sales\"")
            // One party, on the side the type has; a sales receipt may be to a walk-in customer.
            switch ExportedSheet.text(row["Type"]) {
            case "Invoice", "Credit Memo": #expect(ExportedSheet.text(row["Customer"]) != nil && row["Vendor"] == nil)
            case "Bill", "Vendor Credit": #expect(ExportedSheet.text(row["Vendor"]) != nil && row["Customer"] == nil)
            case "Sales Receipt": #expect(row["Vendor"] == nil && row["Deposit To"] != nil)
            case let other: Issue.record("Type \(String(describing: other))")
            }
        }
    }

    static func date(_ value: XLSXValue?) -> LocalDate? {
        guard case .date(let date)? = value else { return nil }
        return date
    }

    @Test func paymentsHaveOneRowPerSettlement() throws {
        let (path, written) = try export("payments", filter: RecordExportFilter(from: Self.march.from, to: Self.march.to), file: "payments.xlsx")
        let sheet = try ExportedSheet(path: path, sheet: "Payments")
        #expect(sheet.rows.count == written && written > 10)
        try NorthwindBooks.store.get().read { reader in
            for (id, rows) in sheet.rowsByRecordID {
                let payment = try #require(try reader.document(id: id))
                #expect(payment.kind.isPayment && payment.status == .posted)
                let settled = try rows.map { (ExportedSheet.text($0["Applied To"]) ?? "", try ExportedSheet.minorUnits($0["Amount"], in: Self.usd) ?? 0) }
                #expect(settled.map(\.0) == payment.applications.map(\.targetNumber), "\(payment.label)")
                #expect(settled.map(\.1) == payment.applications.map(\.amount), "\(payment.label)")
                #expect(rows.allSatisfy { ExportedSheet.text($0["Bank Account"])?.first?.isNumber == true })
            }
        }
    }

    @Test func journalEntriesBalanceAndKeepTheirLines() throws {
        let (path, written) = try export("journal-entries", file: "journal.xlsx")
        let sheet = try ExportedSheet(path: path, sheet: "Journal Entries")
        #expect(sheet.rows.count == written && written > 10)
        try NorthwindBooks.store.get().read { reader in
            for (id, rows) in sheet.rowsByRecordID {
                let entry = try #require(try reader.document(id: id))
                #expect(entry.kind == .journalEntry && rows.count == entry.lines.count)
                let debits = try rows.map { try ExportedSheet.minorUnits($0["Debit"], in: Self.usd) ?? 0 }
                let credits = try rows.map { try ExportedSheet.minorUnits($0["Credit"], in: Self.usd) ?? 0 }
                #expect(zip(debits, credits).map { $0 - $1 } == entry.lines.map(\.amount), "\(entry.label)")
                #expect(debits.reduce(0, +) == credits.reduce(0, +))
            }
        }
    }

    @Test func referenceRecordsCarryIDsVersionsAndTheAllowedSpellings() throws {
        let store = try NorthwindBooks.store.get()
        let directory = try RecordTemplateTests.directory(store)

        let accounts = try ExportedSheet(path: try export("accounts", file: "accounts.xlsx").path, sheet: "Accounts")
        #expect(accounts.rows.compactMap { ExportedSheet.integer($0["Record ID"]) } == directory.accounts.map(\.id))
        let types = try #require(try NorthwindBooks.type("accounts").column(.accountType)?.allowed)
        #expect(accounts.rows.allSatisfy { types.contains(ExportedSheet.text($0["Type"]) ?? "") })
        let child = try #require(directory.accounts.first { $0.parentID != nil })
        let childRow = try #require(accounts.rows.first { ExportedSheet.integer($0["Record ID"]) == child.id })
        #expect(ExportedSheet.text(childRow["Parent"]) == directory.name(in: .accounts, id: child.parentID))
        #expect(ExportedSheet.integer(childRow["Version"]) == Int64(child.version))

        let items = try ExportedSheet(path: try export("items", file: "items.xlsx").path, sheet: "Items")
        #expect(items.rows.count == directory.items.count)
        #expect(items.rows.allSatisfy { ["Product", "Service"].contains(ExportedSheet.text($0["Kind"]) ?? "") })

        let customers = try ExportedSheet(path: try export("customers", file: "customers.xlsx").path, sheet: "Customers")
        #expect(customers.rows.map { ExportedSheet.text($0["Name"]) } == directory.customers.map(\.name))
        let termsNames = Dictionary(uniqueKeysWithValues: directory.terms.map { ($0.id, $0.name) })
        #expect(customers.rows.map { ExportedSheet.text($0["Terms"]) } == directory.customers.map { $0.termsID.flatMap { termsNames[$0] } })
    }

    @Test func oneCustomersMonthAsCSVHasPlainNumbers() throws {
        let (path, written) = try export("invoices-and-bills", filter: RecordExportFilter(from: Self.march.from, to: Self.march.to,
                                                                                          customer: "astoria fine foods"), file: "astoria.csv")
        let table = try CSVTable(path: path)
        #expect(table.header == (try NorthwindBooks.type("invoices-and-bills")).columns.map(\.header))
        #expect(table.records.count == written && written > 0)
        for record in table.records {
            #expect(record.optional("Customer") == "Astoria Fine Foods")
            #expect(record.optional("Amount")?.wholeMatch(of: /-?[0-9]+\.[0-9]{2}/) != nil, "\(record.optional("Amount") ?? "")")
            #expect(record.optional("Date *")?.wholeMatch(of: /2026-03-[0-9]{2}/) != nil)
        }
    }

    @Test func numberPicksOneDocument() throws {
        let (path, written) = try export("invoices-and-bills", filter: RecordExportFilter(number: "bill-10009"), file: "bill.xlsx")
        let sheet = try ExportedSheet(path: path, sheet: "Invoices and Bills")
        #expect(Set(sheet.rows.map { ExportedSheet.text($0["Number"]) }) == ["BILL-10009"])
        #expect(sheet.rows.count == written && written >= 1)
    }

    @Test func csvDefusesTextThatLooksLikeAFormula() throws {
        let store = try LedgerStore(path: NorthwindBooks.temporaryFile("formulas.sqlite"), create: true)
        try store.write { writer in
            let company = try writer.addCompany(name: "Harbor Bakery", currency: try Currency(code: "EUR"), fiscalYearStartMonth: 1)
            for name in ["=HYPERLINK(\"http://x\")", "+Plus", "-Minus", "@At", "Plain, Comma"] {
                _ = try writer.addParty(companyID: company.id, kind: .customer, name: name)
            }
        }
        let path = NorthwindBooks.temporaryFile("customers.csv")
        try RecordExport.write(try NorthwindBooks.type("customers"), company: "Harbor Bakery", filter: RecordExportFilter(),
                               store: store, to: path, builtAt: Date())
        let lines = try String(contentsOfFile: path, encoding: .utf8).components(separatedBy: "\r\n")
        #expect(lines.first == "Post,Name *,Parent,Email,Phone,Billing Address,Tax ID,Terms,Group Company,Active,Action,Record ID,Version,Status,Message")
        #expect(lines[3] == ",\"'=HYPERLINK(\"\"http://x\"\")\",,,,,,,,yes,,1,1,,")
        let names = try CSVTable(path: path).records.map { $0.optional("Name *") }
        #expect(names == ["'+Plus", "'-Minus", "'=HYPERLINK(\"http://x\")", "'@At", "Plain, Comma"])
    }

    @Test func optionsTheTypeDoesNotTakeAndUnknownNamesAreRefusedBeforeAnythingIsWritten() throws {
        let store = try NorthwindBooks.store.get()
        let path = NorthwindBooks.temporaryFile("refused.xlsx")
        let cases: [(String, RecordExportFilter, String)] = [
            ("accounts", RecordExportFilter(customer: "Astoria Fine Foods"),
             "accounts does not take --customer: its export has every record; --from/--to, --customer, --vendor and --number narrow exports of documents"),
            ("payments", RecordExportFilter(customer: "Astoria Fine Foods", vendor: "Mayumi's"), "give --customer or --vendor, not both"),
            ("payments", RecordExportFilter(from: Self.march.from), "--from and --to go together: add --to (dates as YYYY-MM-DD)"),
            ("payments", RecordExportFilter(from: Self.march.to, to: Self.march.from), "--from 2026-03-31 is after --to 2026-03-01: swap them"),
            ("invoices-and-bills", RecordExportFilter(customer: "Astoria Fine Food"),
             "no customer named \"Astoria Fine Food\" in Northwind Traders Inc (did you mean \"Astoria Fine Foods\"?)"),
            ("invoices-and-bills", RecordExportFilter(number: "NO-SUCH"), "Northwind Traders Inc has no posted invoices and bills numbered \"NO-SUCH\""),
        ]
        for (type, filter, message) in cases {
            let error = #expect(throws: RecordError.self) {
                try RecordExport.write(try NorthwindBooks.type(type), company: NorthwindBooks.us, filter: filter, store: store,
                                       to: path, builtAt: Date())
            }
            #expect(error?.description == message)
        }
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty, "no file and no temporary file left")
    }
}
