import Foundation
import Ledger
import LedgerStore

/// How many documents of each kind the example run posted, and how many it voided.
public struct ActivitySummary: Sendable {
    public var postedByKind: [DocumentKind: Int] = [:]
    public var voided = 0
    public var documents: Int { postedByKind.values.reduce(0, +) }
}

/// Generates the Northwind activity from 2025-01-01 to 2026-10-31 month by month and posts it:
/// invoices and bills (some credited, a few voided), cash sales, customer and bill payments that settle
/// most of them (some late, some partial, some never), monthly journals, and intercompany management
/// fees from the US company, recorded on both sides. Each month ends with inventory relieved to cost
/// of goods sold, and the month's sales tax or VAT is paid over the next month. Deterministic for a
/// given seed and scale.
struct NorthwindActivity {
    static let firstMonth = LocalDate(iso: "2025-01-01")!
    static let lastDay = LocalDate(iso: "2026-10-31")!
    static let months = (lastDay.year - firstMonth.year) * 12 + lastDay.month - firstMonth.month + 1

    /// Monthly volumes per company key at scale 1: invoices, bills, cash sales.
    static let volumes: [String: (invoices: Int, bills: Int, receipts: Int)] = [
        "us": (220, 140, 25), "ca": (90, 60, 10), "uk": (80, 50, 10),
    ]
    /// Monthly management fee the US company charges each subsidiary, in USD.
    static let managementFees: [String: Decimal] = ["ca": 25_000, "uk": 18_000]

    /// A payment not yet posted because its date is in a later month.
    private struct PendingPayment {
        var companyIndex: Int
        var kind: DocumentKind
        var partyID: Int64
        var date: LocalDate
        var applications: [Application]
    }

    let writer: LedgerWriter
    let companies: [NorthwindCompany]
    let scale: Int
    var random: SeededRandom
    var summary = ActivitySummary()
    private var pending: [PendingPayment] = []
    private var sequence: [String: Int] = [:]
    private var usdRates: [String: [LocalDate: Decimal]] = [:]
    /// Product sales of the current month per company, for the inventory-relief journal.
    private var productSales: [Int: Int64] = [:]
    /// Share of product sales that is the cost of the goods sold.
    static let costRatio = Decimal(string: "0.6")!

    init(writer: LedgerWriter, companies: [NorthwindCompany], scale: Int, seed: UInt64) throws {
        self.writer = writer
        self.companies = companies
        self.scale = scale
        random = SeededRandom(seed: seed)
        let usd = try Currency(code: "USD")
        for books in companies where books.currency != usd {
            usdRates[books.currency.code] = Dictionary(try writer.reader.rates(from: books.currency, to: usd).map { ($0.date, $0.rate) },
                                                       uniquingKeysWith: { first, _ in first })
        }
    }

    mutating func run(progress: (Int, Int) -> Void) throws -> ActivitySummary {
        for monthIndex in 0..<Self.months {
            let month = Self.firstMonth.adding(months: monthIndex)
            let season = 1 + 0.15 * sin(Double(month.month - 3) / 12 * 2 * .pi)
            for index in companies.indices {
                let volume = Self.volumes[companies[index].key] ?? (40, 30, 5)
                for _ in 0..<count(volume.invoices, season) { try invoice(index, month) }
                for _ in 0..<count(volume.bills, season) { try bill(index, month) }
                for _ in 0..<count(volume.receipts, season) { try salesReceipt(index, month) }
                try journals(index, month)
                try managementFees(index, month)
                try remitTax(index, month)
                try relieveInventory(index, month)
            }
            try postPayments(through: month.lastOfMonth)
            progress(monthIndex + 1, Self.months)
        }
        return summary
    }

    private mutating func count(_ base: Int, _ season: Double) -> Int {
        Int((Double(base * scale) * season).rounded()) + random.int(-2...2)
    }

    private mutating func number(_ prefix: String, _ books: NorthwindCompany) -> String {
        let key = "\(books.key)-\(prefix)"
        sequence[key, default: 0] += 1
        return "\(prefix)-\(10_000 + sequence[key]!)"
    }

    private mutating func day(in month: LocalDate) -> LocalDate {
        month.adding(days: random.int(0...(month.lastOfMonth.day - 1)))
    }

    @discardableResult
    private mutating func post(_ document: Document) throws -> SavedDocument {
        let saved = try writer.post(document)
        summary.postedByKind[document.kind, default: 0] += 1
        return saved
    }

