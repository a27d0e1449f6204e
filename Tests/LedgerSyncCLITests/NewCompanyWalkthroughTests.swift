import Foundation
import Testing

/// A bookkeeper's first quarter in a company of their own, from `init` and `company add`, through the command line as
/// the README walks it: set-up lists, 200 invoice lines, payments, a refund, a deposit and a transfer. Every figure of
/// the reports is computed again here from the rows the test wrote, with its own rounding and date arithmetic.
@Suite("A new company's own books, end to end")
struct NewCompanyWalkthroughTests {
    typealias CLI = LedgerSyncProcess
    static let company = "Harbor Supply Co"
    static let asOf = "2026-03-31"

    enum Terms {
        case days(Int), dayOfNextMonth(Int)
    }

    struct Customer {
        let name: String
        let parent: String?
        let termsName: String
        let terms: Terms
    }

    static let customers = [
        Customer(name: "Bayview Cafe", parent: nil, termsName: "Net 15", terms: .days(15)),
        Customer(name: "Cedar Grocers", parent: nil, termsName: "2% 10 Net 30", terms: .days(30)),
        Customer(name: "Dune Hotels", parent: nil, termsName: "15th of next month", terms: .dayOfNextMonth(15)),
        Customer(name: "Harbor Inn", parent: "Dune Hotels", termsName: "Net 60", terms: .days(60)),
        Customer(name: "Elm Street Deli", parent: nil, termsName: "Due on receipt", terms: .days(0)),
    ]

    enum Tax: CaseIterable { case stateAndCounty, state, none }

    struct Item {
        let name: String
        let account: String
        let rate: Decimal
        /// Whether the sheet types the rate (otherwise the item's own rate applies).
        let typesRate: Bool
    }

    static let items = [
        Item(name: "Widget", account: "4010 Product Sales", rate: Decimal(string: "12.50")!, typesRate: false),
        Item(name: "Gadget", account: "4010 Product Sales", rate: Decimal(string: "7.345")!, typesRate: true),
        Item(name: "Install", account: "4020 Service Revenue", rate: 65, typesRate: false),
    ]
    static let quantities = ["1", "2", "3", "2.5", "4", "1.5", "6"].map { Decimal(string: $0)! }

    struct Line {
        let item: Item
        let quantity: Decimal
        let tax: Tax
        let className: String
        let location: String
        var amount: Int64 { cents(quantity * item.rate) }
        var stateTax: Int64 { tax == .none ? 0 : cents(Decimal(amount) / 100 * 6 / 100) }
        var countyTax: Int64 { tax == .stateAndCounty ? cents(Decimal(amount) / 100 * Decimal(string: "1.25")! / 100) : 0 }
        var total: Int64 { amount + stateTax + countyTax }
    }

    struct Invoice {
        let number: String
        let customer: Customer
        let date: String
        let lines: [Line]
        var total: Int64 { lines.reduce(0) { $0 + $1.total } }
    }

    /// 40 invoices of 5 lines, every other day from January 5.
    static let invoices: [Invoice] = (0..<40).map { k in
        let lines = (0..<5).map { j in
            Line(item: items[(k + j) % 3], quantity: quantities[(k * 3 + j) % quantities.count], tax: Tax.allCases[(k + 2 * j) % 3],
                 className: k % 2 == 0 ? "Retail" : "Wholesale", location: j % 2 == 0 ? "Downtown" : "Harbor")
        }
        return Invoice(number: "INV-\(1001 + k)", customer: customers[k % customers.count], date: day(2026, 1, 5, plus: 2 * k), lines: lines)
    }

