import Foundation
import Ledger
import LedgerStore
import Records
import SpreadsheetBasics
import Testing

/// Templates of every record type, as openpyxl and LibreOffice see them.
@Suite struct RecordTemplateTests {
    static let typeNames = ["accounts", "budgets", "classes", "customers", "deposits-and-transfers", "disbursements", "invoices-and-bills", "items", "journal-entries", "locations", "payments", "receipts",
                             "tax-codes", "terms", "vendors"]

    static func directory(_ store: LedgerStore, company: String = NorthwindBooks.us) throws -> CompanyDirectory {
        try store.read { reader in try CompanyDirectory(company: reader.company(named: company), reader: reader) }
    }

    @Test func theCatalogHasEveryType() throws {
        #expect(try NorthwindBooks.catalog.get().types.map(\.name) == Self.typeNames)
    }

    @Test(arguments: typeNames)
    func templateHasItsSheetsHeaderAndDropDownsOverTheLists(_ name: String) throws {
        let type = try NorthwindBooks.type(name)
        let store = try NorthwindBooks.store.get()
        let path = NorthwindBooks.temporaryFile("\(name).xlsx")
        try RecordTemplate.write(type, company: NorthwindBooks.us, store: store, to: path, builtAt: Date())
        let dump = try #require(try SpreadsheetTools.openpyxlDump([path])[path])

        #expect(dump.order == ["Instructions", type.title, "Lists", "_ledgersync"])
        #expect(dump.sheets.mapValues(\.state) == ["Instructions": "visible", type.title: "visible", "Lists": "hidden", "_ledgersync": "hidden"])
        let entry = try #require(dump.sheets[type.title])
        #expect(entry.rows == [type.columns.map { .text($0.header) }])
        #expect(entry.freeze == "A2")
        #expect(entry.headerBold)
        for (index, column) in type.columns.enumerated() {
            let format = entry.columns[CellReference.column(index)]?.format
            switch column.format {
            case .date: #expect(format == "yyyy-mm-dd", "\(column.name)")
            case .money: #expect(format == "#,##0.00_);(#,##0.00)", "\(column.name)")
            case .integer: #expect(format == "0", "\(column.name)")
            case .text: #expect(format == "@", "\(column.name)")
            case .quantity, .rate: #expect(format != "@" && format != nil, "\(column.name)")
            }
        }

        // Each list the type uses is a column of the Lists sheet holding the company's names under a defined name;
        // the columns that take its names have a drop-down over that name that only warns.
        let directory = try Self.directory(store)
        let lists = try #require(dump.sheets["Lists"])
        var expected: [WorkbookDump.Validation] = []
        for (index, column) in type.columns.enumerated() {
            let cells = "\(CellReference.column(index))2:\(CellReference.column(index))1048576"
            if let allowed = column.allowed {
                expected.append(.init(formula: "\"\(allowed.joined(separator: ","))\"", sqref: cells, stops: column.field != .post,
                                      title: column.name, prompt: column.help))
            } else if let list = column.list {
                let names = directory.names(list)
                let listColumn = try #require(lists.rows.first?.firstIndex(of: .text(Self.title(list))))
                let letter = CellReference.column(listColumn)
                #expect(lists.rows.dropFirst().prefix(names.count).map { $0[listColumn] } == names.map { .text($0) }, "\(list)")
                let definedName = Self.title(list).replacingOccurrences(of: " ", with: "")
                #expect(dump.names[definedName] == "Lists!$\(letter)$2:$\(letter)$\(names.count + 1)")
                expected.append(.init(formula: definedName, sqref: cells, stops: false, title: column.name, prompt: column.help))
            }
        }
        #expect(entry.validations == expected)
        if type.columns.contains(where: { $0.list == .customers }) {
            let customers = try #require(lists.rows.first?.firstIndex(of: .text("Customers")))
            #expect(lists.rows.contains { $0[customers] == .text("Astoria Fine Foods") })
        }
        if type.columns.contains(where: { $0.list == .companies }) {
            // The other companies of the ledger; a party is never its own company.
            let companies = try #require(lists.rows.first?.firstIndex(of: .text("Companies")))
            #expect(lists.rows.dropFirst().map { $0[companies] }.filter { $0 != .none } == [.text("Northwind Canada Ltd"), .text("Northwind UK Ltd")])
        }

        let metadata = try #require(dump.sheets["_ledgersync"])
        #expect(metadata.rows.first?.prefix(3) == [.text("Sheet"), .text("Request"), .text("Built")])
        #expect(metadata.rows.dropFirst().first?.prefix(2) == [.text(type.title), .text("{\"company\":\"Northwind Traders Inc\",\"records\":\"\(name)\"}")])

        let instructions = try #require(dump.sheets["Instructions"]).rows.compactMap(\.first)
        #expect(instructions.first == .text("\(type.title) — Northwind Traders Inc"))
        for paragraph in type.instructions { #expect(instructions.contains(.text(paragraph))) }
        #expect(instructions.contains(.text("ledgersync records post FILE")))
        let takesRow = try #require(dump.sheets["Instructions"]?.rows.first { $0.first == .text(type.columns[0].name) })
        #expect(takesRow.prefix(3) == [.text("Post"), .none, .text("yes, no or done")])
    }

    /// The title a list's column has on the Lists sheet.
    static func title(_ list: RecordList) -> String {
        switch list {
        case .customers: "Customers"
        case .vendors: "Vendors"
        case .items: "Items"
        case .accounts: "Accounts"
        case .bankAccounts: "Bank Accounts"
        case .taxCodes: "Tax Codes"
        case .classes: "Classes"
        case .locations: "Locations"
        case .companies: "Companies"
        case .terms: "Terms"
        }
    }

    @Test func csvTemplateIsTheHeaderAlone() throws {
        let type = try NorthwindBooks.type("journal-entries")
        let path = NorthwindBooks.temporaryFile("journal.csv")
        try RecordTemplate.write(type, company: NorthwindBooks.us, store: try NorthwindBooks.store.get(), to: path, builtAt: Date())
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text == "Post,Number *,Date *,Memo,Account *,Debit,Credit,Description,Customer,Vendor,Class,Location,Line ID,Action,Record ID,Version,Status,Message\r\n")
    }