    /// Voids a just-posted document now and then; returns whether it did.
    private mutating func maybeVoid(_ saved: SavedDocument) throws -> Bool {
        guard random.chance(0.005), let id = saved.document.id else { return false }
        try writer.void(documentID: id, expectedVersion: saved.document.version)
        summary.voided += 1
        return true
    }

    private mutating func invoice(_ index: Int, _ month: LocalDate) throws {
        let books = companies[index]
        let customer = random.pick(books.customers)
        let date = day(in: month)
        var lines: [DocumentLine] = []
        for _ in 0..<random.int(1...5) {
            let item = random.pick(books.sellableItems)
            let quantity: Decimal = item.kind == .product ? Decimal(random.int(5...120)) : Decimal(random.int(4...64)) / 4
            var rate = item.rate ?? 10
            if random.chance(0.15) { rate = rate * Decimal(string: "0.95")! }
            lines.append(try DocumentLine.priced(itemID: item.id, accountID: item.incomeAccountID!, description: item.description,
                                                 quantity: quantity, rate: rate, currency: books.currency, taxCodeID: item.taxCodeID,
                                                 classID: random.pick(books.classes).id, locationID: random.pick(books.locations).id))
        }
        let saved = try post(Document(companyID: books.company.id, kind: .invoice, number: number("INV", books), partyID: customer.id,
                                      date: date, dueDate: books.dueDate(of: customer, on: date), currency: books.currency, lines: lines))
        if try maybeVoid(saved) { return }
        productSales[index, default: 0] += lines.filter { books.productItemIDs.contains($0.itemID ?? 0) }.reduce(0) { $0 + $1.amount }
        var credit: SavedDocument?
        if random.chance(0.03) {
            let first = lines[0]
            let amount = Money(minorUnits: first.amount * Int64(random.int(10...25)) / 100, currency: books.currency)
            credit = try post(Document(companyID: books.company.id, kind: .creditMemo, number: number("CM", books), partyID: customer.id,
                                       date: min(date.adding(days: random.int(3...12)), Self.lastDay), currency: books.currency, memo: "Damaged goods allowance",
                                       lines: [DocumentLine(itemID: first.itemID, accountID: first.accountID, description: "Allowance",
                                                            quantity: 1, rate: amount.decimalValue, amount: amount.minorUnits,
                                                            taxCodeID: first.taxCodeID, classID: first.classID, locationID: first.locationID)]))
        }
        try schedule(index, .customerPayment, party: customer.id, target: saved, credit: credit, due: books.dueDate(of: customer, on: date))
    }

    private mutating func bill(_ index: Int, _ month: LocalDate) throws {
        let books = companies[index]
        let suppliers = books.suppliers, others = books.otherVendors
        let vendor = random.pick(others.isEmpty || (!suppliers.isEmpty && random.chance(0.7)) ? suppliers : others)
        let cents = vendor.isSupplier ? 80_000...450_000 : 5_000...150_000
        let date = day(in: month)
        let purchaseTax = books.purchaseTaxCode
        let lines = try (0..<random.int(1...3)).map { _ in
            try DocumentLine.priced(accountID: vendor.expenseAccountID, description: "Purchase", quantity: 1,
                                    rate: Decimal(random.int(cents)) / 100, currency: books.currency,
                                    taxCodeID: purchaseTax?.id, classID: random.pick(books.classes).id)
        }
        let saved = try post(Document(companyID: books.company.id, kind: .bill, number: number("BILL", books), partyID: vendor.party.id,
                                      date: date, dueDate: books.dueDate(of: vendor.party, on: date), currency: books.currency, lines: lines))
        if try maybeVoid(saved) { return }
        var credit: SavedDocument?
        if random.chance(0.02) {
            let returned = Money(minorUnits: lines[0].amount * Int64(random.int(10...30)) / 100, currency: books.currency)
            credit = try post(Document(companyID: books.company.id, kind: .vendorCredit, number: number("VC", books), partyID: vendor.party.id,
                                       date: min(date.adding(days: random.int(2...10)), Self.lastDay), currency: books.currency, memo: "Returned goods",
                                       lines: [DocumentLine(accountID: vendor.expenseAccountID, description: "Return", quantity: 1,
                                                            rate: returned.decimalValue, amount: returned.minorUnits, taxCodeID: purchaseTax?.id)]))
        }
        try schedule(index, .billPayment, party: vendor.party.id, target: saved, credit: credit, due: books.dueDate(of: vendor.party, on: date))
    }