    @Test("From init to a quarter's reports: P&L, balance sheet, aging by terms and tax per agency agree with figures computed apart")
    func firstQuarter() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("walkthrough-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let ledger = folder.appendingPathComponent("books.sqlite").path
        func run(_ arguments: [String]) throws -> CLI.Outcome {
            let outcome = try CLI.run(arguments, ledger: ledger)
            #expect(outcome.status == 0, "\(arguments): \(outcome.stderr)")
            return outcome
        }
        func post(_ type: String, _ rows: [String]) throws {
            let path = folder.appendingPathComponent("\(type).csv").path
            try (rows.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
            let outcome = try run(["records", "post", path, "--type", type, "--company", Self.company])
            #expect(outcome.stderr.isEmpty && outcome.stdout.contains(" 0 with errors"), "\(type): \(outcome.stdout)\(outcome.stderr)")
        }

        _ = try run(["init"])
        _ = try run(["company", "add", Self.company, "--currency", "USD"])
        try post("accounts", ["Post,Number,Name,Type", "yes,2210,County Sales Tax Payable,Other Current Liability"])
        try post("vendors", ["Post,Name,Email,Billing Address,Tax ID,Terms",
                             "yes,State Department of Revenue,salestax@state.example,\"1 Capitol Way, Salem\",,Net 30",
                             "yes,County Tax Collector,,\"20 Main St, Harbor\",,Net 30"])
        try post("tax-codes", ["Post,Name,Rate %,Account,Components,Agency",
                               "yes,State,6,2200 Sales Tax Payable,,State Department of Revenue",
                               "yes,County,1.25,2210,,County Tax Collector",
                               "yes,State and County,,,State + County,"])
        try post("classes", ["Post,Name,Parent", "yes,Sales,", "yes,Retail,Sales", "yes,Wholesale,Sales"])
        try post("locations", ["Post,Name,Parent", "yes,Downtown,", "yes,Harbor,"])
        try post("terms", ["Post,Name,Due Days,Day of Next Month,Discount %,Discount Days",
                           "yes,15th of next month,,15,,", "yes,2% 10 Net 30,30,,2,10"])
        try post("customers", ["Post,Name,Parent,Email,Phone,Billing Address,Tax ID,Terms"] + Self.customers.enumerated().map { index, customer in
            "yes,\(customer.name),\(customer.parent ?? ""),ap@\(index).example,555-010\(index),\"\(index + 1) Harbor Rd, Portland\",TX-\(index),\(customer.termsName)"
        })
        try post("items", ["Post,Name,Kind,Description,Rate,Income Account"] + Self.items.map { item in
            "yes,\(item.name),\(item.account.hasPrefix("4020") ? "Service" : "Product"),\(item.name) for trade,\(item.rate),\(item.account)"
        })

        let taxNames: [Tax: String] = [.stateAndCounty: "State and County", .state: "State", .none: ""]
        var rows = ["Post,Type,Number,Customer,Date,Item,Account,Quantity,Rate,Amount,Tax Code,Class,Location"]
        for invoice in Self.invoices {
            for line in invoice.lines {
                rows.append("yes,Invoice,\(invoice.number),\(invoice.customer.name),\(invoice.date),\(line.item.name),,\(line.quantity),"
                            + "\(line.item.typesRate ? "\(line.item.rate)" : ""),,\(taxNames[line.tax]!),\(line.className),\(line.location)")
            }
        }
        rows.append("yes,Credit Memo,CM-1,Cedar Grocers,2026-02-10,,4020 Service Revenue,,,30.00,,,")
        try post("invoices-and-bills", rows)
        #expect(rows.count - 2 == 200)

        let (first, second, third, sixth) = (Self.invoices[0], Self.invoices[1], Self.invoices[2], Self.invoices[5])
        try post("payments", [
            "Post,Type,Number,Customer,Date,Bank Account,Applied To,Amount",
            "yes,Customer Payment,PMT-1,Bayview Cafe,2026-02-02,Undeposited Funds,\(first.number),\(Self.text(first.total))",
            "yes,,,,,,,50.00",
            "yes,Customer Payment,PMT-2,Cedar Grocers,2026-02-03,Undeposited Funds,\(second.number),\(Self.text(second.total))",
            "yes,Customer Payment,PMT-3,Dune Hotels,2026-02-04,Undeposited Funds,\(third.number),100.00",
            "yes,Customer Refund,RF-1,Cedar Grocers,2026-02-20,Checking,CM-1,30.00",
            "yes,Customer Payment,PMT-4,Bayview Cafe,2026-03-01,Checking,\(sixth.number),\(Self.text(sixth.total))",
            "yes,,,,,,PMT-1,50.00",
        ])
        try post("deposits-and-transfers", [
            "Post,Type,Number,Date,Bank Account,Deposited,Account,Transfer To,Amount,Description",
            "yes,Deposit,DEP-1,2026-02-05,Checking,PMT-1,,,,",
            "yes,,,,,PMT-2,,,,",
            "yes,,,,,PMT-3,,,,",
            "yes,,,,,,6050 Bank Charges,,-7.45,card processing fee",
            "yes,Transfer,TR-1,2026-03-15,Checking,,,Credit Card,45.00,pay the card",
        ])
        #expect(try run(["ledger", "check"]).stdout.hasPrefix("ok"))

        // The figures, computed from the rows above.
        let lines = Self.invoices.flatMap(\.lines)
        let products = lines.filter { $0.item.account.hasPrefix("4010") }.reduce(0) { $0 + $1.amount }
        let services = lines.filter { $0.item.account.hasPrefix("4020") }.reduce(0) { $0 + $1.amount } - 3_000
        let fee: Int64 = 745
        let netIncome = products + services - fee
        let stateTax = lines.reduce(0) { $0 + $1.stateTax }, countyTax = lines.reduce(0) { $0 + $1.countyTax }
        let checking = (first.total + 5_000 + second.total + 10_000 - fee) - 3_000 + (sixth.total - 5_000) - 4_500
        var open = Dictionary(uniqueKeysWithValues: Self.invoices.map { ($0.number, $0.total) })
        open[first.number] = 0
        open[second.number] = 0
        open[third.number]! -= 10_000
        open[sixth.number] = 0
        let receivables = open.values.reduce(0, +)

        let report = { (arguments: [String]) throws -> [String: [String]] in
            let path = folder.appendingPathComponent("\(arguments[0]).csv").path
            _ = try run(["report"] + arguments + ["--company", Self.company, "-o", path, "--force"])
            return Self.rowsByLabel(try String(contentsOfFile: path, encoding: .utf8))
        }
        let quarter = ["--from", "2026-01-01", "--to", Self.asOf]
        let pl = try report(["profit-and-loss"] + quarter)
        #expect(pl["4010 Product Sales"] == [Self.text(products)])
        #expect(pl["4020 Service Revenue"] == [Self.text(services)])
        #expect(pl["6050 Bank Charges"] == [Self.text(fee)])
        #expect(pl["Net Income"] == [Self.text(netIncome)])
        let retail = Self.invoices.filter { $0.lines[0].className == "Retail" }.flatMap(\.lines).reduce(0) { $0 + $1.amount }
        #expect(try report(["profit-and-loss", "--class", "Retail"] + quarter)["Total Income"] == [Self.text(retail)])
        let harbor = lines.filter { $0.location == "Harbor" }.reduce(0) { $0 + $1.amount }
        #expect(try report(["profit-and-loss", "--location", "Harbor"] + quarter)["Total Income"] == [Self.text(harbor)])

        let bs = try report(["balance-sheet", "--as-of", Self.asOf])
        #expect(bs["1000 Checking"] == [Self.text(checking)])
        #expect(bs["1050 Undeposited Funds"] == nil || bs["1050 Undeposited Funds"] == ["0.00"], "the deposit emptied it")
        #expect(bs["1100 Accounts Receivable"] == [Self.text(receivables)])
        #expect(bs["2100 Credit Card"] == [Self.text(-4_500)], "the transfer paid the card ahead")
        #expect(bs["2200 Sales Tax Payable"] == [Self.text(stateTax)])
        #expect(bs["2210 County Sales Tax Payable"] == [Self.text(countyTax)])
        #expect(bs["Net Income"] == [Self.text(netIncome)])
        #expect(bs["Total Assets"] == [Self.text(checking + receivables)])
        #expect(bs["Total Liabilities and Equity"] == [Self.text(checking + receivables)])

        let aging = try report(["ar-aging", "--as-of", Self.asOf])
        var buckets: [String: [Int64]] = [:]
        for invoice in Self.invoices where open[invoice.number]! != 0 {
            let late = Self.days(from: Self.dueDate(invoice), to: Self.asOf)
            let bucket = late <= 0 ? 0 : late <= 30 ? 1 : late <= 60 ? 2 : late <= 90 ? 3 : 4
            buckets[invoice.customer.name, default: [0, 0, 0, 0, 0]][bucket] += open[invoice.number]!
        }
        for (name, amounts) in buckets {
            #expect(aging[name] == (amounts + [amounts.reduce(0, +)]).map(Self.text), "\(name)")
        }
        #expect(aging["Total"]?.last == Self.text(receivables))

        let export = folder.appendingPathComponent("invoices-export.csv").path
        _ = try run(["records", "export", "invoices-and-bills", "--company", Self.company, "-o", export])
        let exported = try String(contentsOfFile: export, encoding: .utf8)
        for invoice in Self.invoices {
            #expect(exported.contains(",\(invoice.number),\(invoice.customer.name),,\(invoice.date),\(Self.dueDate(invoice)),"),
                    "\(invoice.number) is due by its customer's terms")
        }

        let tax = try report(["sales-tax-liability"] + quarter)
        let stateTaxable = lines.filter { $0.tax != .none }.reduce(0) { $0 + $1.amount }
        let countyTaxable = lines.filter { $0.tax == .stateAndCounty }.reduce(0) { $0 + $1.amount }
        #expect(tax["State (6%)"] == [Self.text(stateTaxable), Self.text(stateTax)])
        #expect(tax["County (1.25%)"] == [Self.text(countyTaxable), Self.text(countyTax)])
        #expect(tax["Total State Department of Revenue"] == ["", Self.text(stateTax)])
        #expect(tax["Total County Tax Collector"] == ["", Self.text(countyTax)])
        #expect(tax["Total tax"] == ["", Self.text(stateTax + countyTax)])
    }