    /// A new company has no customers, items, classes …: those lists get a header and no drop-down, and long help is
    /// cut to Excel's limits. LibreOffice opens the result and keeps its drop-downs and names when it saves it again.
    @Test func emptyListsAndLongHelpStillMakeAWorkbookLibreOfficeOpens() throws {
        let store = try LedgerStore(path: NorthwindBooks.temporaryFile("bakery.sqlite"), create: true)
        try store.write { writer in
            let company = try writer.addCompany(name: "Harbor Bakery", currency: try Currency(code: "EUR"), fiscalYearStartMonth: 1)
            _ = try writer.addAccount(companyID: company.id, number: "1010", name: "Checking", type: .bank)
        }
        let longHelp = String(repeating: "Long help that goes on. ", count: 20)
        let type = try JSONDecoder().decode(RecordType.self, from: Data("""
            {"name": "deposits", "title": "Deposits", "shape": "journal-entries", "summary": "Test.", "instructions": [],
             "columns": [
               {"name": "Post", "field": "post", "allowed": ["yes", "no", "done"], "help": "Post it."},
               {"name": "A column name far longer than thirty-two characters", "field": "bank-account", "list": "bank-accounts", "help": "\(longHelp)"},
               {"name": "Class", "field": "class", "list": "classes", "help": "Optional."}
             ]}
            """.utf8))
        let template = NorthwindBooks.temporaryFile("deposits.xlsx")
        try RecordTemplate.write(type, company: "Harbor Bakery", store: store, to: template, builtAt: Date())

        let dump = try #require(try SpreadsheetTools.openpyxlDump([template])[template])
        #expect(dump.names == ["BankAccounts": "Lists!$A$2:$A$2"])
        #expect(dump.sheets["Lists"]?.rows == [[.text("Bank Accounts"), .text("Classes")], [.text("1010 Checking"), .none]])
        let validations = try #require(dump.sheets["Deposits"]?.validations)
        #expect(validations.map(\.formula) == ["\"yes,no,done\"", "BankAccounts"])
        let cut = try #require(validations.last)
        #expect(cut.title?.utf16.count == 32)
        #expect(cut.prompt?.utf16.count == 255)
        #expect(cut.prompt?.hasSuffix("…") == true)

        let folder = NorthwindBooks.temporaryFile("converted")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let northwind = NorthwindBooks.temporaryFile("invoices.xlsx")
        try RecordTemplate.write(try NorthwindBooks.type("invoices-and-bills"), company: NorthwindBooks.us,
                                 store: try NorthwindBooks.store.get(), to: northwind, builtAt: Date())
        let converted = try SpreadsheetTools.libreOfficeConvert([template, northwind], to: "xlsx", into: folder)
        let roundTrip = try SpreadsheetTools.openpyxlDump(converted)
        #expect(roundTrip[converted[0]]?.sheets["Deposits"]?.validations.map(\.formula) == ["\"yes,no,done\"", "BankAccounts"])
        let invoices = try #require(roundTrip[converted[1]])
        #expect(invoices.names["Customers"] != nil)
        #expect(invoices.sheets["Invoices and Bills"]?.validations.contains { $0.formula == "Customers" && !$0.stops } == true)
        #expect(invoices.sheets["Invoices and Bills"]?.rows.first?.first == .text("Post"))
    }
}