    private mutating func salesReceipt(_ index: Int, _ month: LocalDate) throws {
        let books = companies[index]
        let lines = try (0..<random.int(1...3)).map { _ in
            let item = random.pick(books.productItems)
            return try DocumentLine.priced(itemID: item.id, accountID: item.incomeAccountID!, description: item.description,
                                           quantity: Decimal(random.int(1...10)), rate: item.rate ?? 10, currency: books.currency,
                                           taxCodeID: item.taxCodeID, locationID: random.pick(books.locations).id)
        }
        try post(Document(companyID: books.company.id, kind: .salesReceipt, number: number("SR", books), date: day(in: month),
                          currency: books.currency, memo: "Cash sale", bankAccountID: books.role("operating-bank"), lines: lines))
        productSales[index, default: 0] += lines.reduce(0) { $0 + $1.amount }
    }

    /// Decides how and when a posted invoice or bill gets paid: mostly in full around the due date,
    /// sometimes late, sometimes in two parts, sometimes never; now and then together with another.
    private mutating func schedule(_ index: Int, _ kind: DocumentKind, party: Int64, target: SavedDocument, credit: SavedDocument?,
                                   due: LocalDate) throws {
        let roll = Double.random(in: 0..<1, using: &random)
        let neverPaid = kind == .customerPayment ? 0.03 : 0.04
        guard roll >= neverPaid else { return }
        let isPartial = roll < neverPaid + 0.08
        let offset = random.chance(0.2) ? random.int(11...75) : random.int(-20...10)
        var date = max(due.adding(days: offset), target.document.date.adding(days: 1))
        func application(_ saved: SavedDocument, _ amount: Int64) -> Application {
            Application(targetID: saved.document.id!, targetKind: saved.document.kind, targetNumber: saved.document.number, amount: amount)
        }
        if isPartial {
            let first = target.total * Int64(random.int(40...90)) / 100
            guard first > 0 else { return }
            add(PendingPayment(companyIndex: index, kind: kind, partyID: party, date: date, applications: [application(target, first)]))
            if random.chance(0.5) {
                add(PendingPayment(companyIndex: index, kind: kind, partyID: party, date: date.adding(days: random.int(30...90)),
                                   applications: [application(target, target.total - first)]))
            }
            return
        }
        var applications = [application(target, target.total)]
        if let credit {
            applications.append(application(credit, credit.total))
            date = max(date, credit.document.date)
        }
        if random.chance(0.15), let last = pending.lastIndex(where: { $0.companyIndex == index && $0.kind == kind && $0.partyID == party }),
           pending[last].date >= date, !pending[last].applications.contains(where: { $0.targetID == target.document.id }) {
            pending[last].applications += applications
        } else {
            add(PendingPayment(companyIndex: index, kind: kind, partyID: party, date: date, applications: applications))
        }
    }

    private mutating func add(_ payment: PendingPayment) {
        guard payment.date <= Self.lastDay else { return }
        pending.append(payment)
    }

    private mutating func postPayments(through date: LocalDate) throws {
        let due = pending.filter { $0.date <= date }.sorted { ($0.date, $0.companyIndex) < ($1.date, $1.companyIndex) }
        pending.removeAll { $0.date <= date }
        for payment in due {
            let books = companies[payment.companyIndex]
            try post(Document(companyID: books.company.id, kind: payment.kind, number: number(payment.kind == .customerPayment ? "PMT" : "BP", books),
                              partyID: payment.partyID, date: payment.date, currency: books.currency,
                              bankAccountID: books.role("operating-bank"), applications: payment.applications))
        }
    }

    private mutating func journals(_ index: Int, _ month: LocalDate) throws {
        let books = companies[index]
        for journal in books.journals {
            let date = month.adding(days: min(journal.day, month.lastOfMonth.day) - 1)
            try post(Document(companyID: books.company.id, kind: .journalEntry, number: number("JE", books), date: date,
                              currency: books.currency, memo: "\(journal.name) \(month.year)-\(month.month)", lines: journal.lines))
        }
    }

