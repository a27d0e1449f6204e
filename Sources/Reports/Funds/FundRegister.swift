import Ledger
import LedgerStore
import Spreadsheet

/// A receipts or disbursements register: every receipt (or check and bill payment) of the period by date and number,
/// with its payer or payee, reference, memo and status, what each fund received or paid in a column of its own, a
/// total per row and per column; then the numbers missing from the run of pre-numbered receipts or checks, each one
/// to be found or voided.
struct FundRegister: ReportDefinition {
    let name: String
    let summary: String
    let options: Set<ReportOption> = [.period, .range, .asOf]
    let defaultPeriod = DefaultPeriod.preset(.thisFiscalYearToDate)
    private let kinds: [DocumentKind]
    /// The pre-numbered kind whose run of numbers is accounted for.
    private let numberedKind: DocumentKind
    private let title: String, partyTitle: String, referenceTitle: String
    private let isReceipts: Bool

    static let receipts = FundRegister(name: "receipts-register", summary: "Receipts by date and number with a column per fund, totals, and receipt numbers missing",
                                       kinds: [.salesReceipt, .customerPayment], numberedKind: .salesReceipt,
                                       title: "Receipts Register", partyTitle: "Payer", referenceTitle: "Reference", isReceipts: true)
    static let disbursements = FundRegister(name: "disbursements-register", summary: "Checks and bill payments by date and number with a column per fund, totals, voids and check numbers missing",
                                            kinds: [.check, .billPayment], numberedKind: .check, title: "Disbursements Register",
                                            partyTitle: "Payee", referenceTitle: "Claim", isReceipts: false)

    private init(name: String, summary: String, kinds: [DocumentKind], numberedKind: DocumentKind, title: String,
                 partyTitle: String, referenceTitle: String, isReceipts: Bool) {
        (self.name, self.summary, self.kinds, self.numberedKind) = (name, summary, kinds, numberedKind)
        (self.title, self.partyTitle, self.referenceTitle, self.isReceipts) = (title, partyTitle, referenceTitle, isReceipts)
    }

    func build(_ context: ReportContext, into sink: ReportSink) throws {
        let funds = try context.fundsReported(by: name)
        let entries = try context.reader.registerEntries(companyID: context.company.id, kinds: kinds, in: context.spanReported,
                                                         credits: isReceipts)
        let firstFund = 6, totalColumn = 6 + funds.count
        try sink.begin(context.titledLayout(.statement, title: title, columns: [
            ReportColumn("Date", .date), ReportColumn("Number", .text, width: 12), ReportColumn(partyTitle, .text, width: 28),
            ReportColumn(referenceTitle, .text, width: 14), ReportColumn("Memo", .text, width: 30), ReportColumn("Status", .text, width: 10),
        ] + funds.map { ReportColumn($0.label, .money) } + [ReportColumn("Total", .money)])
            .adding(notes: ["Each fund's column is what the document's coding \(isReceipts ? "credits to" : "charges to") that fund"]))
        for (row, entry) in entries.enumerated() {
            let amounts = funds.map { entry.amountsByFund[$0.id] ?? 0 }
            try sink.add(ReportRow(.detail, cells: [
                .date(entry.date), .text(entry.number), .text(entry.partyName), .text(entry.reference), .text(entry.memo),
                .text(entry.isVoid ? "Void" : "Posted"),
            ] + amounts.map { $0 == 0 ? .empty : .money($0) }
              + [.formula(.sumAcross(row: row, columns: firstFund...(totalColumn - 1)), value: .money(amounts.reduce(0, +)))]))
        }
        let rows = Array(entries.indices)
        let totals = funds.map { fund in entries.reduce(Int64(0)) { $0 + ($1.amountsByFund[fund.id] ?? 0) } }
        try sink.add(ReportRow(.total, cells: [.text("Total"), .empty, .empty, .empty, .empty, .empty]
            + (totals + [totals.reduce(0, +)]).enumerated().map { offset, value in
                .formula(Formula.total(ofRows: rows, column: firstFund + offset), value: .money(value))
            }))
        let missing = Self.missingNumbers(entries.filter { $0.kind == numberedKind }.map(\.number))
        if !missing.isEmpty {
            try sink.add(.blank)
            try sink.add(ReportRow(.heading, cells: [.text("Numbers missing from the run of \(numberedKind.displayName)s")]))
            for number in missing {
                try sink.add(ReportRow(.detail, cells: [.empty, .text(number), .text("Missing: not in the ledger"),
                                                        .empty, .text("Find it and post it, or post it as void"), .text("Missing")]))
            }
        }
        try sink.finish()
    }

    /// The numbers between the lowest and highest all-digit numbers that none of `numbers` has.
    static func missingNumbers(_ numbers: [String]) -> [String] {
        let values = Set(numbers.compactMap { $0.allSatisfy { $0.isASCII && $0.isNumber } ? Int($0) : nil })
        guard let low = values.min(), let high = values.max(), high - low < 100_000 else { return [] }
        return (low...high).filter { !values.contains($0) }.map(String.init)
    }
}