    // MARK: Arithmetic of its own

    /// Rounds half-up to whole cents.
    static func cents(_ value: Decimal) -> Int64 {
        var scaled = value * 100, rounded = Decimal()
        NSDecimalRound(&rounded, &scaled, 0, .plain)
        return Int64(truncating: rounded as NSNumber)
    }

    /// "-1234.50", as the CSV reports write money.
    static func text(_ cents: Int64) -> String {
        (cents < 0 ? "-" : "") + "\(abs(cents) / 100)." + String(format: "%02d", abs(cents) % 100)
    }

    static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()

    static func date(_ iso: String) -> Date {
        let parts = iso.split(separator: "-").map { Int($0)! }
        return calendar.date(from: DateComponents(year: parts[0], month: parts[1], day: parts[2]))!
    }

    static func iso(_ date: Date) -> String {
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!)
    }

    static func day(_ year: Int, _ month: Int, _ day: Int, plus days: Int) -> String {
        iso(calendar.date(byAdding: .day, value: days, to: date(String(format: "%04d-%02d-%02d", year, month, day)))!)
    }

    static func days(from start: String, to end: String) -> Int {
        calendar.dateComponents([.day], from: date(start), to: date(end)).day!
    }

    /// The due date the customer's terms give the invoice.
    static func dueDate(_ invoice: Invoice) -> String {
        switch invoice.customer.terms {
        case .days(let days):
            return day(2026, 1, 1, plus: Self.days(from: "2026-01-01", to: invoice.date) + days)
        case .dayOfNextMonth(let dayOfMonth):
            let next = calendar.date(byAdding: .month, value: 1, to: date(String(invoice.date.prefix(8)) + "01"))!
            let last = calendar.range(of: .day, in: .month, for: next)!.count
            return String(iso(next).prefix(8)) + String(format: "%02d", min(dayOfMonth, last))
        }
    }

    /// A report CSV as label → the cells after it (the first of duplicate labels wins).
    static func rowsByLabel(_ text: String) -> [String: [String]] {
        var rows: [String: [String]] = [:]
        for line in text.split(whereSeparator: \.isNewline) {
            var cells: [String] = [], cell = "", quoted = false
            for character in line {
                switch character {
                case "\"": quoted.toggle()
                case "," where !quoted: cells.append(cell); cell = ""
                default: cell.append(character)
                }
            }
            cells.append(cell)
            let label = cells[0].trimmingCharacters(in: .whitespaces)
            if rows[label] == nil { rows[label] = Array(cells.dropFirst()) }
        }
        return rows
    }
}