    /// On the 20th, pays over each tax account's balance at the end of the previous month
    /// (a refund when input VAT exceeded output VAT).
    private mutating func remitTax(_ index: Int, _ month: LocalDate) throws {
        guard month > Self.firstMonth else { return }
        let books = companies[index]
        let periodEnd = month.adding(days: -1)
        var lines: [DocumentLine] = []
        for accountID in Set(books.taxCodes.values.compactMap(\.accountID)).sorted() {
            let balance = try writer.reader.balance(accountID: accountID, through: periodEnd)
            guard balance != 0 else { continue }
            lines.append(DocumentLine(accountID: accountID, description: "Tax for \(periodEnd.year)-\(periodEnd.month)", amount: -balance))
            lines.append(DocumentLine(accountID: books.role("operating-bank"), description: "Tax payment", amount: balance))
        }
        guard !lines.isEmpty else { return }
        try post(Document(companyID: books.company.id, kind: .journalEntry, number: number("TAX", books), date: month.adding(days: 19),
                          currency: books.currency, memo: "Sales tax / VAT return", lines: lines))
    }

    /// At month end, moves the cost of the products sold from inventory to cost of goods sold,
    /// never more than the inventory on hand.
    private mutating func relieveInventory(_ index: Int, _ month: LocalDate) throws {
        let books = companies[index]
        let costOfSales = try Money(rounding: Money(minorUnits: productSales[index] ?? 0, currency: books.currency).decimalValue * Self.costRatio,
                                    in: books.currency).minorUnits
        productSales[index] = 0
        let onHand = try writer.reader.balance(accountID: books.role("inventory"), through: month.lastOfMonth)
        let cost = min(costOfSales, onHand)
        guard cost > 0 else { return }
        try post(Document(companyID: books.company.id, kind: .journalEntry, number: number("COGS", books), date: month.lastOfMonth,
                          currency: books.currency, memo: "Cost of goods sold \(month.year)-\(month.month)",
                          lines: [DocumentLine(accountID: books.role("cost-of-goods-sold"), description: "Cost of goods sold", amount: cost),
                                  DocumentLine(accountID: books.role("inventory"), description: "Inventory relief", amount: -cost)]))
    }

    /// The US company invoices each subsidiary a monthly fee in USD; the subsidiary books the bill in its
    /// own currency at the day's rate. Both are settled on the 15th of the next month.
    private mutating func managementFees(_ index: Int, _ month: LocalDate) throws {
        let parent = companies[index]
        guard parent.key == "us", let feeItem = parent.items.first(where: { $0.incomeAccountID == parent.roles["management-fees"] }) else { return }
        let date = month.lastOfMonth
        let settle = month.adding(months: 1).adding(days: 14)
        for (subsidiaryIndex, subsidiary) in companies.enumerated() {
            guard let fee = Self.managementFees[subsidiary.key], let customer = parent.intercompanyCustomers[subsidiary.key],
                  let vendor = subsidiary.intercompanyVendors[parent.key],
                  let rate = usdRates[subsidiary.currency.code]?[date] else { continue }
            let invoice = try post(Document(
                companyID: parent.company.id, kind: .invoice, number: number("IC-\(subsidiary.key.uppercased())", parent), partyID: customer.id,
                date: date, dueDate: settle, currency: parent.currency, memo: "Management fee \(month.year)-\(month.month)",
                lines: [try DocumentLine.priced(itemID: feeItem.id, accountID: feeItem.incomeAccountID!, description: "Management fee",
                                                quantity: 1, rate: fee, currency: parent.currency, taxCodeID: feeItem.taxCodeID)]))
            let bill = try post(Document(
                companyID: subsidiary.company.id, kind: .bill, number: number("IC-US", subsidiary), partyID: vendor.party.id,
                date: date, dueDate: settle, currency: subsidiary.currency, memo: "Management fee \(month.year)-\(month.month) (USD \(fee))",
                lines: [try DocumentLine.priced(accountID: vendor.expenseAccountID, description: "Management fee", quantity: 1,
                                                rate: try Money(rounding: fee / rate, in: subsidiary.currency).decimalValue,
                                                currency: subsidiary.currency)]))
            add(PendingPayment(companyIndex: index, kind: .customerPayment, partyID: customer.id, date: settle,
                               applications: [Application(targetID: invoice.document.id!, targetKind: .invoice, targetNumber: invoice.document.number, amount: invoice.total)]))
            add(PendingPayment(companyIndex: subsidiaryIndex, kind: .billPayment, partyID: vendor.party.id, date: settle,
                               applications: [Application(targetID: bill.document.id!, targetKind: .bill, targetNumber: bill.document.number, amount: bill.total)]))
        }
    }
}
